import { describe, expect, it } from 'vitest';
import { formatDateTimeVn, formatDateVn, vnMonthRange, vnYearRange } from './dates.ts';

describe('Vietnamese dates', () => {
  it('writes day/month/year in Vietnam time, even when UTC is still the day before', () => {
    expect(formatDateVn(new Date('2026-11-25T18:30:00Z'))).toBe('26/11/2026');
    expect(formatDateVn('2026-01-05T00:00:00+07:00')).toBe('05/01/2026');
  });

  it('writes a moment as hour:minute then the date, on a 24-hour clock', () => {
    expect(formatDateTimeVn(new Date('2026-11-26T07:05:00Z'))).toBe('14:05 26/11/2026');
  });

  it('gives months and years as Việt Nam lives them: they start at 17:00 UTC the day before', () => {
    expect(vnMonthRange('2026-12')).toEqual({ from: new Date('2026-11-30T17:00:00Z'), to: new Date('2026-12-31T17:00:00Z') });
    expect(vnMonthRange('2026-01').from).toEqual(new Date('2025-12-31T17:00:00Z'));
    expect(vnYearRange(2026)).toEqual({ from: new Date('2025-12-31T17:00:00Z'), to: new Date('2026-12-31T17:00:00Z') });
  });
});
