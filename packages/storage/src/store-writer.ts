import { once } from 'node:events';
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { FileStore } from './file-store.ts';

const CHUNK = 64 * 1024;

/** A file being written to a store piece by piece. */
export interface StoreWriter {
  /** Resolves once the piece is taken (waits while the store is behind: memory stays flat). */
  write(piece: string): Promise<void>;
  /** Ends the file and resolves once it is stored; rejects if the store failed. */
  close(): Promise<void>;
  /** Gives up: the store keeps nothing of this file (the disk store removes its part). */
  abort(reason: Error): Promise<void>;
  /** Bytes handed to the store so far (after compression, when gzipped). */
  readonly bytes: number;
}

/**
 * Opens `key` for writing through `putStream`, gzipped when asked: large generated files (a
 * sitemap of 50,000 URLs, a shopping feed of a million items) go to the store as they are made.
 */
export function openStoreWriter(
  files: FileStore,
  key: string,
  contentType: string,
  options: { gzip?: boolean } = {},
): StoreWriter {
  let bytes = 0;
  const input = new PassThrough();
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const piped = options.gzip ? pipeline(input, createGzip({ level: 6 }), counted) : pipeline(input, counted);
  const stored = files.putStream(key, counted, contentType);
  // small pieces (a sitemap entry) are gathered into chunks: one stream write per 64 KB, not per piece
  let pending = '';
  const push = async (chunk: string) => {
    if (input.write(chunk)) return;
    await Promise.race([once(input, 'drain'), failed]);
    if (failure) throw failure;
  };
  let failure: unknown;
  const failed = Promise.all([piped, stored]).then(
    () => undefined,
    (error: unknown) => {
      failure ??= error;
      input.destroy();
      counted.destroy();
    },
  );
  return {
    async write(piece) {
      if (failure) throw failure;
      pending += piece;
      if (pending.length < CHUNK) return;
      const chunk = pending;
      pending = '';
      await push(chunk);
    },
    async close() {
      if (failure) throw failure;
      if (pending) await push(pending);
      pending = '';
      input.end();
      await Promise.all([piped, stored]);
    },
    async abort(reason) {
      failure ??= reason;
      counted.destroy(reason);
      input.destroy(reason);
      // until the store has cleaned up after itself, not only until the first part failed
      await Promise.allSettled([piped, stored]);
    },
    get bytes() {
      return bytes;
    },
  };
}
