import { describe, expect, it } from 'vitest';
import { addressGroup } from './login-limits.ts';

describe('addressGroup', () => {
  it('keeps an IPv4 address, and unwraps one mapped into IPv6', () => {
    expect(addressGroup('203.113.4.7')).toBe('203.113.4.7');
    expect(addressGroup('::ffff:203.113.4.7')).toBe('203.113.4.7');
  });

  it('stands an IPv6 host for its /64 network, however the address is written', () => {
    const group = '2001:db8:aa:1::/64';
    expect(addressGroup('2001:db8:aa:1:1234:5678:9abc:def0')).toBe(group);
    expect(addressGroup('2001:0DB8:00aa:0001::1')).toBe(group);
    expect(addressGroup('2001:db8:aa:1::')).toBe(group);
    expect(addressGroup('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
  });
});
