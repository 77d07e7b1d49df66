import type { AccessLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import { type App, principalOf, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { WithholdingReturns } from './withholding-return.ts';

const dong = (description: string) => Type.Integer({ description });
const figures = {
  revenue: dong('doanh thu nền tảng đã thu hộ trong tháng'),
  returns: dong('hàng bán bị trả lại / hoàn tiền trong tháng (giảm trừ doanh thu)'),
  netRevenue: dong('doanh thu sau giảm trừ'),
  vatWithheld: dong('thuế GTGT đã khấu trừ'),
  vatReturned: dong('thuế GTGT khấu trừ được hoàn do trả hàng'),
  vatNet: dong('thuế GTGT khấu trừ phải nộp'),
  pitWithheld: dong('thuế TNCN đã khấu trừ'),
  pitReturned: dong('thuế TNCN khấu trừ được hoàn do trả hàng'),
  pitNet: dong('thuế TNCN khấu trừ phải nộp'),
};
const SellerSchema = Type.Object({
  enterpriseId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  type: Type.String({ examples: ['household'] }),
  taxCode: Type.String(),
  address: Type.String(),
  phone: Type.String(),
  email: Type.String(),
  sales: Type.Integer({ description: 'số đơn nền tảng thu tiền trong tháng' }),
  ...figures,
  isWithheld: Type.Boolean({ description: 'nền tảng khấu trừ thuế của người bán này (hộ, cá nhân kinh doanh)' }),
});

/** The platform's monthly Decree 117 withholding return and its list of sellers (admins). */
export function withholdingReturnRoutes(deps: { returns: WithholdingReturns; db: Db; accessLog: AccessLog }) {
  return async (app: App) => {
    app.get(
      '/admin/tax/withholding',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['ledger', 'admin'],
          summary: 'Tờ khai khấu trừ thuế tháng theo Nghị định 117/2025 và danh sách người bán (admin)',
          description:
            'Theo sổ đối soát: doanh thu nền tảng thu hộ, giảm trừ do hoàn tiền, thuế GTGT và TNCN đã khấu trừ và được hoàn, theo từng người bán; tháng tính theo giờ Việt Nam.',
          security: [{ bearerAuth: [] }],
          querystring: Type.Object(
            { month: Type.String({ pattern: '^20\\d\\d-(0[1-9]|1[0-2])$', examples: ['2026-11'] }) },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({ month: Type.String(), sellers: Type.Array(SellerSchema), totals: Type.Object(figures) }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const answer = await deps.returns.forMonth(request.query.month);
        // every seller's revenue and tax: each look by staff is recorded
        await deps.accessLog.record(deps.db, {
          viewer: principalOf(request),
          subject: 'tax-return',
          subjectRef: request.query.month,
          details: { sellers: answer.sellers.length },
        });
        return answer;
      },
    );
  };
}
