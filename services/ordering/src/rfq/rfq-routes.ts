import {
  type App,
  optionalUser,
  PageOf,
  PageQuery,
  principalOf,
  principalOrNull,
  problemResponses,
  requireUser,
  requireVerifiedEmail,
  StringEnum,
} from '@tradeqn/kit';
import { PAYMENT_METHODS } from '@tradeqn/payments/contract';
import { Type } from 'typebox';
import { CheckoutResponse, IdempotencyHeaders, ShippingAddressBody } from '../checkout/checkout-schemas.ts';
import type { CheckoutService } from '../checkout/checkout-service.ts';
import { EnterpriseQuote, Quote, Rfq, RfqDetail, RfqParams } from './rfq-schemas.ts';
import type { RfqService } from './rfq-service.ts';

const tags = ['rfq'];
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const bearer = [{ bearerAuth: [] }];
const dateTime = (description: string) => Type.String({ format: 'date-time', description });

/** `/rfqs`: requests for quotes, quotes, and accepting one as an order. */
export function rfqRoutes(deps: { rfqs: RfqService; checkout: CheckoutService }) {
  const { rfqs, checkout } = deps;
  return async (app: App) => {
    app.post(
      '/rfqs',
      {
        onRequest: requireVerifiedEmail,
        schema: {
          tags,
          summary: 'Đăng yêu cầu báo giá (RFQ)',
          security: bearer,
          body: Type.Object(
            {
              title: Type.String({ minLength: 3, maxLength: 200 }),
              description: Type.String({ minLength: 1, maxLength: 5000 }),
              categoryId: Type.Optional(Type.String({ format: 'uuid' })),
              quantity: Type.Integer({ minimum: 1, maximum: 100_000_000 }),
              unit: Type.String({ minLength: 1, maxLength: 20 }),
              targetPrice: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000_000 })),
              deadline: dateTime('quotes are taken until then'),
            },
            { additionalProperties: false },
          ),
          response: { 201: Rfq, ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) => reply.code(201).send(await rfqs.create(principalOf(request).userId, request.body)),
    );

    app.get(
      '/rfqs',
      {
        onRequest: optionalUser,
        schema: {
          tags,
          summary: 'Yêu cầu báo giá đang mở (or `mine=true`: my own)',
          querystring: Type.Object({
            mine: Type.Optional(Type.Boolean()),
            categoryIds: Type.Optional(
              Type.String({
                pattern: `^${UUID}(,${UUID}){0,49}$`,
                description: 'chỉ các yêu cầu thuộc những danh mục này (tối đa 50 id, cách nhau bằng dấu phẩy)',
              }),
            ),
            ...PageQuery,
          }),
          response: { 200: PageOf(Rfq), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const { categoryIds, ...query } = request.query;
        return rfqs.list(principalOrNull(request), { ...query, ...(categoryIds ? { categoryIds: categoryIds.split(',') } : {}) });
      },
    );

    app.get(
      '/enterprises/:id/quotes',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Báo giá doanh nghiệp đã gửi, kèm yêu cầu và trạng thái (members, staff)',
          security: bearer,
          params: RfqParams,
          querystring: Type.Object({ ...PageQuery }),
          response: { 200: PageOf(EnterpriseQuote), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => rfqs.quotesOf(principalOf(request), request.params.id, request.query),
    );

    app.get(
      '/rfqs/:id',
      {
        onRequest: optionalUser,
        schema: {
          tags,
          summary: 'Chi tiết yêu cầu báo giá; báo giá hiện cho người mua và cho doanh nghiệp đã báo giá',
          params: RfqParams,
          response: { 200: RfqDetail, ...problemResponses(401, 404) },
        },
      },
      async (request) => rfqs.get(principalOrNull(request), request.params.id),
    );

    app.post(
      '/rfqs/:id/quotes',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Gửi báo giá (members of an approved enterprise)',
          security: bearer,
          params: RfqParams,
          body: Type.Object(
            {
              enterpriseId: Type.String({ format: 'uuid' }),
              productId: Type.Optional(Type.String({ format: 'uuid' })),
              unitPrice: Type.Integer({ minimum: 1, maximum: 100_000_000_000 }),
              quantity: Type.Integer({ minimum: 1, maximum: 100_000_000 }),
              message: Type.String({ maxLength: 5000 }),
              validUntil: dateTime('the quote can be accepted until then'),
            },
            { additionalProperties: false },
          ),
          response: { 201: Quote, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => reply.code(201).send(await rfqs.quote(principalOf(request), request.params.id, request.body)),
    );

    app.post(
      '/rfqs/:id/quotes/:quoteId/accept',
      {
        onRequest: requireVerifiedEmail,
        schema: {
          tags,
          summary: 'Chấp nhận báo giá → đơn hàng theo giá đã báo (như POST /orders)',
          security: bearer,
          params: Type.Object({ id: Type.String({ format: 'uuid' }), quoteId: Type.String({ format: 'uuid' }) }),
          headers: IdempotencyHeaders,
          body: Type.Object(
            {
              shippingAddress: ShippingAddressBody,
              paymentMethod: StringEnum(PAYMENT_METHODS),
              note: Type.Optional(Type.String({ maxLength: 1000 })),
            },
            { additionalProperties: false },
          ),
          response: { 201: CheckoutResponse, ...problemResponses(400, 401, 404, 409, 422, 502) },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const { id, quoteId } = request.params;
        const { result } = await checkout.idempotent(
          principal.userId,
          request.headers['idempotency-key'],
          { accept: quoteId, ...request.body },
          () => rfqs.accept(principal, id, quoteId, request.body, request.ip),
        );
        return reply.code(201).send(result);
      },
    );
  };
}
