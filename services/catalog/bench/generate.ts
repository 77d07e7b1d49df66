import { randomUUID } from 'node:crypto';
import type { Db } from '@tradeqn/db';
import { foldVietnamese, slugify } from '@tradeqn/vn';
import { sql } from 'drizzle-orm';

const bases = [
  ['Tỏi Lý Sơn', 'toi-hanh-gia-vi'],
  ['Hành tím', 'toi-hanh-gia-vi'],
  ['Ớt xiêm', 'toi-hanh-gia-vi'],
  ['Đường phèn', 'duong-mach-nha'],
  ['Mạch nha', 'duong-mach-nha'],
  ['Đường phổi', 'duong-mach-nha'],
  ['Kẹo gương', 'banh-keo-mut'],
  ['Bánh ít lá gai', 'banh-keo-mut'],
  ['Mứt gừng', 'banh-keo-mut'],
  ['Quế Trà Bồng', 'que-tinh-dau'],
  ['Tinh dầu quế', 'que-tinh-dau'],
  ['Muối hạt', 'muoi'],
  ['Nước mắm cá cơm', 'nuoc-mam-mam'],
  ['Mắm nêm', 'nuoc-mam-mam'],
  ['Mực khô', 'hai-san-kho'],
  ['Cá cơm khô', 'hai-san-kho'],
  ['Cá bống sông Trà', 'do-kho-dong-hop'],
  ['Cà phê Arabica', 'ca-phe'],
  ['Cà phê Robusta', 'ca-phe'],
  ['Trà quế', 'tra'],
  ['Sâm Ngọc Linh', 'sam-duoc-lieu-quy'],
  ['Đương quy', 'sam-duoc-lieu-quy'],
  ['Gạo hữu cơ', 'gao-ngu-coc'],
  ['Gạo lứt đỏ', 'gao-ngu-coc'],
  ['Bưởi da xanh', 'trai-cay'],
  ['Rau cải ngọt', 'rau-cu-qua'],
  ['Giỏ mây tre đan', 'may-tre-dan'],
  ['Khay tre ép', 'may-tre-dan'],
  ['Thảm cói', 'det-tho-cam'],
  ['Mật ong hoa cà phê', 'dac-san-quang-ngai'],
] as const;
const places = [
  'Lý Sơn',
  'Sa Huỳnh',
  'Trà Bồng',
  'Măng Đen',
  'Nghĩa Hành',
  'Mộ Đức',
  'Bình Sơn',
  'Tư Nghĩa',
  'Đức Phổ',
  'Ba Tơ',
  'Sơn Tịnh',
  'Minh Long',
];
const qualifiers = [
  'loại 1',
  'đặc biệt',
  'hữu cơ',
  'truyền thống',
  'cao cấp',
  'gia truyền',
  'sạch',
  'OCOP',
  'xuất khẩu',
  'quà biếu',
];
const sizes = ['100 g', '250 g', '500 g', '1 kg', '2 kg', '5 kg', 'hộp quà', 'thùng 10'];
const wards = ['21548', '21478', '21115', '23473', '21364', '21400', '21040', '21235', '21025', '21211'];

