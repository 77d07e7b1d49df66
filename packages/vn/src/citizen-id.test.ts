import { describe, expect, it } from 'vitest';
import { maskCitizenId, parseCitizenId } from './citizen-id.ts';

const TODAY = new Date('2026-12-07T00:00:00Z');

describe('citizen identity numbers', () => {
  it('reads the province, the century and the year of birth', () => {
    // Quảng Ngãi (051), a woman born in 1985
    expect(parseCitizenId('051185001234', TODAY)).toEqual({
      ok: true,
      citizenId: '051185001234',
      provinceCode: '051',
      birthYear: 1985,
    });
    // a man born in 2004, written with spaces as on the card
    expect(parseCitizenId(' 051 204 001 234 ', TODAY)).toMatchObject({ ok: true, citizenId: '051204001234', birthYear: 2004 });
  });

  it('refuses what is not 12 digits, an unknown province, a year to come and a minor', () => {
    expect(parseCitizenId('05118500123', TODAY)).toEqual({ ok: false, reason: 'format' });
    expect(parseCitizenId('0511850012345', TODAY)).toEqual({ ok: false, reason: 'format' });
    expect(parseCitizenId('05118500123a', TODAY)).toEqual({ ok: false, reason: 'format' });
    expect(parseCitizenId('003185001234', TODAY)).toEqual({ ok: false, reason: 'province' });
    expect(parseCitizenId('099185001234', TODAY)).toEqual({ ok: false, reason: 'province' });
    expect(parseCitizenId('051230001234', TODAY)).toEqual({ ok: false, reason: 'birth-year' });
    expect(parseCitizenId('051312001234', TODAY)).toEqual({ ok: false, reason: 'too-young' });
    expect(parseCitizenId('051308001234', TODAY)).toMatchObject({ ok: true, birthYear: 2008 });
  });

  it('masks all but the last four digits', () => {
    expect(maskCitizenId('051185001234')).toBe('••••••••1234');
  });
});
