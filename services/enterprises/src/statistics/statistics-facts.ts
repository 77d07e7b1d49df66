import type { Db } from '@tradeqn/db';
import { and, eq, lt } from 'drizzle-orm';
import type { EnterpriseStatisticsFact } from '../contract/index.ts';
import { enterprises } from '../db/schema.ts';

/**
 * For the province's statistics: the sellers on the exchange at `before` (verified before it and
 * approved today, as the annual report counts them), with where they are and what they trade.
 */
export async function statisticsFacts(db: Db, before: Date): Promise<EnterpriseStatisticsFact[]> {
  const rows = await db
    .select({
      id: enterprises.id,
      type: enterprises.type,
      provinceCode: enterprises.provinceCode,
      wardCode: enterprises.wardCode,
      wardName: enterprises.wardName,
      sectors: enterprises.sectors,
      website: enterprises.website,
      customDomainVerifiedAt: enterprises.customDomainVerifiedAt,
    })
    .from(enterprises)
    .where(and(eq(enterprises.status, 'approved'), lt(enterprises.verifiedAt, before)));
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    provinceCode: row.provinceCode,
    wardCode: row.wardCode,
    wardName: row.wardName,
    sectors: row.sectors,
    hasWebsite: row.website !== null || row.customDomainVerifiedAt !== null,
    hasOwnDomain: row.customDomainVerifiedAt !== null,
  }));
}
