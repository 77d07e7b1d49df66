import { type App, principalOf, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { BudgetService } from './budget-service.ts';
import type { SupportLineService } from './support-line-service.ts';
import {
  BudgetPlanBody,
  BudgetYearSchema,
  LineCode,
  NewSupportLineBody,
  SupportLineBody,
  SupportLineSchema,
  SupportYear,
} from './support-schemas.ts';

const tags = ['programme support'];
const adminTags = ['admin', 'programme support'];
const security = [{ bearerAuth: [] }];

/** The support lines (public) and, for staff, the budget per year and source; admins edit both. */
export function supportRoutes(deps: { lines: SupportLineService; budget: BudgetService }) {
  const staff = requireRole('admin', 'moderator');
  const admin = requireRole('admin');
  return async (app: App) => {
    app.addSchema(SupportLineSchema);
    app.addSchema(BudgetYearSchema);

    app.get(
      '/programme/support-lines',
      {
        schema: {
          tags,
          summary: 'Các tuyến hỗ trợ doanh nghiệp đang nhận hồ sơ, mức hỗ trợ và phần của từng nguồn',
          response: { 200: Type.Array(Type.Ref('SupportLine')) },
        },
      },
      async () => deps.lines.list(),
    );

    app.get(
      '/admin/programme/support-lines',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Mọi tuyến hỗ trợ, kể cả tuyến đã ngừng',
          security,
          response: { 200: Type.Array(Type.Ref('SupportLine')), ...problemResponses(401, 403) },
        },
      },
      async () => deps.lines.list({ all: true }),
    );

    app.post(
      '/admin/programme/support-lines',
      {
        onRequest: admin,
        schema: {
          tags: adminTags,
          summary: 'Thêm tuyến hỗ trợ (ba phần phải cộng đúng bằng mức hỗ trợ)',
          security,
          body: NewSupportLineBody,
          response: { 201: Type.Ref('SupportLine'), ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return deps.lines.create(principalOf(request), request.body);
      },
    );

    app.put(
      '/admin/programme/support-lines/:code',
      {
        onRequest: admin,
        schema: {
          tags: adminTags,
          summary: 'Sửa tuyến hỗ trợ (hồ sơ đã nộp giữ mức hỗ trợ lúc nộp)',
          security,
          params: Type.Object({ code: LineCode }),
          body: SupportLineBody,
          response: { 200: Type.Ref('SupportLine'), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => deps.lines.update(principalOf(request), request.params.code, request.body),
    );

    app.get(
      '/admin/programme/support-budget',
      {
        onRequest: staff,
        schema: {
          tags: adminTags,
          summary: 'Kinh phí hỗ trợ theo năm và nguồn: kế hoạch, đã cam kết, đã giải ngân, còn lại',
          security,
          response: { 200: Type.Array(Type.Ref('SupportBudgetYear')), ...problemResponses(401, 403) },
        },
      },
      async () => deps.budget.years(),
    );

    app.put(
      '/admin/programme/support-budget/:year',
      {
        onRequest: admin,
        schema: {
          tags: adminTags,
          summary: 'Đặt kế hoạch kinh phí của một năm theo nguồn (không thấp hơn số đã cam kết: 409)',
          security,
          params: Type.Object({ year: SupportYear }),
          body: BudgetPlanBody,
          response: { 200: Type.Ref('SupportBudgetYear'), ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request) => deps.budget.setPlan(principalOf(request), request.params.year, request.body),
    );
  };
}
