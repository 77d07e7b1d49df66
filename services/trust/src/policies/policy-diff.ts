import { diffArrays } from 'diff';
import type { PolicyChange } from './policy-schemas.ts';

const linesOf = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');

/** What a version changes in the one before, line by line: runs of unchanged, removed and added lines. */
export function diffPolicyText(before: string, after: string): PolicyChange[] {
  return diffArrays(linesOf(before), linesOf(after)).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    lines: part.value,
  }));
}
