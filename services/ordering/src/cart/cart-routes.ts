import { type App, Nullable, principalOf, problemResponses, requireUser } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { CartService } from './cart-service.ts';

const CartItem = Type.Object({
  productId: Type.String({ format: 'uuid' }),
  quantity: Type.Integer(),
  isAvailable: Type.Boolean({ description: 'false when the product is no longer on sale' }),
  name: Type.Optional(Type.String()),
  slug: Type.Optional(Type.String()),
  unit: Type.Optional(Type.String()),
  image: Type.Optional(Nullable(Type.String())),
  enterpriseId: Type.Optional(Type.String()),
  unitPrice: Type.Optional(Type.Integer()),
  lineTotal: Type.Optional(Type.Integer()),
  stock: Type.Optional(Type.Integer()),
  minOrderQty: Type.Optional(Type.Integer()),
});
const Cart = Type.Object({ items: Type.Array(CartItem), subtotal: Type.Integer() });
const ProductParams = Type.Object({ productId: Type.String({ format: 'uuid' }) });

/** `/cart`: the signed-in buyer's cart, priced live from the catalog. */
export function cartRoutes(deps: { cart: CartService }) {
  const { cart } = deps;
  const security = [{ bearerAuth: [] }];
  return async (app: App) => {
    app.get(
      '/cart',
      {
        onRequest: requireUser,
        schema: { tags: ['cart'], summary: 'Giỏ hàng', security, response: { 200: Cart, ...problemResponses(401) } },
      },
      async (request) => cart.view(principalOf(request).userId),
    );
    app.put(
      '/cart/items/:productId',
      {
        onRequest: requireUser,
        schema: {
          tags: ['cart'],
          summary: 'Đặt số lượng một sản phẩm trong giỏ',
          security,
          params: ProductParams,
          body: Type.Object({ quantity: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }, { additionalProperties: false }),
          response: { 200: Cart, ...problemResponses(400, 401, 422) },
        },
      },
      async (request) => {
        const userId = principalOf(request).userId;
        await cart.set(userId, request.params.productId, request.body.quantity);
        return cart.view(userId);
      },
    );
    app.delete(
      '/cart/items/:productId',
      {
        onRequest: requireUser,
        schema: {
          tags: ['cart'],
          summary: 'Bỏ một sản phẩm khỏi giỏ',
          security,
          params: ProductParams,
          response: { 200: Cart, ...problemResponses(400, 401) },
        },
      },
      async (request) => {
        const userId = principalOf(request).userId;
        await cart.remove(userId, [request.params.productId]);
        return cart.view(userId);
      },
    );
    app.delete(
      '/cart',
      {
        onRequest: requireUser,
        schema: { tags: ['cart'], summary: 'Xoá giỏ hàng', security, response: { 200: Cart, ...problemResponses(401) } },
      },
      async (request) => {
        const userId = principalOf(request).userId;
        await cart.clear(userId);
        return cart.view(userId);
      },
    );
  };
}
