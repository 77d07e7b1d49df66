// The data of `pnpm bench:console`: 10,000 enterprises, 100,000 products, 100,000 people and the
// orders of a busy seller, written straight into the services' tables (services/*/src/db/schema.ts)
// in batches — through the API it would take hours. Each row is what the owning service writes
// for it: the enterprise's folded `search_text`, its owner in `members` with the snapshots, a
// product's `submitted_at` / `approved_at` by status, an order with its checkout, lines and first
// history entry. The builders are pure (index → row); `seedConsole` inserts them with
// `json_populate_recordset`, one statement a batch, so unlisted columns take the table's defaults.
import type { Db } from '@tradeqn/db';
import { ADMIN_UNITS_VERSION, foldVietnamese, listWards, QUANG_NGAI_CODE, slugify } from '@tradeqn/vn';
import { hashPassword } from '../../accounts/src/passwords/password-hashing.ts';

/** Bumped when the rows change: a database seeded by another version is seeded again. */
export const SEED_VERSION = 'console-1';
export const BENCH_PASSWORD = 'BenchQuangNgai@2026';

export interface SeedSize {
  enterprises: number;
  products: number;
  users: number;
  /** Orders of the busy seller (the owner's first enterprise). */
  bigOrders: number;
  /** Products of the busy seller. */
  bigProducts: number;
}

export const DEFAULT_SIZE: SeedSize = {
  enterprises: 10_000,
  products: 100_000,
  users: 100_000,
  bigOrders: 2_000,
  bigProducts: 5_000,
};

/** Who the bench signs in as, and the busy seller's enterprises. */
export interface SeedFacts {
  version: string;
  size: SeedSize;
  admin: string;
  moderator: string;
  owner: string;
  /** The owner's enterprises, busiest first (the first has `bigProducts` products and `bigOrders` orders). */
  ownerEnterprises: string[];
}

export const STAFF = {
  admin: 'quantri@bench.tradeqn.vn',
  moderator: 'kiemduyet@bench.tradeqn.vn',
  owner: 'chuhang@bench.tradeqn.vn',
} as const;

/** A minimal pg-like client: drizzle's node-postgres database keeps its Pool in `$client`. */
interface SqlClient {
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: T[] }>;
}

export function sqlClientOf(db: Db): SqlClient {
  const client = (db as unknown as { $client?: SqlClient }).$client;
  if (!client?.query) throw new Error('bench:console needs PostgreSQL (node-postgres), not PGlite');
  return client;
}

// ---------------------------------------------------------------------------------------------
// pure builders

const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const middles = ['Thị', 'Văn', 'Minh', 'Ngọc', 'Đức', 'Thanh', 'Hữu', 'Quang', 'Thu', 'Xuân'];
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam'];
const trades = [
  ['Tỏi', 'nông sản'],
  ['Đường phèn', 'thực phẩm'],
  ['Mạch nha', 'thực phẩm'],
  ['Quế', 'dược liệu'],
  ['Nước mắm', 'thủy sản'],
  ['Cà phê', 'nông sản'],
  ['Mây tre đan', 'thủ công mỹ nghệ'],
  ['Thổ cẩm', 'thủ công mỹ nghệ'],
  ['Hải sản khô', 'thủy sản'],
  ['Sâm', 'dược liệu'],
] as const;
const places = ['Lý Sơn', 'Sa Huỳnh', 'Trà Bồng', 'Măng Đen', 'Nghĩa Hành', 'Mộ Đức', 'Bình Sơn', 'Tư Nghĩa', 'Đức Phổ', 'Ba Tơ'];
const kinds = [
  ['Công ty TNHH', 'company'],
  ['Hợp tác xã', 'cooperative'],
  ['Hộ kinh doanh', 'household'],
  ['Công ty cổ phần', 'company'],
] as const;
const productBases = [
  ['Tỏi Lý Sơn', 'toi-hanh-gia-vi'],
  ['Hành tím', 'toi-hanh-gia-vi'],
  ['Đường phèn', 'duong-mach-nha'],
  ['Mạch nha', 'duong-mach-nha'],
  ['Kẹo gương', 'banh-keo-mut'],
  ['Quế Trà Bồng', 'que-tinh-dau'],
  ['Nước mắm cá cơm', 'nuoc-mam-mam'],
  ['Mực khô', 'hai-san-kho'],
  ['Cà phê Robusta', 'ca-phe'],
  ['Sâm Ngọc Linh', 'sam-duoc-lieu-quy'],
  ['Gạo lứt đỏ', 'gao-ngu-coc'],
  ['Giỏ mây tre đan', 'may-tre-dan'],
] as const;
const qualifiers = ['loại 1', 'đặc biệt', 'hữu cơ', 'truyền thống', 'cao cấp', 'gia truyền', 'OCOP', 'quà biếu'];
const sizes = ['100 g', '250 g', '500 g', '1 kg', '2 kg', 'hộp quà'];
/** Words the prohibited-goods check might have caught (a listing the moderator must override). */
const flags = ['thuốc lá', 'pháo', 'động vật hoang dã'];

