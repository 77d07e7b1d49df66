import type { Executor } from '@tradeqn/db';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { AuditTable } from './audit-table.ts';

export interface AuditEntry {
  id: number;
  entityType: string;
  entityId: string;
  action: string;
  actorId: string | null;
  actorRoles: string[];
  reason: string | null;
  details: Record<string, unknown>;
  at: string;
}

export interface AuditRecord {
  entityType: string;
  entityId: string;
  action: string;
  actor: { userId: string; roles: string[] } | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

const toRow = (entry: AuditRecord) => ({
  entityType: entry.entityType,
  entityId: entry.entityId,
  action: entry.action,
  actorId: entry.actor?.userId ?? null,
  actorRoles: entry.actor?.roles ?? [],
  reason: entry.reason ?? null,
  details: entry.details ?? {},
});

export function createAuditLog(table: AuditTable) {
  return {
    /** Appends an entry in the caller's transaction, so the decision and its record commit together. */
    async record(tx: Executor, entry: AuditRecord): Promise<void> {
      await tx.insert(table).values(toRow(entry));
    },
    /** Appends many entries in one statement (a bulk decision's), in the caller's transaction. */
    async recordMany(tx: Executor, entries: readonly AuditRecord[]): Promise<void> {
      if (entries.length === 0) return;
      await tx.insert(table).values(entries.map(toRow));
    },
    /** Entries of one entity, oldest first, after `afterId` (keyset pagination). */
    async list(tx: Executor, entityType: string, entityId: string, limit: number, afterId = 0): Promise<AuditEntry[]> {
      const rows = await tx
        .select()
        .from(table)
        .where(and(eq(table.entityType, entityType), eq(table.entityId, entityId), gt(table.id, afterId)))
        .orderBy(asc(table.id))
        .limit(limit);
      return rows.map((row) => ({ ...row, details: row.details as Record<string, unknown>, at: row.at.toISOString() }));
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
