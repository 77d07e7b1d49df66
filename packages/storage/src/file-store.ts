import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where uploaded files live: a folder in embedded mode, an S3-compatible bucket in production. */
export interface FileStore {
  /** Throws on an unsafe key (see `isSafeKey`): the caller made the key, so that is a bug. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** undefined when there is no such file, and for any unsafe key (no file can have one). */
  get(key: string): Promise<{ data: Buffer; contentType: string } | undefined>;
  /** Throws on an unsafe key, as `put` does. */
  delete(key: string): Promise<void>;
  /**
   * Writes a file of any size from a stream, never holding it whole (a sitemap, a feed); readers
   * see the old file or the new one, never a part. Throws on an unsafe key.
   */
  putStream(key: string, body: Readable, contentType: string): Promise<void>;
  /** The file as a stream with its size; undefined as `get` answers it. */
  getStream(key: string): Promise<StoredStream | undefined>;
}

export interface StoredStream {
  stream: Readable;
  contentType: string;
  size: number;
}

/**
 * Keys are `a/b/c.ext`: segments of letters, digits, `_`, `-` and `.`, none starting with a dot,
 * so no `.` or `..` segment, no hidden file and no way out of the store's folder or prefix. A
 * `.type` ending is the disk store's own (each file's content type sits beside it).
 */
export function isSafeKey(key: string): boolean {
  return key.length <= 1000 && /^[\w-]+(\/[\w-][\w.-]*)*$/.test(key) && !key.endsWith('.type');
}

/** Throws on an unsafe key (a programming error where our code made the key). */
export function assertSafeKey(key: string): void {
  if (!isSafeKey(key)) throw new Error(`unsafe storage key: ${key}`);
}

/** Files under a folder (`DATA_DIR/uploads`), each beside a `.type` file holding its content type. */
export function createDiskFileStore(root: string): FileStore {
  const base = resolve(root);
  const pathOf = (key: string) => {
    assertSafeKey(key);
    const path = resolve(base, key);
    if (!path.startsWith(base + sep)) throw new Error(`unsafe storage key: ${key}`);
    return path;
  };
  return {
    async put(key, data, contentType) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
      await writeFile(`${path}.type`, contentType);
    },
    async get(key) {
      if (!isSafeKey(key)) return undefined;
      const path = pathOf(key);
      try {
        const [data, contentType] = await Promise.all([readFile(path), readFile(`${path}.type`, 'utf8')]);
        return { data, contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async delete(key) {
      const path = pathOf(key);
      await rm(path, { force: true });
      await rm(`${path}.type`, { force: true });
    },
    async putStream(key, body, contentType) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // written beside, then renamed over: a reader never opens half a file
      const partial = `${path}.${randomBytes(6).toString('hex')}.part`;
      try {
        await pipeline(body, createWriteStream(partial));
        await writeFile(`${path}.type`, contentType);
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async getStream(key) {
      if (!isSafeKey(key)) return undefined;
      const path = pathOf(key);
      try {
        const [info, contentType] = await Promise.all([stat(path), readFile(`${path}.type`, 'utf8')]);
        return { stream: createReadStream(path), contentType, size: info.size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
  };
}

export function uploadsFolder(dataDir: string): string {
  return join(dataDir, 'uploads');
}
