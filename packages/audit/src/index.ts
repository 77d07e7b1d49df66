export { type AuditEntry, type AuditLog, type AuditRecord, createAuditLog } from './audit-log.ts';
export { AuditTrailQuery, AuditTrailSchema } from './audit-schemas.ts';
export { type AuditTable, auditTable } from './audit-table.ts';
