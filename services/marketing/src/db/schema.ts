import { auditTable } from '@tradeqn/audit';
import { eventTables } from '@tradeqn/events';
import { marketingSchema } from './marketing-schema.ts';

export * from './banner-tables.ts';
export * from './campaign-tables.ts';
export { marketingSchema } from './marketing-schema.ts';
export * from './seo-tables.ts';
export * from './webhook-tables.ts';

export const auditLog = auditTable(marketingSchema);
export const { outbox, inbox } = eventTables(marketingSchema);