const pick = <T>(list: readonly T[], i: number): T => list[((i % list.length) + list.length) % list.length] as T;
const DAY = 86_400_000;

/** A deterministic uuid for seeded row `i` of a kind, so a re-seed and the bench agree on ids. */
export function seededId(kind: number, i: number): string {
  return `00000000-${kind.toString(16).padStart(4, '0')}-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

export function personName(i: number): string {
  return `${pick(surnames, i)} ${pick(middles, Math.floor(i / 14))} ${pick(givens, Math.floor(i / 140))}`;
}

export function userRow(i: number, passwordHash: string, now: number) {
  const created = new Date(now - (i % 700) * DAY - i * 1000);
  return {
    id: seededId(1, i),
    email: `nguoi-dung-${i}@bench.tradeqn.vn`,
    password_hash: passwordHash,
    full_name: personName(i),
    phone: `09${String(10_000_000 + (i % 89_999_999)).padStart(8, '0')}`,
    roles: ['consumer'],
    email_verified_at: i % 10 === 9 ? null : created.toISOString(),
    created_at: created.toISOString(),
    updated_at: created.toISOString(),
  };
}

export type EnterpriseStatus = 'pending' | 'approved' | 'rejected' | 'suspended';

/** ~5% pending (the queue), ~3% suspended, ~2% rejected, the rest approved; the owner's first three approved. */
export function enterpriseStatus(e: number): EnterpriseStatus {
  if (e < 3) return 'approved';
  const bucket = e % 100;
  if (bucket < 5) return 'pending';
  if (bucket < 8) return 'suspended';
  if (bucket < 10) return 'rejected';
  return 'approved';
}

export function enterpriseRow(e: number, ownerId: string, now: number, wards: readonly { code: string; name: string }[]) {
  const [kindName, type] = pick(kinds, e);
  const [trade, sector] = pick(trades, Math.floor(e / 4));
  const place = pick(places, Math.floor(e / 40));
  const name = `${kindName} ${trade} ${place} ${e + 1}`;
  const ward = pick(wards, e * 7);
  const status = enterpriseStatus(e);
  const description = `${trade} ${place}, đặc sản Quảng Ngãi.`;
  const submitted = new Date(now - ((e * 37) % 365) * DAY - e * 1000);
  const decided = status === 'pending' ? null : new Date(submitted.getTime() + 2 * DAY).toISOString();
  return {
    id: seededId(2, e),
    slug: `${slugify(name, 60)}-${e}`,
    name,
    type,
    tax_code: String(4_300_000_000 + e),
    representative: personName(e * 3 + 1),
    phone: `0255${String(100_000 + e).padStart(6, '0')}`,
    email: `doanh-nghiep-${e}@bench.tradeqn.vn`,
    province_code: QUANG_NGAI_CODE,
    province_name: 'Quảng Ngãi',
    ward_code: ward.code,
    ward_name: ward.name,
    street: `${1 + (e % 300)} đường Quang Trung`,
    admin_units_version: ADMIN_UNITS_VERSION,
    sectors: [sector],
    description,
    status,
    status_reason:
      status === 'rejected'
        ? 'Giấy phép kinh doanh không khớp mã số thuế'
        : status === 'suspended'
          ? 'Vi phạm quy chế sàn'
          : null,
    search_text: foldVietnamese([name, sector, ward.name, description].join(' ')).replace(/\s+/g, ' '),
    created_by: ownerId,
    created_at: submitted.toISOString(),
    updated_at: (decided ?? submitted.toISOString()) as string,
    submitted_at: submitted.toISOString(),
    verified_at: status === 'approved' || status === 'suspended' ? decided : null,
  };
}

export function memberRow(enterpriseId: string, user: { id: string; email: string; full_name: string }, joinedAt: string) {
  return {
    enterprise_id: enterpriseId,
    user_id: user.id,
    role: 'owner',
    email: user.email,
    full_name: user.full_name,
    joined_at: joinedAt,
  };
}

export type ProductStatus = 'draft' | 'pending_review' | 'approved' | 'rejected' | 'hidden';

/** ~5% waiting for review (a fifth of them flagged), ~3% drafts, ~2% rejected, ~2% hidden, the rest approved. */
export function productStatus(i: number): { status: ProductStatus; flagged: boolean } {
  const bucket = i % 100;
  if (bucket < 5) return { status: 'pending_review', flagged: Math.floor(i / 100) % 5 === 0 };
  if (bucket < 8) return { status: 'draft', flagged: false };
  if (bucket < 10) return { status: 'rejected', flagged: false };
  if (bucket < 12) return { status: 'hidden', flagged: false };
  return { status: 'approved', flagged: false };
}

export function productRow(
  i: number,
  enterpriseId: string,
  createdBy: string,
  categoryIds: ReadonlyMap<string, string>,
  now: number,
) {
  const [base, categorySlug] = pick(productBases, i);
  const name = `${base} ${pick(places, Math.floor(i / 12))} ${pick(qualifiers, Math.floor(i / 120))} ${pick(sizes, Math.floor(i / 960))}`;
  const { status, flagged } = productStatus(i);
  const created = new Date(now - (i % 500) * DAY - i * 1000);
  const submitted = status === 'draft' ? null : new Date(created.getTime() + 3_600_000).toISOString();
  const approved = status === 'approved' || status === 'hidden' ? new Date(created.getTime() + DAY).toISOString() : null;
  const categoryId = categoryIds.get(categorySlug) ?? [...categoryIds.values()][0];
  return {
    id: seededId(3, i),
    enterprise_id: enterpriseId,
    slug: `${slugify(name, 60)}-${i}`,
    name: flagged ? `${name} ${pick(flags, i)}` : name,
    description: `${base} đặc sản Quảng Ngãi, sản phẩm số ${i}.`,
    category_id: categoryId,
    price: 10_000 + ((i * 7919) % 2_000) * 1_000,
    unit: 'kg',
    stock: (i * 31) % 500,
    status,
    status_reason: status === 'rejected' ? 'Ảnh chưa đúng sản phẩm' : null,
    flagged_keywords: flagged ? [pick(flags, i)] : [],
    created_by: createdBy,
    created_at: created.toISOString(),
    updated_at: created.toISOString(),
    submitted_at: submitted,
    approved_at: approved,
  };
}

const ORDER_STATUSES = ['pending', 'confirmed', 'shipping', 'delivered', 'completed', 'cancelled', 'pending_payment'] as const;

/** Order `o` of a seller: its checkout, the order, one or two lines of that seller's products, and its first history entry. */
export function orderRows(
  o: number,
  seller: { id: string; name: string; slug: string; type: string },
  buyer: { id: string; full_name: string; phone: string },
  products: readonly { id: string; name: string; slug: string; price: number }[],
  now: number,
) {
  const id = seededId(4, o);
  const created = new Date(now - (o % 180) * DAY - o * 60_000).toISOString();
  const status = pick(ORDER_STATUSES, o * 3);
  const lines = [0, 1].slice(0, 1 + (o % 2)).map((position) => {
    const product = pick(products, o * 2 + position);
    const quantity = 1 + ((o + position) % 5);
    return {
      order_id: id,
      position,
      product_id: product.id,
      name: product.name,
      slug: product.slug,
      unit: 'kg',
      quantity,
      unit_price: product.price,
      line_total: product.price * quantity,
      vat_category: 'KCT',
    };
  });
  const subtotal = lines.reduce((sum, line) => sum + line.line_total, 0);
  const shippingFee = subtotal >= 500_000 ? 0 : 30_000;
  const ward = { provinceCode: QUANG_NGAI_CODE, provinceName: 'Quảng Ngãi', wardCode: '21548', wardName: 'Phường Cẩm Thành' };
  const paymentMethod = status === 'pending_payment' ? 'bank_transfer' : 'cod';
  return {
    checkout: {
      id: seededId(5, o),
      buyer_id: buyer.id,
      payment_method: paymentMethod,
      total: subtotal + shippingFee,
      created_at: created,
    },
    order: {
      id,
      checkout_id: seededId(5, o),
      code: `QNG-B${o.toString(36).toUpperCase().padStart(5, '0')}`,
      buyer_id: buyer.id,
      enterprise_id: seller.id,
      seller: { name: seller.name, slug: seller.slug, type: seller.type },
      status,
      payment_method: paymentMethod,
      subtotal,
      shipping_fee: shippingFee,
      total: subtotal + shippingFee,
      shipping_address: { fullName: buyer.full_name, phone: buyer.phone, street: `${1 + (o % 200)} Lê Lợi`, ...ward },
      payment_due_at: status === 'pending_payment' ? new Date(Date.parse(created) + DAY).toISOString() : null,
      cancelled_at: status === 'cancelled' ? created : null,
      cancel_reason: status === 'cancelled' ? 'Người mua đổi ý' : null,
      created_at: created,
      updated_at: created,
    },
    lines,
    history: {
      order_id: id,
      from_status: null,
      to_status: status === 'pending_payment' ? 'pending_payment' : 'pending',
      actor_id: buyer.id,
      actor_role: 'buyer',
      at: created,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// writing

const BATCH = 4_000;

async function insertJson(client: SqlClient, table: string, rows: readonly Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object);
  const list = columns.join(', ');
  await client.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(null::${table}, $1::json)`, [
    JSON.stringify(rows),
  ]);
}

