import { describe, expect, it } from 'vitest';
import { decodeCursor, decodeNewestCursor, encodeCursor, keysetPage } from './pagination.ts';
import { AppError } from './problem.ts';

const UUID = 'b6f1c2de-8d1e-4c55-9a43-0f3e2b7c9a10';
const b64 = (json: string) => Buffer.from(json).toString('base64url');

function expectInvalid(cursor: string, parts: Parameters<typeof decodeCursor>[1]) {
  try {
    decodeCursor(cursor, parts);
    expect.unreachable();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).errors).toEqual([{ path: '/querystring/cursor', message: 'invalid cursor' }]);
  }
}

describe('cursors', () => {
  it('round-trips the sort values of the last row, each of its kind', () => {
    const cursor = encodeCursor(['2026-11-26T04:00:00.000Z', UUID]);
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(decodeCursor(cursor, ['timestamp', 'uuid'])).toEqual(['2026-11-26T04:00:00.000Z', UUID]);
    expect(decodeCursor(encodeCursor(['Hợp tác xã Tỏi Lý Sơn 😀', UUID]), ['text', 'uuid'])).toEqual([
      'Hợp tác xã Tỏi Lý Sơn 😀',
      UUID,
    ]);
    expect(decodeCursor(encodeCursor([0.25, UUID]), ['number', 'uuid'])).toEqual([0.25, UUID]);
    expect(decodeNewestCursor(encodeCursor(['2026-11-26T04:00:00.000Z', UUID]))).toEqual({
      createdAt: '2026-11-26T04:00:00.000Z',
      id: UUID,
    });
  });

  it.each([
    ['not base64 at all!'],
    ['%%%'],
    [''],
    ['bm90LWpzb24'],
    [b64('[1]')],
    [b64('{"a":1}')],
    [b64('null')],
    [b64('[]')],
    [encodeCursor(['only one'])],
    [b64(`["2026-11-26T04:00:00.000Z","${UUID}",1]`)],
    [b64('["x","y"]')],
    [b64(`["2026-11-26T04:00:00.000Z","not-a-uuid"]`)],
    [b64('["1","------------------------------------"]')],
    [b64(`["hôm qua","${UUID}"]`)],
    [b64(`[1700000000000,"${UUID}"]`)],
    [b64(`["2026-02-30T00:00:00.000Z","${UUID}"]`)],
    [b64(`["0000-01-01T00:00:00.000Z","${UUID}"]`)],
    [b64(`["2026-11-26","${UUID}"]`)],
    [b64(`["2026-11-26T04:00:00Z","${UUID}"]`)],
    [b64(`[{"a":1},"${UUID}"]`)],
  ])('answers 400 naming /querystring/cursor for a time-and-id cursor %#', (cursor) => {
    expectInvalid(cursor, ['timestamp', 'uuid']);
    expect(() => decodeNewestCursor(cursor)).toThrow(AppError);
  });

  it.each([
    [b64(`[12345,"${UUID}"]`)],
    [b64(`["a\\u0000b","${UUID}"]`)],
    [b64(`["\\ud800","${UUID}"]`)],
    [b64(`[null,"${UUID}"]`)],
  ])('answers 400 for a text-and-id cursor %# whose text is not text', (cursor) => {
    expectInvalid(cursor, ['text', 'uuid']);
  });

  it.each([[b64(`["12","${UUID}"]`)], [b64(`[1e400,"${UUID}"]`)], [b64(`[true,"${UUID}"]`)]])(
    'answers 400 for a number-and-id cursor %# whose number is not a finite number',
    (cursor) => {
      expectInvalid(cursor, ['number', 'uuid']);
    },
  );
});

describe('keysetPage', () => {
  it('cuts the extra row and points the cursor at the last one kept', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = keysetPage(rows, 2, (row) => [row.id]);
    expect(page.rows).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(decodeCursor(String(page.nextCursor), ['text'])).toEqual(['b']);
    expect(keysetPage(rows, 3, (row) => [row.id]).nextCursor).toBeNull();
  });
});
