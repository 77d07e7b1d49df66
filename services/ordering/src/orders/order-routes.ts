import {
  type App,
  acceptEmptyBody,
  PageOf,
  PageQuery,
  principalOf,
  problemResponses,
  requireRole,
  requireUser,
  StringEnum,
} from '@tradeqn/kit';
import { PaymentViewSchema } from '@tradeqn/payments/contract';
import { Type } from 'typebox';
import { ORDER_STATUSES } from '../contract/index.ts';
import { HistoryEntrySchema, OrderSchema } from './order-mapping.ts';
import type { OrderService } from './order-service.ts';

const tags = ['orders'];
const bearer = [{ bearerAuth: [] }];
const Order = Type.Ref('Order');
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const OrderDetail = Type.Intersect([
  OrderSchema,
  Type.Object({
    history: Type.Array(HistoryEntrySchema),
    payments: Type.Array(PaymentViewSchema),
    allowedTransitions: Type.Array(StringEnum(ORDER_STATUSES), {
      description: 'các trạng thái người gọi được chuyển đơn sang lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở)',
    }),
  }),
]);
const ReasonBody = Type.Object(
  { reason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })) },
  { additionalProperties: false },
);

/** Orders as each party sees them, and their moves through the state machine. */
export function orderRoutes(deps: { orders: OrderService }) {
  const { orders } = deps;
  return async (app: App) => {
    app.addSchema(OrderSchema);

    app.get(
      '/orders',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Đơn hàng của tôi, hoặc của doanh nghiệp (`enterpriseId`, members)',
          security: bearer,
          querystring: Type.Object({
            enterpriseId: Type.Optional(Type.String({ format: 'uuid' })),
            status: Type.Optional(StringEnum(ORDER_STATUSES)),
            code: Type.Optional(
              Type.String({ minLength: 1, maxLength: 20, description: 'mã đơn, cả mã (`QNG-7K3F2`) hoặc phần đầu (`QNG-7K`)' }),
            ),
            ...PageQuery,
          }),
          response: { 200: PageOf(Order), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => orders.list(principalOf(request), request.query),
    );

    app.get(
      '/orders/counts',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Số đơn của doanh nghiệp theo từng trạng thái (members, staff)',
          security: bearer,
          querystring: Type.Object({ enterpriseId: Type.String({ format: 'uuid' }) }),
          response: {
            200: Type.Object({
              all: Type.Integer(),
              ...Object.fromEntries(ORDER_STATUSES.map((status) => [status, Type.Integer()])),
            }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => orders.counts(principalOf(request), request.query.enterpriseId),
    );

    app.get(
      '/admin/orders',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: ['orders', 'admin'],
          summary: 'Mọi đơn hàng trên sàn (province staff)',
          security: bearer,
          querystring: Type.Object({ status: Type.Optional(StringEnum(ORDER_STATUSES)), ...PageQuery }),
          response: { 200: PageOf(Order), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => orders.list(principalOf(request), { ...request.query, scope: 'all' }),
    );

    app.get(
      '/orders/:id',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Chi tiết đơn hàng, lịch sử trạng thái và thanh toán (buyer, seller, staff)',
          security: bearer,
          params: IdParams,
          response: { 200: OrderDetail, ...problemResponses(401, 404) },
        },
      },
      async (request) => orders.get(principalOf(request), request.params.id),
    );

    app.post(
      '/orders/:id/cancel',
      {
        onRequest: requireUser,
        preValidation: acceptEmptyBody,
        schema: {
          tags,
          summary: 'Huỷ đơn (người mua trước khi giao, hoặc doanh nghiệp); hàng trở lại kho',
          security: bearer,
          params: IdParams,
          body: ReasonBody,
          response: { 200: OrderDetail, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => orders.transition(principalOf(request), request.params.id, 'cancelled', request.body.reason),
    );

    app.post(
      '/orders/:id/transitions',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Chuyển trạng thái đơn: pending → confirmed → shipping → delivered → completed',
          security: bearer,
          params: IdParams,
          body: Type.Object(
            { to: StringEnum(ORDER_STATUSES), reason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })) },
            { additionalProperties: false },
          ),
          response: { 200: OrderDetail, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => orders.transition(principalOf(request), request.params.id, request.body.to, request.body.reason),
    );
  };
}
