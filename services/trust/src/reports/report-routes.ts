import { type App, limitBy, optionalUser, principalOf, principalOrNull, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import { IdParams } from '../takedowns/takedown-schemas.ts';
import {
  ActBody,
  CreateReportBody,
  DismissBody,
  ReportListQuery,
  ReportPage,
  ReportReceipt,
  ReportSchema,
} from './report-schemas.ts';
import type { ReportService } from './report-service.ts';

const adminTags = ['admin', 'trust'];
const security = [{ bearerAuth: [] }];
const Report = Type.Ref('Report');

/** Anyone reports a listing or an enterprise; province staff dismiss or act on the reports. */
export function reportRoutes(deps: { reports: ReportService; perHour: number }) {
  const { reports } = deps;
  const staff = requireRole('admin', 'moderator');
  return async (app: App) => {
    app.addSchema(ReportSchema);
    // besides the limit per address, one per account (or per e-mail given): a reporter who
    // changes address does not flood the queue
    const perReporter = limitBy(app, {
      max: deps.perHour,
      timeWindow: '1 hour',
      key: (request) => {
        const principal = principalOrNull(request);
        if (principal) return `trust-report:user:${principal.userId}`;
        const email = (request.body as { email?: unknown } | undefined)?.email;
        // no e-mail: the request is refused further on; counted by address, not in one shared bucket
        return typeof email === 'string' ? `trust-report:email:${email.trim().toLowerCase()}` : `trust-report:ip:${request.ip}`;
      },
    });

    app.post(
      '/reports',
      {
        onRequest: optionalUser,
        preHandler: perReporter,
        config: { rateLimit: { max: deps.perHour, timeWindow: '1 hour' } },
        schema: {
          tags: ['trust'],
          summary: 'Báo cáo vi phạm về một tin đăng hoặc doanh nghiệp (khách chưa đăng nhập cần nhập email để nhận kết quả)',
          body: CreateReportBody,
          response: { 201: ReportReceipt, ...problemResponses(400, 401, 422, 429) },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return reports.create(principalOrNull(request), request.body);
      },
    );

    app.get(
      '/admin/reports',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Hàng đợi báo cáo vi phạm, mới nhất trước',
          security,
          querystring: ReportListQuery,
          response: { 200: ReportPage, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => reports.list(request.query),
    );

    app.get(
      '/admin/reports/:id',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Một báo cáo vi phạm',
          security,
          params: IdParams,
          response: { 200: Report, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => reports.get(request.params.id),
    );

    app.post(
      '/admin/reports/:id/dismiss',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Bác báo cáo kèm lý do (người báo cáo được báo kết quả qua email)',
          security,
          params: IdParams,
          body: DismissBody,
          response: { 200: Report, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => reports.dismiss(principalOf(request), request.params.id, request.body.reason),
    );

    app.post(
      '/admin/reports/:id/remove',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Xử lý báo cáo: gỡ bỏ đối tượng kèm căn cứ pháp lý (báo cho người bán và người báo cáo)',
          security,
          params: IdParams,
          body: ActBody,
          response: { 200: Report, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => reports.act(principalOf(request), request.params.id, request.body.legalBasis),
    );
  };
}
