import { type Db, queryRows } from '@tradeqn/db';
import { type SQL, sql } from 'drizzle-orm';
import { createMemoryIndex, type IndexedDocument, type MemoryIndex } from './memory-index.ts';

interface Tables {
  documents: SQL;
  changes: SQL;
}

interface DocumentRow {
  id: string;
  text_folded: string | null;
  name_lower: string | null;
  category_path: string | null;
  enterprise_id: string | null;
  ward_code: string | null;
  price: string | number | null;
  ocop_stars: number | null;
  created_at: string | Date | null;
}

const LOAD_PAGE = 10_000;

const columns = sql.raw(
  // the words as the one string they are stored beside the array (the array's parse cost more than the load)
  `d.id::text AS id, d.text_folded, d.name_lower, array_to_string(d.category_path, ' ') AS category_path,
   d.enterprise_id::text AS enterprise_id, d.ward_code, d.price, d.ocop_stars, d.created_at`,
);

function toIndexed(row: DocumentRow): IndexedDocument {
  return {
    id: row.id,
    words: row.text_folded ? row.text_folded.split(' ') : [],
    nameLower: row.name_lower ?? '',
    categoryPath: row.category_path ? row.category_path.split(' ') : [],
    enterpriseId: row.enterprise_id ?? '',
    wardCode: row.ward_code ?? '',
    price: Number(row.price),
    ocopStars: row.ocop_stars,
    createdAt: new Date(row.created_at ?? 0).getTime(),
  };
}

/**
 * Keeps an in-memory index in step with the search tables of one PostgreSQL schema, in any
 * number of processes: loaded whole once, then brought to a version by replaying the ids each
 * write recorded in `search_changes` (re-read from `search_documents`: there, or gone). When the
 * changes it needs were pruned, it loads whole again.
 */
export function createMemoryIndexSync(
  db: Db,
  tables: Tables,
  /** Told which documents changed (or that all may have), before the index answers at the new version. */
  onChange: (ids: string[] | 'all') => void = () => {},
) {
  let index: MemoryIndex | null = null;
  let version = 0;
  let catchingUp: Promise<void> | null = null;

  async function loadWhole(target: number) {
    const fresh = createMemoryIndex();
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await queryRows<DocumentRow>(
        db,
        sql`SELECT ${columns} FROM ${tables.documents} d WHERE d.id > ${afterId}::uuid ORDER BY d.id LIMIT ${LOAD_PAGE}`,
      );
      fresh.put(rows.map(toIndexed));
      if (rows.length < LOAD_PAGE) break;
      afterId = rows.at(-1)?.id ?? afterId;
    }
    // read after the version: what it loaded is at least that version's (newer writes are replayed, harmlessly)
    onChange('all');
    index = fresh;
    version = target;
  }

  const oldestKept = async () =>
    (await queryRows<{ v: string | null }>(db, sql`SELECT min(version)::text AS v FROM ${tables.changes}`))[0]?.v ?? null;

  async function replay(current: MemoryIndex, target: number) {
    // the changes right after this index's version must still be kept, before and after reading them
    // (a writer may prune between the two reads)
    const isKept = (oldest: string | null) => oldest !== null && Number(oldest) <= version + 1;
    if (!isKept(await oldestKept())) return loadWhole(target);
    const changed = await queryRows<DocumentRow & { changed: string; version: string; present: boolean }>(
      db,
      sql`SELECT c.id::text AS changed, c.version::text AS version, d.id IS NOT NULL AS present, ${columns}
          FROM (SELECT id, max(version) AS version FROM ${tables.changes} WHERE version > ${version} GROUP BY id) c
          LEFT JOIN ${tables.documents} d ON d.id = c.id`,
    );
    if (!isKept(await oldestKept())) return loadWhole(target);
    onChange(changed.map((row) => row.changed));
    current.remove(changed.filter((row) => !row.present).map((row) => row.changed));
    current.put(changed.filter((row) => row.present).map(toIndexed));
    let newest = target;
    for (const row of changed) newest = Math.max(newest, Number(row.version));
    version = newest;
  }

  async function catchUp(target: number) {
    if (!index) await loadWhole(target);
    else await replay(index, target);
  }

  return {
    /** The index as of `target` (a version read from `search_state`) or newer; one catch-up at a time. */
    async at(target: string): Promise<MemoryIndex> {
      const wanted = Number(target);
      while (!index || version < wanted) {
        if (!catchingUp) {
          catchingUp = catchUp(wanted).finally(() => {
            catchingUp = null;
          });
        }
        await catchingUp;
      }
      return index;
    },
  };
}
