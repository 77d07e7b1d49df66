import type { Executor } from '@tradeqn/db';
import { and, asc, eq, gt } from 'drizzle-orm';
import { auditLog } from '../db/schema.ts';

/** Who acted, as the access token said: their id and roles at that moment. */
export interface Actor {
  userId: string;
  roles: string[];
}

export interface AccountAuditRecord {
  entityType: 'user' | 'api-key';
  entityId: string;
  action: string;
  actor: Actor;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/**
 * The accounts service's audit log (the shape of `@tradeqn/audit`'s): an entry is written in the
 * caller's transaction, so the decision and its record commit together or not at all.
 */
export const accountAudit = {
  async record(tx: Executor, entry: AccountAuditRecord): Promise<void> {
    await tx.insert(auditLog).values({
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      actorId: entry.actor.userId,
      actorRoles: entry.actor.roles,
      reason: entry.reason ?? null,
      details: entry.details ?? {},
    });
  },
  /** Entries of one entity, oldest first, after `afterId`. */
  async list(tx: Executor, entityType: string, entityId: string, limit: number, afterId = 0) {
    const rows = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId), gt(auditLog.id, afterId)))
      .orderBy(asc(auditLog.id))
      .limit(limit);
    return rows.map((row) => ({ ...row, details: row.details as Record<string, unknown>, at: row.at.toISOString() }));
  },
};
