import { createAuditLog } from '@tradeqn/audit';
import { auditLog } from '../db/schema.ts';

/** Who acted, as the access token said: their id and roles at that moment. */
export interface Actor {
  userId: string;
  roles: string[];
}

/**
 * The accounts service's audit log of staff decisions on accounts and partner keys: an entry is
 * written in the caller's transaction, so the decision and its record commit together or not at all.
 */
export const accountAudit = createAuditLog(auditLog);
