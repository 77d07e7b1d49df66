import { randomUUID } from 'node:crypto';
import type { AuditLog } from '@tradeqn/audit';
import { type Db, isUniqueViolation } from '@tradeqn/db';
import { slugify } from '@tradeqn/vn';
import { productErrors } from '../products/product-errors.ts';
import { type CategoryRow, createCategoryRepository } from './category-repository.ts';
import { categorySeed } from './category-seed.ts';

export interface CategoryNode {
  id: string;
  slug: string;
  name: string;
  children: CategoryNode[];
}

type Person = { userId: string; roles: string[] };

export function createCategoryService(deps: { db: Db; audit: AuditLog }) {
  const repo = createCategoryRepository();
  // the taxonomy is small and read on every listing; another process's edit shows within a minute
  let cache: { rows: CategoryRow[]; byId: Map<string, CategoryRow>; loadedAt: number } | undefined;

  async function load() {
    if (!cache || Date.now() - cache.loadedAt > 60_000) {
      const rows = await repo.all(deps.db);
      cache = { rows, byId: new Map(rows.map((row) => [row.id, row])), loadedAt: Date.now() };
    }
    return cache;
  }

  function tree(rows: CategoryRow[], parentId: string | null): CategoryNode[] {
    return rows
      .filter((row) => row.parentId === parentId)
      .map((row) => ({ id: row.id, slug: row.slug, name: row.name, children: tree(rows, row.id) }));
  }

  return {
    async tree(): Promise<CategoryNode[]> {
      return tree((await load()).rows, null);
    },

    /** A category by id (cached: the taxonomy is small and changes rarely). */
    async get(id: string): Promise<CategoryRow | undefined> {
      return (await load()).byId.get(id);
    },

    async create(actor: Person, input: { name: string; parentId?: string; position?: number }) {
      const parent = input.parentId ? await repo.find(deps.db, input.parentId) : undefined;
      if (input.parentId && !parent) throw productErrors.CATALOG_CATEGORY_NOT_FOUND();
      if (parent && parent.path.length >= 3) {
        throw productErrors.CATALOG_INVALID_INPUT(undefined, [
          { path: '/body/parentId', message: 'categories go three levels deep at most' },
        ]);
      }
      const id = randomUUID();
      const name = input.name.normalize('NFC').trim();
      try {
        const row = await deps.db.transaction(async (tx) => {
          const created = await repo.insert(tx, {
            id,
            slug: slugify(name),
            name,
            parentId: parent?.id ?? null,
            path: [...(parent?.path ?? []), id],
            position: input.position ?? 0,
          });
          await deps.audit.record(tx, {
            entityType: 'category',
            entityId: id,
            action: 'created',
            actor,
            details: { name, parentId: parent?.id ?? null },
          });
          return created;
        });
        cache = undefined;
        return { id: row.id, slug: row.slug, name: row.name, children: [] };
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw productErrors.CATALOG_INVALID_INPUT(undefined, [
            { path: '/body/name', message: 'a category with this name already exists' },
          ]);
        }
        throw error;
      }
    },

    async update(actor: Person, id: string, input: { name?: string; position?: number }) {
      const row = await deps.db.transaction(async (tx) => {
        const updated = await repo.rename(tx, id, {
          ...(input.name ? { name: input.name.normalize('NFC').trim() } : {}),
          ...(input.position !== undefined ? { position: input.position } : {}),
        });
        if (!updated) throw productErrors.CATALOG_CATEGORY_NOT_FOUND();
        await deps.audit.record(tx, { entityType: 'category', entityId: id, action: 'updated', actor, details: input });
        return updated;
      });
      cache = undefined;
      return { id: row.id, slug: row.slug, name: row.name, children: [] };
    },

    /** Seeds the taxonomy into an empty table (every start; a no-op once seeded). */
    async seed() {
      if ((await repo.count(deps.db)) > 0) return;
      await deps.db.transaction(async (tx) => {
        let position = 0;
        for (const root of categorySeed) {
          const rootId = randomUUID();
          await repo.insert(tx, {
            id: rootId,
            slug: root.slug,
            name: root.name,
            parentId: null,
            path: [rootId],
            position: position++,
          });
          let childPosition = 0;
          for (const child of root.children) {
            const childId = randomUUID();
            await repo.insert(tx, {
              id: childId,
              slug: child.slug,
              name: child.name,
              parentId: rootId,
              path: [rootId, childId],
              position: childPosition++,
            });
          }
        }
      });
      cache = undefined;
    },

    async bySlug(slug: string) {
      return (await load()).rows.find((row) => row.slug === slug);
    },
  };
}

export type CategoryService = ReturnType<typeof createCategoryService>;
