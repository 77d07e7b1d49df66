import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { type App, principalOf, problemResponses, requireRole, requireUser } from '@tradeqn/kit';
import { Type } from 'typebox';
import { paymentErrors } from '../payments/payment-errors.ts';
import { checkSellerAccess } from '../payments/seller-access.ts';
import { type LedgerService, statementCsv } from './ledger-service.ts';

const tags = ['ledger'];
const bearer = [{ bearerAuth: [] }];
const MONTH = '^20\\d\\d-(0[1-9]|1[0-2])$';
const EntrySchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  amount: Type.Integer(),
  orderId: Type.Union([Type.String(), Type.Null()]),
  orderCode: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

/** Each seller's account with the platform: balance, monthly statement (JSON or CSV), payouts by staff. */
export function ledgerRoutes(deps: { ledger: LedgerService; enterprises: Pick<EnterprisesApi, 'roleOf' | 'getEnterprise'> }) {
  const { ledger, enterprises } = deps;

  return async (app: App) => {
    const params = Type.Object({ id: Type.String({ format: 'uuid' }) });

    app.get(
      '/enterprises/:id/ledger',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Sổ đối soát của doanh nghiệp theo tháng (members, staff)',
          security: bearer,
          params,
          querystring: Type.Object({ month: Type.Optional(Type.String({ pattern: MONTH })) }),
          response: {
            200: Type.Object({
              enterpriseId: Type.String(),
              month: Type.String(),
              balance: Type.Integer(),
              payable: Type.Integer({ description: 'what may be paid out now: delivered orders, less payouts' }),
              openingBalance: Type.Integer(),
              closingBalance: Type.Integer(),
              entries: Type.Array(EntrySchema),
            }),
            ...problemResponses(400, 401, 404),
          },
        },
      },
      async (request) => {
        await checkSellerAccess(enterprises, principalOf(request), request.params.id);
        const month = request.query.month ?? new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
        const statement = await ledger.statement(request.params.id, month);
        return {
          ...statement,
          balance: await ledger.balance(request.params.id),
          payable: await ledger.payable(request.params.id),
          entries: statement.entries.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() })),
        };
      },
    );

    app.get(
      '/enterprises/:id/statements/:month',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Bảng kê tháng (CSV), e.g. /statements/2026-11.csv',
          security: bearer,
          params: Type.Object({
            id: Type.String({ format: 'uuid' }),
            month: Type.String({ pattern: '^20\\d\\d-(0[1-9]|1[0-2])\\.csv$' }),
          }),
          response: { 200: Type.String(), ...problemResponses(400, 401, 404) },
        },
      },
      async (request, reply) => {
        await checkSellerAccess(enterprises, principalOf(request), request.params.id);
        const month = request.params.month.slice(0, 7);
        const csv = statementCsv(await ledger.statement(request.params.id, month));
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="bang-ke-${month}.csv"`)
          .send(csv);
      },
    );

    app.post(
      '/admin/enterprises/:id/payouts',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['ledger', 'admin'],
          summary: 'Ghi nhận khoản chi trả cho doanh nghiệp (admin)',
          security: bearer,
          params,
          body: Type.Object(
            {
              amount: Type.Integer({ minimum: 1, maximum: 100_000_000_000 }),
              reference: Type.String({ minLength: 1, maxLength: 200 }),
            },
            { additionalProperties: false },
          ),
          response: {
            201: Type.Object({ balance: Type.Integer(), payable: Type.Integer() }),
            ...problemResponses(400, 401, 403, 404, 422),
          },
        },
      },
      async (request, reply) => {
        if (!(await enterprises.getEnterprise(request.params.id))) throw paymentErrors.PAYMENTS_NOT_FOUND();
        const { amount, reference } = request.body;
        return reply.code(201).send(await ledger.recordPayout(principalOf(request).userId, request.params.id, amount, reference));
      },
    );
  };
}
