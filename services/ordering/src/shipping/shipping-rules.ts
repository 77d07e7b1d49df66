import type { Db } from '@tradeqn/db';
import { inArray, sql } from 'drizzle-orm';
import { DEFAULT_SHIPPING_RULE, type ShippingRule } from '../checkout/pricing.ts';
import { shippingRules } from '../db/schema.ts';

/** Each seller's delivery price (flat fee, free from an amount); the platform default until it sets one. */
export function createShippingRules(db: Db) {
  return {
    async forEnterprises(enterpriseIds: string[]): Promise<Map<string, ShippingRule>> {
      const rows = enterpriseIds.length
        ? await db.select().from(shippingRules).where(inArray(shippingRules.enterpriseId, enterpriseIds))
        : [];
      const rules = new Map<string, ShippingRule>(enterpriseIds.map((id) => [id, DEFAULT_SHIPPING_RULE]));
      for (const row of rows) rules.set(row.enterpriseId, { flatFee: row.flatFee, freeFrom: row.freeFrom });
      return rules;
    },
    async set(enterpriseId: string, rule: ShippingRule): Promise<ShippingRule> {
      await db
        .insert(shippingRules)
        .values({ enterpriseId, ...rule })
        .onConflictDoUpdate({
          target: shippingRules.enterpriseId,
          set: { flatFee: rule.flatFee, freeFrom: rule.freeFrom, updatedAt: sql`now()` },
        });
      return rule;
    },
  };
}

export type ShippingRules = ReturnType<typeof createShippingRules>;