/** Fifty approved enterprises and `count` approved products, written straight into the tables. */
export async function generateCatalog(db: Db, count: number, onProgress: (done: number) => void) {
  const categories = new Map(
    (
      (await db.execute(sql`SELECT id, slug FROM catalog.categories`)) as unknown as { rows: { id: string; slug: string }[] }
    ).rows.map((row) => [row.slug, row.id]),
  );
  const enterpriseIds: string[] = [];
  for (let e = 0; e < 50; e++) {
    const id = randomUUID();
    enterpriseIds.push(id);
    const ward = wards[e % wards.length] ?? '21548';
    await db.execute(sql`
      INSERT INTO enterprises.enterprises (id, slug, name, type, tax_code, representative, phone, email, province_code, province_name,
        ward_code, ward_name, street, admin_units_version, status, search_text, created_by, verified_at)
      VALUES (${id}::uuid, ${`doanh-nghiep-${e}`}, ${`Doanh nghiệp thử ${e}`}, 'company', ${`43${String(90000000 + e).padStart(8, '0')}`},
        'Người Đo', '0905123456', 'do@example.vn', '51', 'Quảng Ngãi', ${ward}, 'Xã', 'Thôn', '2025-07-01', 'approved',
        ${`doanh nghiep thu ${e}`}, ${randomUUID()}::uuid, now())`);
  }
  const batch = 2000;
  for (let start = 0; start < count; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const [base, category] = bases[i % bases.length] ?? bases[0];
      const name = `${base} ${places[Math.floor(i / bases.length) % places.length]} ${qualifiers[Math.floor(i / 360) % qualifiers.length]} ${sizes[Math.floor(i / 3600) % sizes.length]}`;
      const price = 10_000 + ((i * 7919) % 2_000) * 1_000;
      rows.push(
        sql`(${randomUUID()}::uuid, ${enterpriseIds[i % enterpriseIds.length]}::uuid, ${`${slugify(name, 60)}-${i}`}, ${name},
             ${`${base} đặc sản Quảng Ngãi, sản phẩm số ${i}`}, ${categories.get(category)}::uuid, ${price}, 'kg', 100, 'approved',
             ${randomUUID()}::uuid, now() - make_interval(secs => ${i}), now())`,
      );
    }
    await db.execute(sql`
      INSERT INTO catalog.products (id, enterprise_id, slug, name, description, category_id, price, unit, stock, status, created_by, approved_at, submitted_at)
      VALUES ${sql.join(rows, sql`, `)}`);
    onProgress(Math.min(count, start + batch));
  }
}

/** Queries of the mix: folded, accented, misspelled, and filter-only browses. */
export const queryMix = [
  'q=toi%20ly%20son',
  `q=${encodeURIComponent('Tỏi Lý Sơn')}`,
  'q=toi%20lyson',
  'q=duong%20phen',
  `q=${encodeURIComponent('đường phèn')}`,
  'q=duong%20phenn',
  'q=mach%20nah',
  'q=keo%20guong',
  'q=kheo%20guong',
  'q=ca%20phe%20arabica',
  'q=ca%20phee',
  `q=${encodeURIComponent('sâm ngọc linh')}`,
  'q=que%20tra%20bong',
  'q=nuoc%20mam',
  'sort=price_asc&priceMin=100000&priceMax=500000',
  'wardCode=21548',
  'sort=newest',
];

/** A small seeded generator (mulberry32): the same mix every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One slip of the finger in a word of four letters or more: two letters swapped, one dropped or doubled. */
function misspell(word: string, random: () => number): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  return word.slice(0, at) + word.charAt(at) + word.slice(at);
}

/**
 * The long tail: `size` distinct queries nobody asked before, built from the catalogue's own
 * words — one to four words of a product's name, in its order or not, with diacritics (a third),
 * without them, with a typo (a fifth), the last word cut short (search as you type), some with a
 * filter or another sort.
 */
export function longTailQueries(size: number, seed = 14): string[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const queries = new Set<string>();
  while (queries.size < size) {
    const i = Math.floor(random() * 100_000);
    const [base] = bases[i % bases.length] ?? bases[0];
    const name = `${base} ${places[Math.floor(i / bases.length) % places.length]} ${qualifiers[Math.floor(i / 360) % qualifiers.length]}`;
    const all = name.split(' ');
    const count = 1 + Math.floor(random() * 4);
    const start = Math.floor(random() * Math.max(1, all.length - count + 1));
    let words = all.slice(start, start + count);
    if (random() < 0.15) words = [...words].reverse();
    const style = random();
    let typed = words.map((word) => (style < 0.33 ? word.toLowerCase() : foldVietnamese(word)));
    if (random() < 0.2) {
      const at = Math.floor(random() * typed.length);
      typed = typed.map((word, index) => (index === at ? misspell(word, random) : word));
    }
    if (random() < 0.15) {
      const last = typed.at(-1) ?? '';
      if (last.length > 3) typed = [...typed.slice(0, -1), last.slice(0, Math.ceil(last.length / 2) + 1)];
    }
    const filter = random();
    const extra =
      filter < 0.1
        ? `&wardCode=${pick(wards)}`
        : filter < 0.18
          ? `&priceMin=${pick([50_000, 200_000, 500_000])}&priceMax=${pick([800_000, 1_500_000])}`
          : filter < 0.24
            ? `&sort=${pick(['price_asc', 'price_desc', 'newest'])}`
            : '';
    queries.add(`q=${encodeURIComponent(typed.join(' '))}${extra}`);
  }
  return [...queries];
}
