import { pgSchema, timestamp } from 'drizzle-orm/pg-core';

/** The PostgreSQL schema the programme owns. */
export const programmeSchema = pgSchema('programme');

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
