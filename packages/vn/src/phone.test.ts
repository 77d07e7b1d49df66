import { describe, expect, it } from 'vitest';
import { normalizePhoneVn } from './phone.ts';

describe('normalizePhoneVn', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['091 234 5678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0355.123.456', '0355123456'],
    ['(0255) 3822 123', '02553822123'],
  ])('accepts %s', (input, expected) => {
    expect(normalizePhoneVn(input)).toBe(expected);
  });

  it.each(['0112345678', '091234567', '09123456789', 'abc', '+1 202 555 0100', '0912-34-56-7x', ''])('refuses %s', (input) => {
    expect(normalizePhoneVn(input)).toBeNull();
  });
});
