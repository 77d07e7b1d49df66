import { type App, Nullable, principalOf, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { KeyProducts } from './key-products.ts';

const KeyProduct = Type.Object({
  id: Type.String({ format: 'uuid' }),
  slug: Type.String(),
  name: Type.String(),
  price: Type.Integer({ description: 'đồng' }),
  unit: Type.String(),
  ocopStars: Nullable(Type.Integer({ description: 'số sao OCOP đã được Sở xác nhận' })),
  enterprise: Type.Object({ id: Type.String({ format: 'uuid' }), slug: Type.String(), name: Type.String() }),
});

/** `GET /key-products` (public) and staff marking a listing as one of the province's key products. */
export function keyProductRoutes(deps: { keyProducts: KeyProducts }) {
  return async (app: App) => {
    app.get(
      '/key-products',
      {
        schema: {
          tags: ['catalog'],
          summary: 'Sản phẩm chủ lực của tỉnh đang bán trên Sàn, theo tên',
          response: { 200: Type.Array(KeyProduct) },
        },
      },
      async () => deps.keyProducts.list(),
    );

    app.put(
      '/admin/products/:id/key-product',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: ['admin'],
          summary: 'Đánh dấu (hoặc bỏ) sản phẩm chủ lực của tỉnh',
          security: [{ bearerAuth: [] }],
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object({ isKeyProduct: Type.Boolean() }, { additionalProperties: false }),
          response: {
            200: Type.Object({ id: Type.String(), isKeyProduct: Type.Boolean() }),
            ...problemResponses(400, 401, 403, 404),
          },
        },
      },
      async (request) => deps.keyProducts.mark(principalOf(request), request.params.id, request.body.isKeyProduct),
    );
  };
}
