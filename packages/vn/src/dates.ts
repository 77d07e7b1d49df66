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
