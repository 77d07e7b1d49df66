import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// each case runs in a child process: lowering a priority cannot be undone without privileges
function priorityAfter(settings: { role: string; workerNice: number }): { returned: number | null; now: number } {
  const module = fileURLToPath(new URL('./worker-priority.ts', import.meta.url));
  const script = `
    import { getPriority } from 'node:os';
    import { lowerWorkerPriority } from ${JSON.stringify(module)};
    const returned = lowerWorkerPriority(${JSON.stringify(settings)});
    console.log(JSON.stringify({ returned: returned ?? null, now: getPriority() }));`;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
}

describe('lowerWorkerPriority', () => {
  it('lowers a worker to WORKER_NICE and leaves the API and a nice of 0 alone', () => {
    const base = priorityAfter({ role: 'api', workerNice: 10 }).now;
    expect(priorityAfter({ role: 'worker', workerNice: 10 })).toEqual({ returned: Math.max(base, 10), now: Math.max(base, 10) });
    expect(priorityAfter({ role: 'api', workerNice: 10 })).toEqual({ returned: null, now: base });
    expect(priorityAfter({ role: 'all', workerNice: 10 })).toEqual({ returned: null, now: base });
    expect(priorityAfter({ role: 'worker', workerNice: 0 })).toEqual({ returned: null, now: base });
  });
});
