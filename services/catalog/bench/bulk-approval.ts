// The time from a bulk approval of N products (BENCH_BULK, default 5,000) until all are searchable,
// on the marketplace as a deployment wires it: embedded (PGlite, the in-process job runner) when
// neither DATABASE_URL nor REDIS_URL is set, or PostgreSQL with BullMQ workers on Redis. Run by
// search.bench.ts in a process of its own for each; prints one JSON line.
import { randomUUID } from 'node:crypto';
import { ADMIN, approvedEnterprise, as, createTestMarketplace, signIn, signUp } from '@tradeqn/testing';
import { sql } from 'drizzle-orm';

const count = Number(process.env.BENCH_BULK ?? 5_000);
const REQUEST_ITEMS = 100;

const t = await createTestMarketplace({ env: { RATE_LIMIT_PER_MINUTE: '100000000' } });
try {
  const admin = await signIn(t, ADMIN.email, ADMIN.password);
  const owner = await signUp(t, 'chu@duyet-hang-loat.vn');
  const shop = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Duyệt Hàng Loạt');
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as { children: { id: string }[] }[];
  const category = String(tree[0]?.children[0]?.id);
  // submitted listings as sellers leave them: written straight into the table, a thousand a statement
  const ids: string[] = [];
  for (let start = 0; start < count; start += 1_000) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + 1_000); i++) {
      const id = randomUUID();
      ids.push(id);
      rows.push(sql`(${id}::uuid, ${shop}::uuid, ${`mat-ong-duyet-${i}`}, ${`Mật ong rừng Ba Tơ mẻ ${i}`}, 'Mật ong rừng nguyên chất',
        ${category}::uuid, 150000, 'chai', 10, 'pending_review', ${owner.userId}::uuid, now())`);
    }
    await t.database.db.execute(sql`
      INSERT INTO catalog.products (id, enterprise_id, slug, name, description, category_id, price, unit, stock, status, created_by, submitted_at)
      VALUES ${sql.join(rows, sql`, `)}`);
  }
  const searchable = async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/products?enterpriseId=${shop}&limit=1` });
    return Number((response.json() as { total: number }).total);
  };
  if ((await searchable()) !== 0) throw new Error('the listings were searchable before their approval');

  const started = performance.now();
  for (let start = 0; start < ids.length; start += REQUEST_ITEMS) {
    const items = ids.slice(start, start + REQUEST_ITEMS).map((id) => ({ id, version: 1 }));
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/admin/products/approve', ...as(admin, { items }) });
    const body = response.json() as { approved: string[] };
    if (response.statusCode !== 200 || body.approved.length !== items.length) throw new Error(response.body);
  }
  const approvedSeconds = (performance.now() - started) / 1000;
  process.stderr.write(`approved ${count} in ${approvedSeconds.toFixed(1)} s\n`);
  for (let found = await searchable(); found < count; found = await searchable()) {
    if (performance.now() - started > 300_000) throw new Error(`only ${found} of ${count} searchable after 300 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const searchableSeconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${JSON.stringify({ mode: t.database.url ? 'PostgreSQL + BullMQ' : 'embedded (PGlite)', count, approvedSeconds, searchableSeconds })}\n`,
  );
} finally {
  await t.close();
}
