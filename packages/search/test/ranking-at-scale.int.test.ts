import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@tradeqn/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresSearchEngine } from '../src/postgres-engine.ts';
import type { SearchDocument, SearchEngine } from '../src/search-engine.ts';

// what the speed work could break: the ranking over thousands of partial matches
const migrations = [{ service: 'searchtest', folder: fileURLToPath(new URL('./migrations', import.meta.url)) }];
let database: TestDatabase;
let engine: SearchEngine;

const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
function product(n: number, name: string, text: string): SearchDocument {
  return {
    id: id(n),
    slug: `p-${n}`,
    name,
    text,
    categoryPath: ['dac-san'],
    enterpriseId: '11111111-1111-4111-8111-111111111111',
    wardCode: '21548',
    price: 100_000 + n,
    ocopStars: null,
    // the crowd is newer: a sort by date would put the rare one last
    createdAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
    card: { id: id(n), name },
  };
}

beforeAll(async () => {
  database = await createTestDatabase(migrations);
  engine = createPostgresSearchEngine({ db: database.db, schema: 'searchtest' });
  const crowd = Array.from({ length: 3000 }, (_, i) =>
    i % 2 === 0
      ? product(i + 10, `Mật ong rừng Ba Tơ chai ${i}`, 'Ngâm với hoa cà phê, làm quà biếu')
      : product(i + 10, `Cà phê hoa rang mộc ${i}`, 'Pha với mật ong rừng'),
  );
  for (let start = 0; start < crowd.length; start += 500) await engine.upsert(crowd.slice(start, start + 500));
  await engine.upsert([
    product(1, 'Mật ong hoa cà phê', 'Mật ong ong nuôi'),
    product(2, 'Cá bống kho tiêu', 'Cá sông Trà'),
    product(3, 'Cà phê phin giấy', 'Cà phê bột'),
  ]);
}, 120_000);
afterAll(async () => database?.close());

const first = async (q: string) => (await engine.search({ q, sort: 'relevance', limit: 5 })).items[0]?.name;

describe('ranking among thousands of partial matches', () => {
  it('puts a rare product named exactly as typed first', async () => {
    const answer = await engine.search({ q: 'mat ong hoa ca phe', sort: 'relevance', limit: 5 });
    expect(answer.total).toBe(3001);
    expect(answer.items[0]?.name).toBe('Mật ong hoa cà phê');
    expect(await first('Mật ong hoa cà phê')).toBe('Mật ong hoa cà phê');
  });

  it('puts the exact-accent product first for accented input', async () => {
    // “cá” and “cà” fold alike: fifteen hundred coffees match “ca”, one fish is spelled so
    expect(await first('cá')).toBe('Cá bống kho tiêu');
    expect(await first('cá bống')).toBe('Cá bống kho tiêu');
    expect(await first('cà phê phin')).toBe('Cà phê phin giấy');
  });
});
