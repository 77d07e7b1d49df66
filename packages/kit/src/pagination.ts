import { type TSchema, Type } from 'typebox';
import { httpErrors } from './problem.ts';

/** `?limit=` (1–100, default 20) and `?cursor=` as the contract's list convention says. */
export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Số mục mỗi trang (1–100)' }),
  cursor: Type.Optional(Type.String({ maxLength: 512, description: 'Con trỏ trang tiếp theo (nextCursor)' })),
};

export function PageOf<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
}

/** Opaque keyset cursors: the sort values of the last row, base64url-encoded JSON. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((value) => typeof value === 'string' || typeof value === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the 400 below
  }
  throw httpErrors.HTTP_VALIDATION_FAILED({ vi: 'Con trỏ trang không hợp lệ', en: 'Invalid cursor' }, [
    { path: '/querystring/cursor', message: 'invalid cursor' },
  ]);
}

/**
 * One page from `limit + 1` rows fetched in keyset order: the page itself, and the cursor of its
 * last row when there is more.
 */
export function keysetPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => (string | number)[],
): { rows: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

/** The cursor of a newest-first list ordered by `(createdAt, id)`: both checked, or a 400 like any bad cursor. */
export function decodeNewestCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = decodeCursor(cursor, 2).map(String) as [string, string];
  if (Number.isNaN(Date.parse(createdAt)) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw httpErrors.HTTP_VALIDATION_FAILED({ vi: 'Con trỏ trang không hợp lệ', en: 'Invalid cursor' }, [
      { path: '/querystring/cursor', message: 'invalid cursor' },
    ]);
  }
  return { createdAt, id };
}

/** `keysetPage` for rows listed newest first by `(createdAt, id)`. */
export function newestPage<T extends { createdAt: Date; id: string }>(rows: T[], limit: number) {
  return keysetPage(rows, limit, (row) => [row.createdAt.toISOString(), row.id]);
}
