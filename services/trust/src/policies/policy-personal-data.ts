import type { PersonalDataSource } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import { asc, eq } from 'drizzle-orm';
import { policyAcceptances, policyVersions } from '../db/schema.ts';

/** Which versions of the rules and policies a person accepted, and when, for their data export. */
export function policyPersonalData(deps: { db: Db }): PersonalDataSource {
  return {
    async sections(userId) {
      const rows = await deps.db
        .select({
          document: policyVersions.slug,
          version: policyVersions.version,
          effectiveFrom: policyVersions.effectiveFrom,
          acceptedAt: policyAcceptances.acceptedAt,
        })
        .from(policyAcceptances)
        .innerJoin(policyVersions, eq(policyVersions.id, policyAcceptances.versionId))
        .where(eq(policyAcceptances.userId, userId))
        .orderBy(asc(policyAcceptances.acceptedAt), asc(policyVersions.slug));
      return [{ name: 'policy-acceptances', description: 'Các phiên bản quy chế, chính sách bạn đã đồng ý', rows }];
    },
  };
}
