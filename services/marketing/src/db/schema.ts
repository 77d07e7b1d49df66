import { auditTable } from '@tradeqn/audit';
import { eventTables } from '@tradeqn/events';
import { marketingSchema } from './marketing-schema.ts';

export { marketingSchema } from './marketing-schema.ts';
export * from './seo-tables.ts';

export const auditLog = auditTable(marketingSchema);
export const { outbox, inbox } = eventTables(marketingSchema);
