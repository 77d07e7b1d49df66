import type { Db } from '@tradeqn/db';
import { type App, problemResponses, ReportYearQuery, requireRole } from '@tradeqn/kit';
import { vnYearRange } from '@tradeqn/vn';
import { lt, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import { products } from '../db/schema.ts';

/**
 * The year's listings for the annual report to the Ministry of Industry and Trade: those created
 * in the year (Việt Nam time), those approved in it (a listing approved again after an edit counts
 * in the year of its latest approval), and those live at the end of the year (approved before it
 * ends and still approved today).
 */
export function catalogAnnualFiguresRoutes(deps: { db: Db }) {
  return async (app: App) => {
    app.get(
      '/admin/reports/annual/listings',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: ['admin'],
          summary: 'Tin đăng bán của một năm, cho báo cáo năm gửi Bộ Công Thương',
          security: [{ bearerAuth: [] }],
          querystring: ReportYearQuery,
          response: {
            200: Type.Object({
              year: Type.Integer(),
              created: Type.Integer({ description: 'tin đăng tạo trong năm' }),
              approved: Type.Integer({ description: 'tin được duyệt trong năm' }),
              live: Type.Integer({ description: 'tin đang bán: được duyệt trước cuối năm và vẫn đang bán' }),
            }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const { from, to } = vnYearRange(request.query.year);
        const inYear = (column: typeof products.createdAt | typeof products.approvedAt) =>
          sql`${column} >= ${from} AND ${column} < ${to}`;
        const [row] = await deps.db
          .select({
            created: sql<number>`(count(*) FILTER (WHERE ${inYear(products.createdAt)}))::int`,
            approved: sql<number>`(count(*) FILTER (WHERE ${inYear(products.approvedAt)}))::int`,
            live: sql<number>`(count(*) FILTER (WHERE ${products.status} = 'approved' AND ${products.approvedAt} < ${to}))::int`,
          })
          .from(products)
          .where(lt(products.createdAt, to));
        return {
          year: request.query.year,
          created: Number(row?.created ?? 0),
          approved: Number(row?.approved ?? 0),
          live: Number(row?.live ?? 0),
        };
      },
    );
  };
}
