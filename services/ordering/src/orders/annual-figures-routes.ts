import type { Db } from '@tradeqn/db';
import { type App, problemResponses, ReportYearQuery, requireRole } from '@tradeqn/kit';
import { vnYearRange } from '@tradeqn/vn';
import { and, gte, lt, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import type { ComplaintService } from '../complaints/complaint-service.ts';
import { orders } from '../db/schema.ts';

/**
 * The year's trade for the annual report to the Ministry of Industry and Trade: orders placed in
 * the year (Việt Nam time), those cancelled or refunded, those delivered, the GMV — the value of
 * the orders placed that were not cancelled or refunded — and the complaints received and closed.
 */
export function orderingAnnualFiguresRoutes(deps: { db: Db; complaints: Pick<ComplaintService, 'counts'> }) {
  return async (app: App) => {
    app.get(
      '/admin/reports/annual/orders',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: ['admin'],
          summary: 'Đơn hàng và GMV của một năm, cho báo cáo năm gửi Bộ Công Thương',
          security: [{ bearerAuth: [] }],
          querystring: ReportYearQuery,
          response: {
            200: Type.Object({
              year: Type.Integer(),
              placed: Type.Integer({ description: 'đơn đặt trong năm' }),
              cancelled: Type.Integer({ description: 'trong đó đã hủy hoặc hoàn tiền' }),
              delivered: Type.Integer({ description: 'đơn giao thành công trong năm' }),
              buyers: Type.Integer({ description: 'số người mua có đơn trong năm' }),
              sellers: Type.Integer({ description: 'số người bán có đơn trong năm' }),
              gmv: Type.Integer({ description: 'tổng giá trị đơn đặt trong năm, trừ đơn hủy và hoàn tiền (đồng)' }),
              complaintsReceived: Type.Integer({ description: 'khiếu nại nhận trong năm' }),
              complaintsResolved: Type.Integer({ description: 'khiếu nại giải quyết xong trong năm' }),
            }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const { from, to } = vnYearRange(request.query.year);
        const isCancelled = sql`${orders.status} IN ('cancelled', 'refunded')`;
        const [placed] = await deps.db
          .select({
            placed: sql<number>`count(*)::int`,
            cancelled: sql<number>`(count(*) FILTER (WHERE ${isCancelled}))::int`,
            buyers: sql<number>`count(DISTINCT ${orders.buyerId})::int`,
            sellers: sql<number>`count(DISTINCT ${orders.enterpriseId})::int`,
            gmv: sql<string>`coalesce(sum(${orders.total}) FILTER (WHERE NOT ${isCancelled}), 0)::bigint`,
          })
          .from(orders)
          .where(and(gte(orders.createdAt, from), lt(orders.createdAt, to)));
        const complaints = await deps.complaints.counts({ from, to });
        const [delivered] = await deps.db
          .select({ delivered: sql<number>`count(*)::int` })
          .from(orders)
          .where(and(gte(orders.deliveredAt, from), lt(orders.deliveredAt, to)));
        return {
          year: request.query.year,
          placed: Number(placed?.placed ?? 0),
          cancelled: Number(placed?.cancelled ?? 0),
          delivered: Number(delivered?.delivered ?? 0),
          buyers: Number(placed?.buyers ?? 0),
          sellers: Number(placed?.sellers ?? 0),
          gmv: Number(placed?.gmv ?? 0),
          complaintsReceived: complaints.received,
          complaintsResolved: complaints.resolved,
        };
      },
    );
  };
}
