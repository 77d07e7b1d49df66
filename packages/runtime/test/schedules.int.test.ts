import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@tradeqn/kit';
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
    const errors: Record<string, unknown>[] = [];
    const log = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) errors.push(JSON.parse(line));
        done();
      },
    });
    const t = await createTestPlatform({
      settings: (environment) => loadSettings(environment),
      logger: createLogger({ level: 'error', stream: log }),
      modules: () => [housekeeping((now) => runs.push(now), true)],
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(runs.length).toBeGreaterThanOrEqual(3);
      // the failed round is logged with the schedule's name and the error
      expect(errors).toContainEqual(
        expect.objectContaining({ schedule: 'housekeeping.tick', err: expect.objectContaining({ message: 'a bad round' }) }),
      );
    } finally {
      await t.close();
    }
    const after = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runs.length).toBe(after);
  });
});
