import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createDiskFileStore } from './file-store.ts';
import { openStoreWriter } from './store-writer.ts';

const root = mkdtempSync(join(tmpdir(), 'tradeqn-writer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = createDiskFileStore(root);

describe('a store writer', () => {
  it('gathers small pieces, gzips them on the way, and counts the bytes stored', async () => {
    const writer = openStoreWriter(files, 'seo/w1/feed.xml.gz', 'application/xml', { gzip: true });
    const pieces = Array.from({ length: 30_000 }, (_, i) => `<item><g:id>${i}</g:id><g:title>Tỏi Lý Sơn ${i}</g:title></item>\n`);
    for (const piece of pieces) await writer.write(piece);
    await writer.close();
    const stored = await files.get('seo/w1/feed.xml.gz');
    expect(stored?.contentType).toBe('application/xml');
    expect(gunzipSync(stored?.data ?? Buffer.alloc(0)).toString()).toBe(pieces.join(''));
    expect(writer.bytes).toBe(stored?.data.length);
  });

  it('keeps nothing of a file it gave up on, and refuses to write after', async () => {
    const writer = openStoreWriter(files, 'seo/w2/sitemap.xml', 'application/xml');
    await writer.write('<urlset>'.repeat(20_000));
    await writer.abort(new Error('the database went away'));
    expect(await files.get('seo/w2/sitemap.xml')).toBeUndefined();
    expect(readdirSync(join(root, 'seo', 'w2'))).toEqual([]);
    await expect(writer.write('<url/>')).rejects.toThrow(/went away/);
  });
});
