import type { Db } from '@tradeqn/db';
import { type App, problemResponses, ReportYearQuery, requireRole } from '@tradeqn/kit';
import { vnYearRange } from '@tradeqn/vn';
import { lt, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import { ENTERPRISE_TYPES } from '../contract/index.ts';
import { enterprises } from '../db/schema.ts';

/**
 * The year's sellers for the annual report to the Ministry of Industry and Trade: registrations in
 * the year (Việt Nam time), those verified in it, and the sellers on the exchange at the end of the
 * year (verified before it ends and not suspended or rejected today), by type.
 */
export function enterprisesAnnualFiguresRoutes(deps: { db: Db }) {
  return async (app: App) => {
    app.get(
      '/admin/reports/annual/sellers',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: ['admin'],
          summary: 'Người bán của một năm, cho báo cáo năm gửi Bộ Công Thương',
          security: [{ bearerAuth: [] }],
          querystring: ReportYearQuery,
          response: {
            200: Type.Object({
              year: Type.Integer(),
              registered: Type.Integer({ description: 'đăng ký trong năm' }),
              verified: Type.Integer({ description: 'được xác minh trong năm' }),
              active: Type.Integer({ description: 'người bán đang hoạt động: xác minh trước cuối năm, nay vẫn hoạt động' }),
              activeByType: Type.Record(Type.String(), Type.Integer(), {
                examples: [{ company: 3, cooperative: 2, household: 7 }],
              }),
            }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const { from, to } = vnYearRange(request.query.year);
        const inYear = (column: typeof enterprises.createdAt | typeof enterprises.verifiedAt) =>
          sql`${column} >= ${from} AND ${column} < ${to}`;
        const isActive = sql`${enterprises.status} = 'approved' AND ${enterprises.verifiedAt} < ${to}`;
        const rows = await deps.db
          .select({
            type: enterprises.type,
            registered: sql<number>`(count(*) FILTER (WHERE ${inYear(enterprises.createdAt)}))::int`,
            verified: sql<number>`(count(*) FILTER (WHERE ${inYear(enterprises.verifiedAt)}))::int`,
            active: sql<number>`(count(*) FILTER (WHERE ${isActive}))::int`,
          })
          .from(enterprises)
          .where(lt(enterprises.createdAt, to))
          .groupBy(enterprises.type);
        const activeByType = Object.fromEntries(ENTERPRISE_TYPES.map((type) => [type, 0]));
        for (const row of rows) activeByType[row.type] = Number(row.active);
        const sum = (field: 'registered' | 'verified' | 'active') => rows.reduce((total, row) => total + Number(row[field]), 0);
        return {
          year: request.query.year,
          registered: sum('registered'),
          verified: sum('verified'),
          active: sum('active'),
          activeByType,
        };
      },
    );
  };
}
