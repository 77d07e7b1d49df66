import { bigserial, index, jsonb, type PgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only record of decisions (who, when, what, why) a service keeps in its own
 * schema. Append-only is enforced in the database: each service adds a custom migration with
 * the triggers of `migrations/enterprises/0001_audit_append_only.sql`, so neither a bug nor a
 * console session can rewrite history.
 */
export function auditTable(schema: PgSchema) {
  return schema.table(
    'audit_log',
    {
      id: bigserial('id', { mode: 'number' }).primaryKey(),
      entityType: text('entity_type').notNull(),
      entityId: uuid('entity_id').notNull(),
      action: text('action').notNull(),
      actorId: uuid('actor_id'),
      actorRoles: text('actor_roles').array().notNull(),
      reason: text('reason'),
      details: jsonb('details').notNull().default({}),
      at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    },
    (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId, t.id)],
  );
}

export type AuditTable = ReturnType<typeof auditTable>;
