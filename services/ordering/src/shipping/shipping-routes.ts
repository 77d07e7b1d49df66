import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import {
  type App,
  isStaff,
  Nullable,
  optionalUser,
  principalOf,
  principalOrNull,
  problemResponses,
  requireUser,
} from '@tradeqn/kit';
import { Type } from 'typebox';
import { orderErrors } from '../orders/order-errors.ts';
import type { ShippingRules } from './shipping-rules.ts';

const Rule = Type.Object({
  flatFee: Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'đồng an order' }),
  freeFrom: Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000_000, description: 'free delivery from this subtotal' })),
});

/**
 * A seller's delivery price, public to read for an approved enterprise (buyers see it before ordering);
 * its members and province staff read it in any status (a pending one sets up its storefront), and
 * members set it.
 */
export function shippingRoutes(deps: { shipping: ShippingRules; enterprises: Pick<EnterprisesApi, 'roleOf' | 'getEnterprise'> }) {
  return async (app: App) => {
    const params = Type.Object({ id: Type.String({ format: 'uuid' }) });
    app.get(
      '/enterprises/:id/shipping-rule',
      {
        onRequest: optionalUser,
        schema: {
          tags: ['orders'],
          summary: 'Phí giao hàng của doanh nghiệp (flat fee, free from an amount)',
          description:
            'Công khai với doanh nghiệp đã duyệt; thành viên và cán bộ Sở đọc được ở mọi trạng thái (chưa đặt thì là mức mặc định).',
          params,
          response: { 200: Rule, ...problemResponses(401, 404) },
        },
      },
      async (request) => {
        const { id } = request.params;
        const enterprise = await deps.enterprises.getEnterprise(id);
        if (!enterprise) throw orderErrors.ORDERING_ENTERPRISE_NOT_FOUND();
        if (enterprise.status !== 'approved') {
          const viewer = principalOrNull(request);
          const isMember = viewer !== null && (await deps.enterprises.roleOf(id, viewer.userId)) !== null;
          if (!isMember && !isStaff(viewer)) throw orderErrors.ORDERING_ENTERPRISE_NOT_FOUND();
        }
        return (await deps.shipping.forEnterprises([id])).get(id);
      },
    );
    app.put(
      '/enterprises/:id/shipping-rule',
      {
        onRequest: requireUser,
        schema: {
          tags: ['orders'],
          summary: 'Đặt phí giao hàng (owner/staff of the enterprise, admin)',
          security: [{ bearerAuth: [] }],
          params,
          body: Type.Object(Rule.properties, { additionalProperties: false }),
          response: { 200: Rule, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const isMember = (await deps.enterprises.roleOf(request.params.id, principal.userId)) !== null;
        if (!isMember && !principal.roles.includes('admin')) throw orderErrors.ORDERING_NOT_ALLOWED();
        return deps.shipping.set(request.params.id, request.body);
      },
    );
  };
}
