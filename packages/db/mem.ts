const rss = () => Math.round(process.memoryUsage().rss / 1048576);
const { PGlite } = await import('@electric-sql/pglite');
const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
const base = [
  '--single',
  '-F',
  '-O',
  '-j',
  '-c',
  'search_path=public',
  '-c',
  'exit_on_error=false',
  '-c',
  'log_checkpoints=false',
  '-c',
  'max_worker_processes=0',
  '-c',
  'max_parallel_workers=0',
  '-c',
  'max_parallel_workers_per_gather=0',
  '-c',
  'io_method=sync',
  '-c',
  'max_parallel_maintenance_workers=0',
];
const sb = process.argv[2] ?? '16MB';
const im = Number(process.argv[3] ?? 0);
console.log('before', rss());
const db = await PGlite.create({
  dataDir: process.argv[4] ?? '/tmp/pgl-mem',
  extensions: { unaccent, pg_trgm },
  ...(im ? { initialMemory: im * 1048576 } : {}),
  startParams: [...base, '-c', `shared_buffers=${sb}`],
});
await db.query('select 1');
console.log(sb, im, 'open', rss(), 'MB', process.memoryUsage());
await new Promise((r) => setTimeout(r, 2000));
globalThis.gc?.();
console.log('after 2s', rss());
await db.close();
