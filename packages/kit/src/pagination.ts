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

/**
 * What one sort value of a cursor must be: an instant as `toISOString()` writes it, a uuid, a
 * text, or a finite number. A cursor comes back from the client, so each value is checked for
 * its kind before it reaches SQL, where the wrong kind would fail the query (a 500).
 */
export type CursorPart = 'timestamp' | 'uuid' | 'text' | 'number';
type CursorValues<K extends readonly CursorPart[]> = { -readonly [I in keyof K]: K[I] extends 'number' ? number : string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// with the u flag a surrogate pair is one code point, so \p{Cs} finds only lone halves
const LONE_SURROGATE = /\p{Cs}/u;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isPart(value: unknown, part: CursorPart): boolean {
  switch (part) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'timestamp':
      // round-trips exactly (no 30 February), and PostgreSQL has no year 0
      return (
        typeof value === 'string' &&
        ISO_INSTANT.test(value) &&
        !value.startsWith('0000') &&
        !Number.isNaN(Date.parse(value)) &&
        new Date(value).toISOString() === value
      );
    case 'text':
      // PostgreSQL text holds no NUL, and a lone surrogate is no UTF-8
      return typeof value === 'string' && !value.includes('\u0000') && !LONE_SURROGATE.test(value);
  }
}

/** The 400 every list answers for a cursor it did not hand out. */
export function invalidCursor() {
  return httpErrors.HTTP_VALIDATION_FAILED({ vi: 'Con trỏ trang không hợp lệ', en: 'Invalid cursor' }, [
    { path: '/querystring/cursor', message: 'invalid cursor' },
  ]);
}

/** The sort values of a cursor, each of the kind its list sorts by, or a 400 naming `/querystring/cursor`. */
export function decodeCursor<const K extends readonly CursorPart[]>(cursor: string, parts: K): CursorValues<K> {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(values) || values.length !== parts.length || !parts.every((part, index) => isPart(values[index], part))) {
    throw invalidCursor();
  }
  return values as CursorValues<K>;
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

/** The cursor of a newest-first list ordered by `(createdAt, id)`. */
export function decodeNewestCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = decodeCursor(cursor, ['timestamp', 'uuid']);
  return { createdAt, id };
}

/** `keysetPage` for rows listed newest first by `(createdAt, id)`. */
export function newestPage<T extends { createdAt: Date; id: string }>(rows: T[], limit: number) {
  return keysetPage(rows, limit, (row) => [row.createdAt.toISOString(), row.id]);
}