async function insertBatched<T extends Record<string, unknown>>(
  client: SqlClient,
  table: string,
  count: number,
  build: (i: number) => T,
  progress: (what: string, done: number, total: number) => void,
) {
  for (let start = 0; start < count; start += BATCH) {
    const rows: T[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) rows.push(build(i));
    await insertJson(client, table, rows);
    progress(table, Math.min(count, start + BATCH), count);
  }
}

/** The facts of an earlier seed of this version and size, or null. */
export async function readSeed(db: Db): Promise<SeedFacts | null> {
  const client = sqlClientOf(db);
  await client.query(
    'CREATE TABLE IF NOT EXISTS public.bench_console_seed (facts jsonb NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())',
  );
  const { rows } = await client.query<{ facts: SeedFacts }>('SELECT facts FROM public.bench_console_seed LIMIT 1');
  return rows[0]?.facts ?? null;
}

export function sameSeed(facts: SeedFacts | null, size: SeedSize): facts is SeedFacts {
  // field by field: jsonb does not keep the keys' order
  return (
    facts !== null &&
    facts.version === SEED_VERSION &&
    (Object.keys(size) as (keyof SeedSize)[]).every((key) => facts.size?.[key] === size[key])
  );
}

/**
 * Writes the whole data set into a migrated, otherwise empty marketplace database (the services'
 * start-up has seeded the categories), then `VACUUM ANALYZE`.
 */
