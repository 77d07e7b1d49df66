import { type App, PageOf, PageQuery, principalOf, problemResponses, requireUser, StringEnum } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { RefundRow } from './refund-repository.ts';
import type { RefundService } from './refund-service.ts';

const tags = ['payments'];
const bearer = [{ bearerAuth: [] }];

export const REFUND_STATUSES = ['pending', 'sending', 'manual', 'succeeded'] as const;

const RefundSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  paymentId: Type.String({ format: 'uuid' }),
  orderId: Type.String({ format: 'uuid' }),
  orderCode: Type.String(),
  method: Type.String(),
  amount: Type.Integer({ description: 'đồng' }),
  status: StringEnum(REFUND_STATUSES, {
    description:
      'pending: to send through the provider; sending: being sent; manual: a person must send it; succeeded: the money went back',
  }),
  reason: Type.String(),
  payeeEnterpriseId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  providerRef: Type.Union([Type.String(), Type.Null()]),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  completedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

function refundView(row: RefundRow) {
  return {
    id: row.id,
    paymentId: row.paymentId,
    orderId: row.orderId,
    orderCode: row.orderCode,
    method: row.method,
    amount: row.amount,
    status: row.status as (typeof REFUND_STATUSES)[number],
    reason: row.reason,
    payeeEnterpriseId: row.payeeEnterpriseId,
    providerRef: row.providerRef,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

/** Refunds: what staff (and sellers holding a transfer) must send back, and recording that they did. */
export function refundRoutes(deps: { refunds: RefundService }) {
  return async (app: App) => {
    app.get(
      '/admin/refunds',
      {
        preHandler: requireUser,
        schema: {
          tags,
          security: bearer,
          summary: 'Các khoản hoàn tiền (refunds: staff see all, a seller with ?enterpriseId= its own)',
          querystring: Type.Object({
            status: Type.Optional(StringEnum(REFUND_STATUSES)),
            enterpriseId: Type.Optional(Type.String({ format: 'uuid' })),
            ...PageQuery,
          }),
          response: { 200: PageOf(RefundSchema), ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const page = await deps.refunds.list(principalOf(request), request.query);
        return { items: page.items.map(refundView), nextCursor: page.nextCursor };
      },
    );

    app.post(
      '/admin/refunds/:id/complete',
      {
        preHandler: requireUser,
        schema: {
          tags,
          security: bearer,
          summary: 'Ghi nhận đã hoàn tiền thủ công (record a refund sent by hand, with its bank or portal reference)',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object({ reference: Type.String({ minLength: 3, maxLength: 200 }) }),
          response: { 200: RefundSchema, ...problemResponses(400, 401, 404, 409) },
        },
      },
      async (request) =>
        refundView(await deps.refunds.recordSentByHand(principalOf(request), request.params.id, request.body.reference.trim())),
    );
  };
}
