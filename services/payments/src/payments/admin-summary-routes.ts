import type { Db } from '@tradeqn/db';
import { type App, problemResponses, requireRole } from '@tradeqn/kit';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import { payments } from '../db/schema.ts';

/** Money waiting for an admin: late payments (paid after their order expired) not yet sent back. */
export function paymentsAdminSummaryRoutes(deps: { db: Db }) {
  return async (app: App) => {
    app.get(
      '/admin/payments/summary',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['payments', 'admin'],
          summary: 'Số khoản tiền đến muộn chờ hoàn lại (late payments to refund; admin)',
          security: [{ bearerAuth: [] }],
          response: {
            200: Type.Object({
              lateToRefund: Type.Integer(),
              lateToRefundAmount: Type.Integer({ description: 'Tổng số tiền (đồng)' }),
            }),
            ...problemResponses(401, 403),
          },
        },
      },
      async () => {
        const [row] = await deps.db
          .select({ count: sql<number>`count(*)::int`, amount: sql<string>`coalesce(sum(${payments.amount}), 0)::bigint` })
          .from(payments)
          .where(and(eq(payments.status, 'expired'), isNotNull(payments.latePaidAt)));
        return { lateToRefund: Number(row?.count ?? 0), lateToRefundAmount: Number(row?.amount ?? 0) };
      },
    );
  };
}
