import type { AuditLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { asc, eq } from 'drizzle-orm';
import { products } from '../db/schema.ts';
import { productErrors } from './product-errors.ts';
import { isPublic } from './product-visibility.ts';

type Person = { userId: string; roles: string[] };

export interface KeyProductDto {
  id: string;
  slug: string;
  name: string;
  price: number;
  unit: string;
  ocopStars: number | null;
  enterprise: { id: string; slug: string; name: string };
}

/**
 * The province's key products (sản phẩm chủ lực): staff mark listings, and the export directory
 * lists those the public may see (approved, their enterprise approved), by name.
 */
export function createKeyProducts(deps: { db: Db; audit: AuditLog; enterprises: Pick<EnterprisesApi, 'getEnterprises'> }) {
  return {
    async list(): Promise<KeyProductDto[]> {
      const rows = await deps.db
        .select({
          id: products.id,
          slug: products.slug,
          name: products.name,
          price: products.price,
          unit: products.unit,
          ocopStars: products.ocopStars,
          ocopVerifiedAt: products.ocopVerifiedAt,
          status: products.status,
          enterpriseId: products.enterpriseId,
        })
        .from(products)
        .where(eq(products.isKeyProduct, true))
        .orderBy(asc(products.name))
        .limit(1000);
      const sellers = new Map(
        (await deps.enterprises.getEnterprises([...new Set(rows.map((row) => row.enterpriseId))])).map((one) => [one.id, one]),
      );
      // by name as Vietnamese sorts it (Đ after D), whatever the database's collation
      const byName = new Intl.Collator('vi');
      return rows
        .sort((a, b) => byName.compare(a.name, b.name))
        .flatMap((row) => {
          const seller = sellers.get(row.enterpriseId);
          if (!seller || !isPublic(row, seller)) return [];
          return [
            {
              id: row.id,
              slug: row.slug,
              name: row.name,
              price: row.price,
              unit: row.unit,
              // a star rating shows only once staff checked its certificate
              ocopStars: row.ocopVerifiedAt ? row.ocopStars : null,
              enterprise: { id: seller.id, slug: seller.slug, name: seller.name },
            },
          ];
        });
    },

    async mark(actor: Person, id: string, isKeyProduct: boolean): Promise<{ id: string; isKeyProduct: boolean }> {
      return deps.db.transaction(async (tx) => {
        const [row] = await tx.update(products).set({ isKeyProduct }).where(eq(products.id, id)).returning({ id: products.id });
        if (!row) throw productErrors.CATALOG_PRODUCT_NOT_FOUND();
        await deps.audit.record(tx, {
          entityType: 'product',
          entityId: id,
          action: isKeyProduct ? 'key-product' : 'not-key-product',
          actor,
        });
        return { id, isKeyProduct };
      });
    },
  };
}

export type KeyProducts = ReturnType<typeof createKeyProducts>;
