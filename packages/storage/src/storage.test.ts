import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { createDiskFileStore, isSafeKey } from './file-store.ts';
import { DOCUMENT_TYPES, IMAGE_TYPES, sniffAllowedType } from './sniff.ts';
import { samples } from './testing.ts';

const root = mkdtempSync(join(tmpdir(), 'tradeqn-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the disk file store', () => {
  const store = createDiskFileStore(root);

  it('keeps the bytes and the content type, and forgets on delete', async () => {
    await store.put('private/ent-1/doc.pdf', samples.pdf, 'application/pdf');
    expect(await store.get('private/ent-1/doc.pdf')).toEqual({ data: samples.pdf, contentType: 'application/pdf' });
    await store.delete('private/ent-1/doc.pdf');
    expect(await store.get('private/ent-1/doc.pdf')).toBeUndefined();
  });

  const unsafeKeys = [
    '../etc/passwd',
    'a/../../b',
    'a/..',
    'a/./b',
    'a/.hidden',
    'a\\..\\b',
    'a/b\0.png',
    '/abs/path',
    'a//b',
    'a/b c',
    'a/doc.pdf.type',
  ];

  it.each(unsafeKeys)('refuses to write or delete the unsafe key %s', async (key) => {
    await expect(store.put(key, samples.pdf, 'application/pdf')).rejects.toThrow(/unsafe storage key/);
    await expect(store.delete(key)).rejects.toThrow(/unsafe storage key/);
  });

  it.each(unsafeKeys)('finds nothing under the unsafe key %s (no file can have one)', async (key) => {
    await store.put('a/doc.pdf', samples.pdf, 'application/pdf');
    expect(await store.get(key)).toBeUndefined();
    expect(isSafeKey(key)).toBe(false);
  });

  it('writes a stream whole or not at all, and reads it back as a stream with its size', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `<url>${i}</url>\n`);
    await store.putStream('seo/b1/sitemap.xml', Readable.from(lines), 'application/xml');
    const stored = await store.getStream('seo/b1/sitemap.xml');
    expect(stored?.contentType).toBe('application/xml');
    expect(stored?.size).toBe(lines.join('').length);
    expect(await text(stored?.stream ?? Readable.from([]))).toBe(lines.join(''));

    // a source that fails halfway leaves the file as it was, and no part behind
    async function* failing() {
      yield '<url>new</url>';
      throw new Error('the database went away');
    }
    await expect(store.putStream('seo/b1/sitemap.xml', Readable.from(failing()), 'application/xml')).rejects.toThrow(/went away/);
    expect(await text((await store.getStream('seo/b1/sitemap.xml'))?.stream ?? Readable.from([]))).toBe(lines.join(''));
    expect(await store.getStream('seo/b1/missing.xml')).toBeUndefined();
    await expect(store.putStream('../escape.xml', Readable.from(['x']), 'application/xml')).rejects.toThrow(/unsafe/);
  });

  it('reads nothing outside its folder however the key is spelt', async () => {
    expect(await store.get('a/../../../../etc/passwd')).toBeUndefined();
    expect(await store.get('..')).toBeUndefined();
  });
});

describe('content sniffing', () => {
  it('recognises PDF, PNG and JPEG by their bytes', async () => {
    expect(await sniffAllowedType(samples.pdf, DOCUMENT_TYPES)).toEqual({ mime: 'application/pdf', ext: 'pdf' });
    expect((await sniffAllowedType(samples.png, DOCUMENT_TYPES))?.mime).toBe('image/png');
    expect((await sniffAllowedType(samples.jpeg, IMAGE_TYPES))?.mime).toBe('image/jpeg');
  });

  it('refuses what is not allowed, whatever it claims to be', async () => {
    expect(await sniffAllowedType(samples.exe, DOCUMENT_TYPES)).toBeUndefined();
    expect(await sniffAllowedType(samples.pdf, IMAGE_TYPES)).toBeUndefined();
    expect(await sniffAllowedType(Buffer.from('just text'), DOCUMENT_TYPES)).toBeUndefined();
  });
});
