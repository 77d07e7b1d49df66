import { auditTable } from '@tradeqn/audit';
import { eventTables } from '@tradeqn/events';
import { trustSchema } from './trust-schema.ts';

export * from './policy-tables.ts';
export { trustSchema } from './trust-schema.ts';
export * from './trust-tables.ts';

export const auditLog = auditTable(trustSchema);
export const { outbox, inbox } = eventTables(trustSchema);
