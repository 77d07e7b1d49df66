import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, keysetPage } from './pagination.ts';
import { AppError } from './problem.ts';

describe('cursors', () => {
  it('round-trips the sort values of the last row', () => {
    const cursor = encodeCursor(['2026-11-26T04:00:00.000Z', 'b6f1c2de']);
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(decodeCursor(cursor, 2)).toEqual(['2026-11-26T04:00:00.000Z', 'b6f1c2de']);
  });

  it.each(['not base64 at all!', encodeCursor(['only one']), Buffer.from('{"a":1}').toString('base64url'), ''])(
    'answers 400 for a tampered cursor %#',
    (cursor) => {
      try {
        decodeCursor(cursor, 2);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).status).toBe(400);
      }
    },
  );
});

describe('keysetPage', () => {
  it('cuts the extra row and points the cursor at the last one kept', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = keysetPage(rows, 2, (row) => [row.id]);
    expect(page.rows).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(decodeCursor(String(page.nextCursor), 1)).toEqual(['b']);
    expect(keysetPage(rows, 3, (row) => [row.id]).nextCursor).toBeNull();
  });
});
