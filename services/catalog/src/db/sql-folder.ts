import { fileURLToPath } from 'node:url';

/**
 * `services/catalog/sql/`: the service's PostgreSQL functions, one a file, applied after its
 * migrations whenever a file changes (`sqlFolder` of its `Migration` in @tradeqn/db).
 */
export const catalogSqlFolder = fileURLToPath(new URL('../../sql', import.meta.url));
