import type { DeadLetter } from './event.ts';

/**
 * Dead letters are listed newest first by `(failedAt, id)`, compared as plain strings (an ISO
 * instant to the millisecond, then the id), so every bus pages them the same way.
 */
export interface DeadLetterAfter {
  failedAt: string;
  id: string;
}

export function newestDeadFirst(a: DeadLetter, b: DeadLetter): number {
  if (a.failedAt !== b.failedAt) return a.failedAt < b.failedAt ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

/** Whether `letter` comes after the cursor's letter in that order. */
export function isAfterDeadLetter(letter: DeadLetter, after: DeadLetterAfter): boolean {
  return letter.failedAt < after.failedAt || (letter.failedAt === after.failedAt && letter.id < after.id);
}
