import { type App, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { ReportService } from './reports/report-service.ts';
import type { TakedownService } from './takedowns/takedown-service.ts';

/** What waits for province staff in trust, for the console's start page. */
export function trustSummaryRoutes(deps: { takedowns: TakedownService; reports: ReportService }) {
  return async (app: App) => {
    app.get(
      '/admin/trust/summary',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: ['admin', 'trust'],
          summary: 'Việc chờ xử lý: yêu cầu gỡ bỏ đang mở (và số đã quá 24 giờ), báo cáo vi phạm chờ xử lý',
          security: [{ bearerAuth: [] }],
          response: {
            200: Type.Object({
              openTakedowns: Type.Integer(),
              overdueTakedowns: Type.Integer({ description: 'Đang mở và đã quá 24 giờ kể từ khi nhận' }),
              openReports: Type.Integer(),
            }),
            ...problemResponses(401, 403),
          },
        },
      },
      async () => {
        const [takedowns, openReports] = await Promise.all([deps.takedowns.counts(), deps.reports.countOpen()]);
        return { openTakedowns: takedowns.open, overdueTakedowns: takedowns.overdue, openReports };
      },
    );
  };
}
