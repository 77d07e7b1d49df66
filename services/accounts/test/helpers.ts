import { queryRows } from '@tradeqn/db';
import { createTestPlatform, type TestPlatform } from '@tradeqn/runtime/testing';
import { sql } from 'drizzle-orm';
import { accountsMigrations, accountsSettings, createAccountsModule } from '../src/index.ts';

/** Cheap argon2id for tests; the production parameters are covered by password-hashing.test.ts. */
export const testPasswordParams = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export async function buildAccountsTestApp(
  env: Record<string, string> = {},
): Promise<TestPlatform<{ accounts: typeof accountsSettings }>> {
  return createTestPlatform({
    migrations: [accountsMigrations],
    env,
    services: { accounts: accountsSettings },
    modules: (infra, settings) => [
      createAccountsModule({
        db: infra.database.db,
        mailer: infra.mailer,
        jwtSecret: settings.core.jwtSecret,
        publicUrl: settings.core.publicUrl,
        settings: { ...settings.accounts, passwordParams: testPasswordParams },
      }),
    ],
  });
}

export async function countRows(platform: TestPlatform, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(platform.database.db, sql.raw(`SELECT count(*)::int AS n FROM accounts.${table}`));
  return Number(row?.n);
}

export { expectProblem } from '@tradeqn/kit/testing';
