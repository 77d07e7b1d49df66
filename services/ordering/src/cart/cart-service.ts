import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { Db } from '@tradeqn/db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { unitPriceFor } from '../checkout/pricing.ts';
import { cartItems } from '../db/schema.ts';
import { orderErrors } from '../orders/order-errors.ts';

const MAX_LINES = 100;

/** A signed-in buyer's cart; prices are never stored, always read from the catalog when shown. */
export function createCartService(deps: { db: Db; catalog: Pick<CatalogApi, 'getSellableProducts'> }) {
  return {
    async view(userId: string) {
      const rows = await deps.db.select().from(cartItems).where(eq(cartItems.userId, userId)).orderBy(asc(cartItems.addedAt));
      const products = new Map(
        (await deps.catalog.getSellableProducts(rows.map((row) => row.productId))).map((product) => [product.id, product]),
      );
      const items = rows.map((row) => {
        const product = products.get(row.productId);
        if (!product) return { productId: row.productId, quantity: row.quantity, isAvailable: false as const };
        const unitPrice = unitPriceFor(product, row.quantity);
        return {
          productId: row.productId,
          quantity: row.quantity,
          isAvailable: true as const,
          name: product.name,
          slug: product.slug,
          unit: product.unit,
          image: product.images[0] ?? null,
          enterpriseId: product.enterpriseId,
          unitPrice,
          lineTotal: unitPrice * row.quantity,
          stock: product.stock,
          minOrderQty: product.minOrderQty,
        };
      });
      return { items, subtotal: items.reduce((sum, item) => sum + (item.isAvailable ? item.lineTotal : 0), 0) };
    },

    async set(userId: string, productId: string, quantity: number) {
      const [product] = await deps.catalog.getSellableProducts([productId]);
      if (!product) throw orderErrors.ORDERING_PRODUCT_UNAVAILABLE();
      await deps.db.transaction(async (tx) => {
        await tx
          .insert(cartItems)
          .values({ userId, productId, quantity })
          .onConflictDoUpdate({ target: [cartItems.userId, cartItems.productId], set: { quantity } });
        const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(cartItems).where(eq(cartItems.userId, userId));
        if ((count?.n ?? 0) > MAX_LINES) {
          throw orderErrors.ORDERING_INVALID_INPUT({
            vi: `Giỏ hàng có tối đa ${MAX_LINES} sản phẩm`,
            en: `A cart holds at most ${MAX_LINES} products`,
          });
        }
      });
    },

    async remove(userId: string, productIds: string[]) {
      if (productIds.length === 0) return;
      await deps.db.delete(cartItems).where(and(eq(cartItems.userId, userId), inArray(cartItems.productId, productIds)));
    },

    async clear(userId: string) {
      await deps.db.delete(cartItems).where(eq(cartItems.userId, userId));
    },
  };
}

export type CartService = ReturnType<typeof createCartService>;
