import { describe, expect, it } from 'vitest';
import { vnDateOf, vnStartOfDate } from './dates.ts';
import { firstDateAfterNotice, isCalendarDate, isWorkingDay, workingDaysBetween } from './working-days.ts';

describe('working days', () => {
  it('skips weekends and the fixed public holidays', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true); // Monday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-06')).toBe(false); // Sunday
    expect(isWorkingDay('2027-01-01')).toBe(false); // Friday, New Year
    expect(isWorkingDay('2027-04-30')).toBe(false);
    expect(isWorkingDay('2027-09-02')).toBe(false);
  });

  it('skips the holidays the operator lists (Tết follows the lunar calendar)', () => {
    const tet = new Set(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10']);
    expect(isWorkingDay('2027-02-04', tet)).toBe(false);
    expect(workingDaysBetween('2027-02-03', '2027-02-12', tet)).toBe(1); // only the 11th
  });

  it('counts five full working days of notice, neither end included', () => {
    expect(firstDateAfterNotice('2026-12-07', 5)).toBe('2026-12-15');
    expect(workingDaysBetween('2026-12-07', '2026-12-15')).toBe(5);
    expect(workingDaysBetween('2026-12-07', '2026-12-14')).toBe(4);
    // announced on a Saturday, notice runs Monday to Friday
    expect(firstDateAfterNotice('2026-12-05', 5)).toBe('2026-12-12');
    // New Year's Day does not count
    expect(firstDateAfterNotice('2026-12-28', 5)).toBe('2027-01-06');
  });

  it('reads dates in Việt Nam, where the day starts at 17:00 UTC', () => {
    expect(vnDateOf(new Date('2026-12-06T16:59:59Z'))).toBe('2026-12-06');
    expect(vnDateOf(new Date('2026-12-06T17:00:00Z'))).toBe('2026-12-07');
    expect(vnStartOfDate('2026-12-15')).toEqual(new Date('2026-12-14T17:00:00Z'));
  });

  it('knows a real calendar date from a look-alike', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
  });
});
