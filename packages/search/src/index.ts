export { createMeilisearchEngine } from './meilisearch-engine.ts';
export { createPostgresSearchEngine } from './postgres-engine.ts';
export { accentedWords, foldedWords } from './query-words.ts';
export {
  type FacetCount,
  InvalidCursorError,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
  type SearchSort,
} from './search-engine.ts';
export { type SearchTables, searchTables } from './search-tables.ts';
export { closestWord, closestWords, editDistance } from './typo.ts';
