// One build of the sitemaps and the feed, as a worker runs it, in a process of its own so that its
// peak RSS is the build's: run by sitemap.bench.ts; prints one JSON line.

import { openDatabase } from '@tradeqn/db';
import { createLogger } from '@tradeqn/kit';
import { createMailer } from '@tradeqn/mail';
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { createDiskFileStore } from '@tradeqn/storage';

const dataDir = process.env.BENCH_DATA_DIR ?? '/tmp/tradeqn-bench-sitemap';
const settings = loadMarketplaceSettings({ DATA_DIR: dataDir, DEMO_DATA: '0', LOG_LEVEL: 'silent' });
const database = await openDatabase({ url: String(process.env.DATABASE_URL) });
const infra = {
  database,
  mailer: createMailer({ outDir: `${dataDir}/mail`, from: 'b@san.test', domain: 'san.test' }),
  files: createDiskFileStore(`${dataDir}/uploads`),
  redis: undefined,
  logger: createLogger({ level: 'silent' }),
};
const marketplace = createMarketplace(infra, settings);
let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 50);
// the time spent waiting for the catalog's pages, apart from the writing
let readingMs = 0;
const { api: catalogApi } = marketplace.catalog;
const readPage = catalogApi.publicListingsPage;
catalogApi.publicListingsPage = async (options) => {
  const begun = performance.now();
  try {
    return await readPage(options);
  } finally {
    readingMs += performance.now() - begun;
  }
};
const before = process.memoryUsage().rss;
const started = performance.now();
await marketplace.marketing.seo.initialise();
let reported = 0;
const outcome = await marketplace.marketing.seo.builder.buildNow(new Date(), ({ products, enterprises }) => {
  if (products - reported < 100_000 && enterprises === 0) return;
  reported = products;
  process.stderr.write(
    `\r${products} products, ${enterprises} storefronts written after ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
});
process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
if (!outcome.built) throw new Error('another build held the lease');
const row = await marketplace.marketing.seo.status();
const products = row.files.filter((file) => file.name.startsWith('sitemap-products-'));
process.stdout.write(
  `${JSON.stringify({
    seconds,
    // ru_maxrss: the kernel's high-water mark of the resident set, in KB
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 1024 / 1024,
    rssBeforeMb: before / 1024 / 1024,
    readingSeconds: readingMs / 1000,
    productUrls: products.reduce((sum, file) => sum + file.entries, 0),
    productFiles: products.length,
    feedItems: row.files.find((file) => file.kind === 'feed')?.entries ?? 0,
    bytes: row.files.reduce((sum, file) => sum + file.bytes, 0),
  })}\n`,
);
await database.close();
