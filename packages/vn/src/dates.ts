const ZONE = 'Asia/Ho_Chi_Minh';
const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** `26/11/2026`, in Vietnam's time zone whatever the server's. */
export function formatDateVn(date: Date | string): string {
  return dateFormat.format(new Date(date));
}

/** `14:05 26/11/2026`, as Vietnamese receipts write a moment. */
export function formatDateTimeVn(date: Date | string): string {
  const moment = new Date(date);
  return `${timeFormat.format(moment)} ${dateFormat.format(moment)}`;
}

const VN_OFFSET_MS = 7 * 3600_000;

/** The calendar date `YYYY-MM-DD` an instant falls on in Việt Nam (UTC+7, no daylight saving). */
export function vnDateOf(instant: Date): string {
  return new Date(instant.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The first instant of a Vietnamese calendar date. */
export function vnStartOfDate(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - VN_OFFSET_MS);
}

/** The year an instant falls in, in Việt Nam. */
export function vnYearOf(instant: Date): number {
  return Number(vnDateOf(instant).slice(0, 4));
}

/** A calendar month `YYYY-MM` as Việt Nam lives it (UTC+7, no daylight saving), as instants: its first moment, and the next month's. */
export function vnMonthRange(month: string): { from: Date; to: Date } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, mon - 1, 1) - VN_OFFSET_MS), to: new Date(Date.UTC(year, mon, 1) - VN_OFFSET_MS) };
}

/** A calendar year as Việt Nam lives it, as instants: its first moment, and the next year's. */
export function vnYearRange(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1) - VN_OFFSET_MS), to: new Date(Date.UTC(year + 1, 0, 1) - VN_OFFSET_MS) };
}
