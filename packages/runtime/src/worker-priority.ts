import { getPriority, setPriority } from 'node:os';
import type { CoreSettings } from './core-settings.ts';

/**
 * A worker process lowers its own CPU priority (WORKER_NICE, default 10), so that on a machine it
 * shares with the API the buyers' requests are served first and the queue catches up in the gaps;
 * alone on its machine it loses nothing. Raising a priority needs privileges, lowering does not.
 */
export function lowerWorkerPriority(settings: Pick<CoreSettings, 'role' | 'workerNice'>): number | undefined {
  if (settings.role !== 'worker' || settings.workerNice === 0) return undefined;
  try {
    setPriority(Math.max(getPriority(), settings.workerNice));
    return getPriority();
  } catch {
    return undefined;
  }
}
