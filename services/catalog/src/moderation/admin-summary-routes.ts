import type { Db } from '@tradeqn/db';
import { type App, problemResponses, requireRole } from '@tradeqn/kit';
import { and, eq, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import { products } from '../db/schema.ts';

/** What waits for moderators in the catalog: the console's start page counts it. */
export function catalogAdminSummaryRoutes(deps: { db: Db }) {
  return async (app: App) => {
    app.get(
      '/admin/products/summary',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: ['admin'],
          summary: 'Số sản phẩm chờ duyệt, trong đó bị gắn cờ từ khóa cấm (moderation counts)',
          security: [{ bearerAuth: [] }],
          response: {
            200: Type.Object({
              pendingReview: Type.Integer({ description: 'Chờ duyệt' }),
              flagged: Type.Integer({ description: 'Chờ duyệt và chứa từ khóa hàng cấm' }),
            }),
            ...problemResponses(401, 403),
          },
        },
      },
      async () => {
        // one pass over the queue's index range (status = pending_review)
        const [row] = await deps.db
          .select({
            pendingReview: sql<number>`count(*)::int`,
            flagged: sql<number>`(count(*) filter (where cardinality(${products.flaggedKeywords}) > 0))::int`,
          })
          .from(products)
          .where(and(eq(products.status, 'pending_review')));
        return { pendingReview: Number(row?.pendingReview ?? 0), flagged: Number(row?.flagged ?? 0) };
      },
    );
  };
}
