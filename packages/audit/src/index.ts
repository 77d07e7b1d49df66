export { type AccessEntry, type AccessLog, type AccessLogTable, accessLogTable, createAccessLog } from './access-log.ts';
export { accessLogRoutes } from './access-log-routes.ts';
export { type AuditEntry, type AuditLog, type AuditRecord, createAuditLog } from './audit-log.ts';
export { AuditTrailQuery, AuditTrailSchema } from './audit-schemas.ts';
export { type AuditTable, auditTable } from './audit-table.ts';
