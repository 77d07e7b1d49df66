import { fileURLToPath } from 'node:url';

/**
 * `services/trust/sql/`: the service's PostgreSQL functions, one a file, applied after its
 * migrations whenever a file changes (`sqlFolder` of its `Migration` in @tradeqn/db).
 * (None yet: the folder appears with the first function.)
 */
export const trustSqlFolder = fileURLToPath(new URL('../../sql', import.meta.url));
