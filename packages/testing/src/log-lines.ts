import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@tradeqn/kit';

/** A logger whose lines a test can read back (as parsed JSON), at `level` and above. */
export function listeningLogger(level = 'warn'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level, stream }), lines };
}
