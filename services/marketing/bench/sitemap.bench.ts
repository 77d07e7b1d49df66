// pnpm bench:sitemap — generates N products (BENCH_PRODUCTS, default 1,000,000) with an image each
// in a fresh database on the PostgreSQL of DATABASE_URL, then writes the sitemaps and the Merchant
// feed in a process of its own (sitemap-build.ts) and reports its time and peak RSS (the kernel's
// high-water mark, not a sample), the files and their entries. Runs the build BENCH_RUNS (1) times.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { accountsMigrations } from '@tradeqn/accounts';
import { catalogMigrations } from '@tradeqn/catalog';
import { createTestDatabase } from '@tradeqn/db/testing';
import { enterprisesMigrations } from '@tradeqn/enterprises';
import { createLogger } from '@tradeqn/kit';
import { createMailer } from '@tradeqn/mail';
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { createPlatform } from '@tradeqn/runtime';
import { createDiskFileStore } from '@tradeqn/storage';
import { sql } from 'drizzle-orm';
import { generateCatalog } from '../../catalog/bench/generate.ts';
import { marketingMigrations } from '../src/index.ts';

if (!process.env.DATABASE_URL) {
  console.error('pnpm bench:sitemap needs DATABASE_URL (a PostgreSQL server; a fresh database is made on it and dropped after).');
  process.exit(2);
}
const count = Number(process.env.BENCH_PRODUCTS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 1);
const WORK_DIR = '/tmp/tradeqn-bench-sitemap';
// as `npm run serve` starts the marketplace (BENCH_NODE_FLAGS replaces them)
const PRODUCTION_FLAGS = '--max-semi-space-size=2 --optimize-for-size';

const database = await createTestDatabase([accountsMigrations, enterprisesMigrations, catalogMigrations, marketingMigrations]);
try {
  const settings = loadMarketplaceSettings({ DATA_DIR: WORK_DIR, DEMO_DATA: '0', LOG_LEVEL: 'silent' });
  const infra = {
    database,
    mailer: createMailer({ outDir: `${WORK_DIR}/mail`, from: 'b@san.test', domain: 'san.test' }),
    files: createDiskFileStore(`${WORK_DIR}/uploads`),
    redis: undefined,
    logger: createLogger({ level: 'silent' }),
  };
  // categories and keywords, as a start would seed them
  const seeding = await createPlatform({ settings: settings.core, infra, modules: createMarketplace(infra, settings).all });
  await seeding.stop();

  let started = performance.now();
  await generateCatalog(database.db, count, (done) => process.stdout.write(`\rgenerating products: ${done}/${count}`));
  // an image each, as the catalog stores them (the feed leaves out a listing without one)
  await database.db.execute(sql`
    UPDATE catalog.products SET images = jsonb_build_array('http://san.test/media/public/products/' || id || '/anh-1200.webp')`);
  console.log(`\ngenerated ${count} products with an image in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  for (let run = 1; run <= runs; run++) {
    started = performance.now();
    const report = await buildInChild(String(database.url));
    console.log(
      `build ${run}: ${report.seconds.toFixed(1)} s (${report.readingSeconds.toFixed(1)} s of it reading the catalog's pages), peak RSS ${report.peakRssMb.toFixed(0)} MB (${report.rssBeforeMb.toFixed(0)} MB before the build; heap used at most ${report.peakHeapMb.toFixed(0)} MB), ` +
        `${report.productUrls} product URLs in ${report.productFiles} files, ${report.feedItems} feed items, ` +
        `${(report.bytes / 1024 / 1024).toFixed(0)} MB stored (gzip)`,
    );
  }
} finally {
  // BENCH_KEEP_DB=1 leaves the database for a look with psql (its name is printed)
  if (process.env.BENCH_KEEP_DB === '1') {
    console.log(`kept ${database.url}`);
    process.exit(0);
  } else {
    await database.close();
  }
}

interface Report {
  seconds: number;
  peakRssMb: number;
  peakHeapMb: number;
  rssBeforeMb: number;
  readingSeconds: number;
  productUrls: number;
  productFiles: number;
  feedItems: number;
  bytes: number;
}

function buildInChild(databaseUrl: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_NODE_FLAGS ?? PRODUCTION_FLAGS).split(' ').filter(Boolean),
        '--conditions=@tradeqn/source',
        '--import',
        'tsx',
        fileURLToPath(new URL('./sitemap-build.ts', import.meta.url)),
      ],
      { env: { ...process.env, DATABASE_URL: databaseUrl, BENCH_DATA_DIR: WORK_DIR }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}')) : reject(new Error(`exit ${code}`)),
    );
  });
}
