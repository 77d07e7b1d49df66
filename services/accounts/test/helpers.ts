import { queryRows } from '@tradeqn/db';
import { createTestPlatform, type TestPlatform } from '@tradeqn/runtime/testing';
import { sql } from 'drizzle-orm';
import { accountsMigrations, createAccountsModule, defaultAccountsConfig } from '../src/index.ts';

/** Cheap argon2id for tests; the production parameters are covered by password-hashing.test.ts. */
export const testPasswordParams = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export async function buildAccountsTestApp(env: Record<string, string> = {}): Promise<TestPlatform> {
  return createTestPlatform({
    migrations: [accountsMigrations],
    env,
    modules: (infra, settings) => [
      createAccountsModule({
        db: infra.database.db,
        mailer: infra.mailer,
        jwtSecret: settings.jwtSecret,
        config: {
          ...defaultAccountsConfig,
          publicUrl: settings.publicUrl,
          loginLimits: settings.loginLimits,
          passwordParams: testPasswordParams,
          ...(settings.admin ? { admin: settings.admin } : {}),
        },
      }),
    ],
  });
}

export async function countRows(platform: TestPlatform, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(platform.database.db, sql.raw(`SELECT count(*)::int AS n FROM accounts.${table}`));
  return Number(row?.n);
}

export function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
) {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${JSON.stringify(response.json())}`);
  }
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`expected problem+json, got ${String(response.headers['content-type'])}`);
  }
  const body = response.json() as { type: string; status: number; title: string; code: string };
  if (body.status !== status || !body.type.startsWith('https://') || !body.title || !body.code) {
    throw new Error(`malformed problem: ${JSON.stringify(body)}`);
  }
  return body as {
    type: string;
    status: number;
    title: string;
    code: string;
    detail?: string;
    errors?: { path: string; message: string }[];
  };
}
