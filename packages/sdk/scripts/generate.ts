/**
 * Writes packages/sdk/openapi.json and src/schema.ts from the API as the app serves it
 * (`pnpm sdk:generate`), or, with `--check`, fails when the checked-in files differ from what
 * it would write (`pnpm sdk:check`, run in CI).
 *
 * The whole marketplace is built in-process (createTestMarketplace) on an embedded PGlite
 * database, silent, never on a configured PostgreSQL or Redis: the document depends on the routes
 * only. Run with `node --conditions=@tradeqn/source --import tsx`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GENERATED_FILES,
  OUT_OF_DATE,
  operationsOf,
  renderSdkFiles,
  SDK_DIR,
  servedDocument,
} from '../src/generate/sdk-files.ts';

const check = process.argv.includes('--check');
const started = performance.now();

for (const name of ['DATABASE_URL', 'TEST_DATABASE_URL', 'REDIS_URL', 'TEST_REDIS_URL']) delete process.env[name];
const { createTestMarketplace } = await import('@tradeqn/testing');

const marketplace = await createTestMarketplace();
let served: unknown;
try {
  served = await servedDocument(marketplace.app);
} finally {
  await marketplace.close();
}
const { files, warnings, operations } = await renderSdkFiles(served);
for (const warning of warnings) console.warn(`warning: ${warning}`);
const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;

if (check) {
  const stale = GENERATED_FILES.filter((file) => readOrEmpty(join(SDK_DIR, file)) !== files[file]);
  if (stale.length > 0) {
    console.error(`${OUT_OF_DATE}\n  differs: ${stale.map((file) => `packages/sdk/${file}`).join(', ')}`);
    const before = new Set(operationsOf(parseOrEmpty(readOrEmpty(join(SDK_DIR, 'openapi.json')))));
    const now = new Set(operationsOf(served));
    for (const operation of now) if (!before.has(operation)) console.error(`  + ${operation}`);
    for (const operation of before) if (!now.has(operation)) console.error(`  - ${operation}`);
    process.exit(1);
  }
  console.log(`packages/sdk matches the API (${operations} operations, ${took})`);
} else {
  for (const file of GENERATED_FILES) writeFileSync(join(SDK_DIR, file), files[file]);
  console.log(`wrote packages/sdk/${GENERATED_FILES.join(' and packages/sdk/')} (${operations} operations, ${took})`);
}
// a closed marketplace may leave a timer or a socket behind; nothing more is to be done
process.exit(0);

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function parseOrEmpty(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
