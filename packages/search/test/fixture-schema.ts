import { pgSchema } from 'drizzle-orm/pg-core';
import { searchTables } from '../src/search-tables.ts';

export const searchtest = pgSchema('searchtest');
export const { documents, words, state, changes } = searchTables(searchtest);
