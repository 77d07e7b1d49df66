import type { Executor } from '@tradeqn/db';
import { desc, lt } from 'drizzle-orm';
import { bigserial, index, jsonb, type PgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every time staff opened data the law guards (Law 91/2025 on personal data, the Law on Tax
 * Administration): who, when, what and whose. Kept by the service that owns the data, in its
 * schema, append-only like the audit log (the same triggers, in its migration).
 */
export function accessLogTable(schema: PgSchema) {
  return schema.table(
    'access_log',
    {
      id: bigserial('id', { mode: 'number' }).primaryKey(),
      viewerId: uuid('viewer_id').notNull(),
      viewerRoles: text('viewer_roles').array().notNull(),
      /** What was seen: `tax-return`, `enterprise-tax-data`… */
      subject: text('subject').notNull(),
      /** Whose or which: an enterprise's id, a month. */
      subjectRef: text('subject_ref').notNull(),
      details: jsonb('details').notNull().default({}),
      at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    },
    (t) => [index('access_log_at_idx').on(t.at, t.id)],
  );
}

export type AccessLogTable = ReturnType<typeof accessLogTable>;

export interface AccessEntry {
  id: number;
  viewerId: string;
  viewerRoles: string[];
  subject: string;
  subjectRef: string;
  details: Record<string, unknown>;
  at: string;
}

export function createAccessLog(table: AccessLogTable) {
  return {
    async record(
      tx: Executor,
      entry: {
        viewer: { userId: string; roles: string[] };
        subject: string;
        subjectRef: string;
        details?: Record<string, unknown>;
      },
    ): Promise<void> {
      await tx.insert(table).values({
        viewerId: entry.viewer.userId,
        viewerRoles: entry.viewer.roles,
        subject: entry.subject,
        subjectRef: entry.subjectRef,
        details: entry.details ?? {},
      });
    },
    /** Newest first (by the serial id, which follows time), `limit` at a time, before the id of the last one read. */
    async page(tx: Executor, limit: number, beforeId?: number): Promise<AccessEntry[]> {
      const rows = await tx
        .select()
        .from(table)
        .where(beforeId === undefined ? undefined : lt(table.id, beforeId))
        .orderBy(desc(table.id))
        .limit(limit);
      return rows.map((row) => ({ ...row, details: row.details as Record<string, unknown>, at: row.at.toISOString() }));
    },
  };
}

export type AccessLog = ReturnType<typeof createAccessLog>;
