import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@tradeqn/kit';
import { onTestFinished } from 'vitest';

/** What a settings loader refuses in an environment, one line a variable ([] when it loads). */
export function configProblems(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

/** A fresh DATA_DIR for the running test, removed when it ends. */
export function temporaryDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tradeqn-env-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
