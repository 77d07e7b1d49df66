import { describe, expect, it } from 'vitest';
import { completeTaxCode, parseTaxCode, taxCodeCheckDigit } from './tax-code.ts';

describe('tax codes', () => {
  it('computes the check digit with the weights 31 29 23 19 17 13 7 5 3', () => {
    // 0*31+1*29+0*23+0*19+1*17+0*13+9*7+1*5+0*3 = 114; 114 mod 11 = 4; 10 - 4 = 6
    expect(taxCodeCheckDigit('010010910')).toBe(6);
    expect(parseTaxCode('0100109106')).toEqual({ ok: true, taxCode: '0100109106', base: '0100109106', branch: null });
  });

  it('accepts a branch suffix and spaces around', () => {
    expect(parseTaxCode(' 0100109106-001 ')).toEqual({ ok: true, taxCode: '0100109106-001', base: '0100109106', branch: '001' });
  });

  it.each([
    ['0100109107', 'check-digit'],
    ['010010910', 'length'],
    ['01001091066', 'length'],
    ['0100109106-01', 'length'],
    ['01001O9106', 'format'],
    ['0100109106--001', 'format'],
    ['', 'format'],
  ])('refuses %s (%s)', (input, reason) => {
    expect(parseTaxCode(input)).toEqual({ ok: false, reason });
  });

  it('never accepts a code whose check would be 10', () => {
    // find nine digits whose weighted sum is 0 mod 11
    let nine = '';
    for (let n = 100000000; n < 100001000 && !nine; n++) if (taxCodeCheckDigit(String(n)) === null) nine = String(n);
    expect(nine).not.toBe('');
    expect(completeTaxCode(nine)).toBeNull();
    for (let digit = 0; digit <= 9; digit++) expect(parseTaxCode(`${nine}${digit}`).ok).toBe(false);
  });

  it('completes nine digits into a valid code', () => {
    const code = completeTaxCode('430012345');
    expect(code).toMatch(/^\d{10}$/);
    expect(parseTaxCode(String(code)).ok).toBe(true);
  });
});
