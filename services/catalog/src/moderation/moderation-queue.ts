import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { decodeCursor, httpErrors, keysetPage } from '@tradeqn/kit';
import { foldVietnamese } from '@tradeqn/vn';
import type { CategoryNode, CategoryService } from '../categories/category-service.ts';
import { type ProductDto, toProductDto } from '../products/product-mapping.ts';
import { createModerationQueueRepository, type QueueFilter } from './moderation-queue-repository.ts';

export interface QueueQuery {
  status: string;
  /** `only`: flagged listings alone; `none`: those without flags; absent: all, flagged first. */
  flagged?: 'only' | 'none';
  q?: string;
  enterpriseId?: string;
  categoryId?: string;
  limit: number;
  cursor?: string;
}

export interface ModerationQueueDeps {
  db: Db;
  categories: Pick<CategoryService, 'tree'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprises'>;
}

/** The ids of a category and of every category under it, or undefined when it is not one. */
function subtreeIds(nodes: CategoryNode[], id: string): string[] | undefined {
  for (const node of nodes) {
    if (node.id === id) {
      const ids: string[] = [];
      const walk = (one: CategoryNode) => {
        ids.push(one.id);
        one.children.forEach(walk);
      };
      walk(node);
      return ids;
    }
    const below = subtreeIds(node.children, id);
    if (below) return below;
  }
  return undefined;
}

/**
 * Province staff's queue of listings: flagged listings first (they need a person's judgement),
 * then the oldest submission, filtered by status, flags, name, enterprise and category, one
 * keyset page at a time. Each page reads its sellers in one call.
 */
export function createModerationQueue(deps: ModerationQueueDeps) {
  const repo = createModerationQueueRepository();
  return {
    async page(query: QueueQuery): Promise<{ items: ProductDto[]; nextCursor: string | null }> {
      const after = query.cursor ? decodeCursor(query.cursor, ['number', 'timestamp', 'uuid']) : undefined;
      // the first part says flagged (0) or not (1): any other number was never handed out
      if (after && after[0] !== 0 && after[0] !== 1) {
        throw httpErrors.HTTP_VALIDATION_FAILED({ vi: 'Con trỏ trang không hợp lệ', en: 'Invalid cursor' }, [
          { path: '/querystring/cursor', message: 'invalid cursor' },
        ]);
      }
      const filter: QueueFilter = { status: query.status };
      if (query.flagged) filter.flagged = query.flagged === 'only';
      const folded = query.q ? foldVietnamese(query.q.normalize('NFC')).replace(/\s+/g, ' ').trim() : '';
      if (folded) filter.foldedName = folded;
      if (query.enterpriseId) filter.enterpriseId = query.enterpriseId;
      const tree = await deps.categories.tree();
      if (query.categoryId) filter.categoryIds = subtreeIds(tree, query.categoryId) ?? [query.categoryId];
      const rows = await repo.page(
        deps.db,
        filter,
        query.limit + 1,
        after ? { clean: Number(after[0]), queuedAt: String(after[1]), id: String(after[2]) } : undefined,
      );
      const page = keysetPage(rows, query.limit, (row) => [row.clean, (row.submittedAt ?? row.createdAt).toISOString(), row.id]);
      const sellers = new Map(
        (await deps.enterprises.getEnterprises([...new Set(page.rows.map((row) => row.enterpriseId))])).map((one) => [
          one.id,
          one,
        ]),
      );
      const categoryOf = new Map<string, { slug: string; name: string }>();
      const walk = (nodes: CategoryNode[]) => {
        for (const node of nodes) {
          categoryOf.set(node.id, node);
          walk(node.children);
        }
      };
      walk(tree);
      return {
        items: page.rows.map(({ clean: _clean, ...row }) => {
          const seller = sellers.get(row.enterpriseId);
          const category = categoryOf.get(row.categoryId);
          return toProductDto(
            row,
            {
              enterprise: { id: row.enterpriseId, slug: seller?.slug ?? '', name: seller?.name ?? '' },
              category: { id: row.categoryId, slug: category?.slug ?? '', name: category?.name ?? '' },
            },
            true,
          );
        }),
        nextCursor: page.nextCursor,
      };
    },
  };
}

export type ModerationQueue = ReturnType<typeof createModerationQueue>;
