import type { Db, Executor } from '@tradeqn/db';
import { asc, desc, eq } from 'drizzle-orm';
import { documents, verifications } from '../db/schema.ts';

/** How staff checked a seller: the papers it filed, the national business registry, the tax registry, in person, an electronic ID (VNeID). */
export const VERIFICATION_METHODS = ['documents', 'business_registry', 'tax_registry', 'in_person', 'electronic_id'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export interface VerificationInput {
  method?: VerificationMethod | undefined;
  evidence?: string | undefined;
}

export interface VerificationRecord {
  id: string;
  decision: string;
  method: string;
  evidence: string | null;
  documents: { id: string; kind: string; fileName: string; uploadedAt: string }[];
  officialId: string;
  officialRoles: string[];
  decidedAt: string;
}

/**
 * Writes the record of an approval or a rejection in the decision's transaction: the method (the
 * documents on file when none is named), what was checked, and those documents as they were.
 */
export async function recordVerification(
  tx: Executor,
  input: { enterpriseId: string; decision: string; actor: { userId: string; roles: string[] } } & VerificationInput,
): Promise<void> {
  const onFile = await tx
    .select({ id: documents.id, kind: documents.kind, fileName: documents.fileName, uploadedAt: documents.uploadedAt })
    .from(documents)
    .where(eq(documents.enterpriseId, input.enterpriseId))
    .orderBy(asc(documents.uploadedAt), asc(documents.id));
  await tx.insert(verifications).values({
    enterpriseId: input.enterpriseId,
    decision: input.decision,
    method: input.method ?? 'documents',
    evidence: input.evidence?.trim() || null,
    documents: onFile.map((doc) => ({ ...doc, uploadedAt: doc.uploadedAt.toISOString() })),
    officialId: input.actor.userId,
    officialRoles: input.actor.roles,
  });
}

/** An enterprise's verification records, the latest first. */
export async function listVerifications(db: Db, enterpriseId: string): Promise<VerificationRecord[]> {
  const rows = await db
    .select()
    .from(verifications)
    .where(eq(verifications.enterpriseId, enterpriseId))
    .orderBy(desc(verifications.decidedAt), desc(verifications.id));
  return rows.map((row) => ({
    id: row.id,
    decision: row.decision,
    method: row.method,
    evidence: row.evidence,
    documents: row.documents,
    officialId: row.officialId,
    officialRoles: row.officialRoles,
    decidedAt: row.decidedAt.toISOString(),
  }));
}
