export { type AuditEntry, type AuditLog, type AuditRecord, createAuditLog } from './audit-log.ts';
export { type AuditTable, auditTable } from './audit-table.ts';
