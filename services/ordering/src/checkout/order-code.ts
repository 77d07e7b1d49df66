import { randomBytes } from 'node:crypto';

// no 0/O, 1/I/L: a code read over the phone or typed into a bank memo stays unambiguous
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** `QNG-7K3F2`: 31⁵ ≈ 28.6 million codes; a collision is caught by the unique index and retried. */
export function newOrderCode(): string {
  return `QNG-${[...randomBytes(5)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('')}`;
}
