import type { Db } from '@tradeqn/db';
import { inArray, sql } from 'drizzle-orm';
import { DEFAULT_SHIPPING_RULE, type ShippingRule } from '../checkout/pricing.ts';
import { shippingRules } from '../db/schema.ts';

// read on every checkout, changed rarely: another process sees a change within this time
const CACHE_MS = 10_000;

/** Each seller's delivery price (flat fee, free from an amount); the platform default until it sets one. */
export function createShippingRules(db: Db) {
  const cache = new Map<string, { rule: ShippingRule; at: number }>();
  return {
    async forEnterprises(enterpriseIds: string[]): Promise<Map<string, ShippingRule>> {
      const now = Date.now();
      const rules = new Map<string, ShippingRule>();
      for (const id of enterpriseIds) {
        const hit = cache.get(id);
        if (hit && now - hit.at < CACHE_MS) rules.set(id, hit.rule);
      }
      const missing = enterpriseIds.filter((id) => !rules.has(id));
      if (missing.length === 0) return rules;
      const rows = await db.select().from(shippingRules).where(inArray(shippingRules.enterpriseId, missing));
      for (const id of missing) {
        const row = rows.find((one) => one.enterpriseId === id);
        const rule = row ? { flatFee: row.flatFee, freeFrom: row.freeFrom } : DEFAULT_SHIPPING_RULE;
        rules.set(id, rule);
        cache.set(id, { rule, at: now });
      }
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
      cache.set(enterpriseId, { rule, at: Date.now() });
      return rule;
    },
  };
}

export type ShippingRules = ReturnType<typeof createShippingRules>;
