import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RuntimeModule } from '../src/runtime-module.ts';
import { loadSettings } from '../src/settings.ts';
import { createTestPlatform } from '../src/testing.ts';

/** A module with nothing but housekeeping, as ordering's unpaid-order expiry or catalog's lapsed holds. */
function housekeeping(onRun: (now: Date) => void, failFirst = false): RuntimeModule {
  let calls = 0;
  return {
    name: 'housekeeping',
    api: {},
    routes: async () => {},
    jobs: [],
    // no tables of its own
    migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)),
    schedules: [
      {
        name: 'housekeeping.tick',
        everyMs: 30,
        async run(now) {
          calls += 1;
          if (failFirst && calls === 1) throw new Error('a bad round');
          onRun(now);
          return 1;
        },
      },
    ],
  };
}

describe('scheduled housekeeping', () => {
  it('runs every module’s schedules while jobs run, survives a failing round, and stops with the platform', async () => {
    const runs: Date[] = [];
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const t = await createTestPlatform({
      settings: (environment) => loadSettings(environment),
      modules: () => [housekeeping((now) => runs.push(now), true)],
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(runs.length).toBeGreaterThanOrEqual(3);
      expect(errors.some((args) => String((args as unknown[])[0]).includes('housekeeping.tick'))).toBe(true);
    } finally {
      await t.close();
      console.error = original;
    }
    const after = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runs.length).toBe(after);
  });
});
