import { fileURLToPath } from 'node:url';

/**
 * `services/accounts/sql/`: the service's PostgreSQL functions, one a file, applied after its
 * migrations whenever a file changes (`sqlFolder` of its `Migration` in @tradeqn/db).
 * (None yet: the folder appears with the first function.)
 */
export const accountsSqlFolder = fileURLToPath(new URL('../../sql', import.meta.url));
