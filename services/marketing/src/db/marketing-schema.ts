import { pgSchema, timestamp } from 'drizzle-orm/pg-core';

/** The PostgreSQL schema marketing owns; its tables are spread over the files of `db/`. */
export const marketingSchema = pgSchema('marketing');

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
