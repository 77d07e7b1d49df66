export { type BatcherOptions, createBatcher, createKeyLoader, groupBy } from './batcher.ts';
export {
  type Database,
  DatabaseInUseError,
  type DatabaseOptions,
  type Db,
  type Executor,
  type Migration,
  openDatabase,
  type Tx,
} from './database.ts';
export { isUniqueViolation, sqlDetail, sqlState } from './errors.ts';
export { queryRows } from './raw-query.ts';
export { SqlDefinitionError } from './sql-definitions.ts';