export async function seedConsole(
  db: Db,
  size: SeedSize,
  progress: (what: string, done: number, total: number) => void,
): Promise<SeedFacts> {
  const client = sqlClientOf(db);
  const now = Date.now();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const categoryIds = new Map(
    (await client.query<{ id: string; slug: string }>('SELECT id, slug FROM catalog.categories')).rows.map((row) => [
      row.slug,
      row.id,
    ]),
  );
  if (categoryIds.size === 0) throw new Error('no categories: the catalog seeds them at start-up');
  const wards = listWards(QUANG_NGAI_CODE)?.map((ward) => ({ code: ward.code, name: ward.fullName })) ?? [];
  if (wards.length === 0) throw new Error('no wards for Quảng Ngãi');

  // people: user 0 is the bench owner, 1 and 2 the staff; enterprise e > 2 is owned by user 3 + (e % (users - 3))
  const users = Math.max(size.users, size.enterprises + 3);
  const special = new Map<number, { email: string; roles: string[]; name: string }>([
    [0, { email: STAFF.owner, roles: ['consumer'], name: 'Phạm Thị Chủ Hàng' }],
    [1, { email: STAFF.admin, roles: ['admin'], name: 'Trần Thị Quản Trị' }],
    [2, { email: STAFF.moderator, roles: ['moderator'], name: 'Lê Văn Kiểm Duyệt' }],
  ]);
  const user = (i: number) => {
    const row = userRow(i, passwordHash, now);
    const known = special.get(i);
    return known
      ? { ...row, email: known.email, roles: known.roles, full_name: known.name, email_verified_at: new Date(now).toISOString() }
      : row;
  };
  await insertBatched(client, 'accounts.users', users, user, progress);

  const ownerOf = (e: number) => (e < 3 ? 0 : 3 + ((e - 3) % (users - 3)));
  const enterprise = (e: number) => enterpriseRow(e, seededId(1, ownerOf(e)), now, wards);
  await insertBatched(client, 'enterprises.enterprises', size.enterprises, enterprise, progress);
  await insertBatched(
    client,
    'enterprises.members',
    size.enterprises,
    (e) => {
      const row = enterprise(e);
      return memberRow(row.id, user(ownerOf(e)), row.created_at);
    },
    progress,
  );

  // products: the busy seller's first, then the rest over the approved enterprises
  const approved = [] as number[];
  for (let e = 3; e < size.enterprises; e++) if (enterpriseStatus(e) === 'approved') approved.push(e);
  const sellerOf = (i: number) => {
    if (i < size.bigProducts) return 0;
    if (i < size.bigProducts + 200) return 1 + (i % 2);
    return pick(approved, i * 7);
  };
  await insertBatched(
    client,
    'catalog.products',
    size.products,
    (i) => {
      const e = sellerOf(i);
      return productRow(i, seededId(2, e), seededId(1, ownerOf(e)), categoryIds, now);
    },
    progress,
  );

  // the busy seller's orders, of its approved products, from people 3…
  const seller = enterprise(0);
  const sellerProducts = [];
  for (let i = 0; i < Math.min(size.bigProducts, 400); i++) {
    if (productStatus(i).status === 'approved') {
      const row = productRow(i, seller.id, seller.created_by, categoryIds, now);
      sellerProducts.push({ id: row.id, name: row.name, slug: row.slug, price: row.price });
    }
  }
  for (let start = 0; start < size.bigOrders; start += BATCH) {
    const built = [];
    for (let o = start; o < Math.min(size.bigOrders, start + BATCH); o++) {
      const buyer = user(3 + ((o * 13) % (users - 3)));
      built.push(orderRows(o, seller, buyer, sellerProducts, now));
    }
    await insertJson(
      client,
      'ordering.checkouts',
      built.map((b) => b.checkout),
    );
    await insertJson(
      client,
      'ordering.orders',
      built.map((b) => b.order),
    );
    await insertJson(
      client,
      'ordering.order_lines',
      built.flatMap((b) => b.lines),
    );
    await insertJson(
      client,
      'ordering.order_history',
      built.map((b) => b.history),
    );
    progress('ordering.orders', Math.min(size.bigOrders, start + BATCH), size.bigOrders);
  }

  const facts: SeedFacts = {
    version: SEED_VERSION,
    size,
    admin: STAFF.admin,
    moderator: STAFF.moderator,
    owner: STAFF.owner,
    ownerEnterprises: [0, 1, 2].map((e) => seededId(2, e)),
  };
  await client.query('VACUUM ANALYZE');
  await client.query('DELETE FROM public.bench_console_seed');
  await client.query('INSERT INTO public.bench_console_seed (facts) VALUES ($1)', [JSON.stringify(facts)]);
  return facts;
}
