import type { Db } from '@tradeqn/db';
import { type App, problemResponses, requireRole } from '@tradeqn/kit';
import { and, gte, notInArray, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import { orders } from '../db/schema.ts';

/** Midnight today in Vietnam (UTC+7, no daylight saving), as an instant. */
export function startOfTodayInVietnam(now = new Date()): Date {
  const offsetMs = 7 * 3600_000;
  const local = new Date(now.getTime() + offsetMs);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - offsetMs);
}

/** Today's trade on the exchange, for the console's start page. */
export function orderingAdminSummaryRoutes(deps: { db: Db }) {
  return async (app: App) => {
    app.get(
      '/admin/orders/summary',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: ['admin'],
          summary: 'Đơn hàng và GMV hôm nay (giờ Việt Nam), không tính đơn đã hủy hoặc hoàn tiền',
          security: [{ bearerAuth: [] }],
          response: {
            200: Type.Object({
              since: Type.String({ format: 'date-time', description: '0 giờ hôm nay theo giờ Việt Nam' }),
              orders: Type.Integer(),
              gmv: Type.Integer({ description: 'Tổng giá trị đơn (đồng)' }),
            }),
            ...problemResponses(401, 403),
          },
        },
      },
      async () => {
        const since = startOfTodayInVietnam();
        const [row] = await deps.db
          .select({ orders: sql<number>`count(*)::int`, gmv: sql<string>`coalesce(sum(${orders.total}), 0)::bigint` })
          .from(orders)
          .where(and(gte(orders.createdAt, since), notInArray(orders.status, ['cancelled', 'refunded'])));
        return { since: since.toISOString(), orders: Number(row?.orders ?? 0), gmv: Number(row?.gmv ?? 0) };
      },
    );
  };
}
