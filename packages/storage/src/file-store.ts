import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/** Where uploaded files live: a folder in embedded mode, an S3-compatible bucket in production. */
export interface FileStore {
  /** Throws on an unsafe key (see `isSafeKey`): the caller made the key, so that is a bug. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** undefined when there is no such file, and for any unsafe key (no file can have one). */
  get(key: string): Promise<{ data: Buffer; contentType: string } | undefined>;
  /** Throws on an unsafe key, as `put` does. */
  delete(key: string): Promise<void>;
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
  };
}

export function uploadsFolder(dataDir: string): string {
  return join(dataDir, 'uploads');
}
