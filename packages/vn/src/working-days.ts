/**
 * Working days as Vietnamese law counts notice periods: Monday to Friday, except public holidays.
 * The solar-calendar holidays are fixed by the Labour Code (art. 112) and known here; Tết, the
 * Hùng Kings' day and the day beside National Day follow the lunar calendar or a yearly decision,
 * so whoever runs the exchange lists them (`extraHolidays`, from the environment).
 */
const FIXED_HOLIDAYS = new Set(['01-01', '04-30', '05-01', '09-02']);

const DAY_MS = 24 * 3600_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `YYYY-MM-DD` is a real calendar date (not 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  if (!ISO_DATE.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, extraHolidays: ReadonlySet<string> = new Set()): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !FIXED_HOLIDAYS.has(date.slice(5)) && !extraHolidays.has(date);
}

/** How many working days lie strictly between two dates (neither end counts). */
export function workingDaysBetween(from: string, to: string, extraHolidays?: ReadonlySet<string>): number {
  let count = 0;
  for (let day = nextDate(from); day < to; day = nextDate(day)) if (isWorkingDay(day, extraHolidays)) count += 1;
  return count;
}

/**
 * The first date something announced on `announcedOn` may take effect with `days` full working
 * days of notice in between: announced on Monday 7 December 2026, five days' notice runs
 * 8–14 December, so the 15th.
 */
export function firstDateAfterNotice(announcedOn: string, days: number, extraHolidays?: ReadonlySet<string>): string {
  let day = announcedOn;
  for (let counted = 0; counted < days; ) {
    day = nextDate(day);
    if (isWorkingDay(day, extraHolidays)) counted += 1;
  }
  return nextDate(day);
}
