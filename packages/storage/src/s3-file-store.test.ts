import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileStore } from './file-store.ts';
import { createS3FileStore } from './s3-file-store.ts';
import { samples } from './testing.ts';

// s3rver speaks the S3 REST API (signature v4, path-style) from a folder: the adapter's real
// HTTP calls go through the AWS SDK to it, as they would to MinIO or a cloud bucket.
const folder = mkdtempSync(join(tmpdir(), 'tradeqn-s3-'));
let server: S3rver;
let store: FileStore;

beforeAll(async () => {
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: folder,
    configureBuckets: [{ name: 'tradeqn-uploads', configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  store = await createS3FileStore({
    endpoint: `http://127.0.0.1:${address.port}`,
    region: 'ap-southeast-1',
    bucket: 'tradeqn-uploads',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    prefix: 'test/',
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the S3 file store', () => {
  it('puts, gets and deletes an object with its content type', async () => {
    await store.put('private/enterprises/e1/doc.pdf', samples.pdf, 'application/pdf');
    const got = await store.get('private/enterprises/e1/doc.pdf');
    expect(got?.contentType).toBe('application/pdf');
    expect(got?.data.equals(samples.pdf)).toBe(true);
    await store.delete('private/enterprises/e1/doc.pdf');
    expect(await store.get('private/enterprises/e1/doc.pdf')).toBeUndefined();
  });

  it('uploads a stream of several parts and streams it back', async () => {
    // 12 MB in 1 MB chunks: three multipart parts of at most 5 MB
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    await store.putStream('seo/b1/feed.xml', Readable.from(Array.from({ length: 12 }, () => chunk)), 'application/xml');
    const stored = await store.getStream('seo/b1/feed.xml');
    expect(stored?.contentType).toBe('application/xml');
    expect(stored?.size).toBe(12 * 1024 * 1024);
    expect((await text(stored?.stream ?? Readable.from([]))).length).toBe(12 * 1024 * 1024);
    expect(await store.getStream('seo/b1/none.xml')).toBeUndefined();
  });

  it('answers undefined for a key that was never there, and refuses unsafe keys', async () => {
    expect(await store.get('public/nothing.png')).toBeUndefined();
    await expect(store.put('../escape', samples.png, 'image/png')).rejects.toThrow(/unsafe storage key/);
  });
});
