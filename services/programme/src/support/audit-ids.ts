import { createHash } from 'node:crypto';

/**
 * The audit log keys entries by uuid; a support line (keyed by its code) and a year's budget
 * plan get a stable one made from their name (the shape of a version 5 uuid), so the entries
 * about the same line or year stay together.
 */
export function auditIdOf(kind: 'support-line' | 'support-budget', name: string): string {
  const hex = createHash('sha1').update(`programme:${kind}:${name}`).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
