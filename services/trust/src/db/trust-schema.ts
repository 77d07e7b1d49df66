import { pgSchema, timestamp } from 'drizzle-orm/pg-core';

/** The PostgreSQL schema trust owns; its tables are spread over the files of `db/`. */
export const trustSchema = pgSchema('trust');

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
