import { fileURLToPath } from 'node:url';

/**
 * `services/programme/sql/`: the service's PostgreSQL functions, one a file (none yet: the folder
 * appears with the first function).
 */
export const programmeSqlFolder = fileURLToPath(new URL('../../sql', import.meta.url));
