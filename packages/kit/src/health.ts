import { Type } from 'typebox';
import type { App } from './app.ts';

/** A dependency `/ready` asks: the database, Redis, Meilisearch… Resolves when it answers. */
export type ReadinessCheck = { name: string; check: () => Promise<void> };

const HealthSchema = Type.Object({ status: Type.Literal('ok') });
const ReadySchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  checks: Type.Record(Type.String(), Type.Union([Type.Literal('ok'), Type.String()])),
});

export function registerHealth(app: App, checks: ReadinessCheck[], timeoutMs = 2000): void {
  app.get(
    '/health',
    {
      schema: { tags: ['health'], summary: 'Tiến trình còn sống (process alive)', response: { 200: HealthSchema } },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'Sẵn sàng phục vụ: cơ sở dữ liệu và các dịch vụ phụ trợ trả lời (ready)',
        response: { 200: ReadySchema, 503: ReadySchema },
      },
      logLevel: 'warn',
    },
    async (_request, reply) => {
      const results: Record<string, string> = {};
      await Promise.all(
        checks.map(async ({ name, check }) => {
          try {
            await withTimeout(check(), timeoutMs);
            results[name] = 'ok';
          } catch (error) {
            results[name] = error instanceof Error && error.message === 'timeout' ? 'timeout' : 'unreachable';
          }
        }),
      );
      const ok = Object.values(results).every((value) => value === 'ok');
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks: results });
    },
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
