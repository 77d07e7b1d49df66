import { auditTable } from '@tradeqn/audit';
import { eventTables } from '@tradeqn/events';
import { sql } from 'drizzle-orm';
import { check, index, integer, numeric, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { programmeSchema, timestamptz } from './programme-schema.ts';

export { programmeSchema } from './programme-schema.ts';

/** A period of the programme (2016–2020, …), whose targets apply to each of its years. */
export const periods = programmeSchema.table(
  'periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    note: text('note'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('periods_name_key').on(t.name),
    check('periods_years', sql`${t.startYear} <= ${t.endYear} AND ${t.startYear} >= 2000 AND ${t.endYear} <= 2100`),
  ],
);

/**
 * A period's target for an indicator: for every year of the period (`year` 0), or for one year
 * (which then takes precedence). A percentage or a count, as the indicator says.
 */
export const targets = programmeSchema.table(
  'targets',
  {
    periodId: uuid('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    indicator: text('indicator').notNull(),
    /** 0: the whole period. */
    year: integer('year').notNull().default(0),
    value: numeric('value', { precision: 12, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.indicator, t.year] })],
);

/**
 * A figure staff record for a year, for an indicator the exchange cannot measure itself (a survey's
 * result, the province's count of enterprises), with where it comes from.
 */
export const figures = programmeSchema.table(
  'figures',
  {
    indicator: text('indicator').notNull(),
    year: integer('year').notNull(),
    value: numeric('value', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamptz('recorded_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.indicator, t.year] })],
);

/**
 * A training course, workshop or fair the Department holds for officials, enterprises or students:
 * where (a place, an online link or both), when, for whom, and how many may come.
 * `registered_count` is what the capacity is checked against, in the registration's transaction.
 */
export const trainingEvents = programmeSchema.table(
  'training_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    audience: text('audience').notNull(),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    capacity: integer('capacity').notNull(),
    registeredCount: integer('registered_count').notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('training_events_starts_idx').on(t.startsAt),
    check('training_events_capacity', sql`${t.registeredCount} >= 0 AND ${t.registeredCount} <= ${t.capacity}`),
    check('training_events_times', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A person registered for an event, once an address; staff mark who attended. */
export const registrations = programmeSchema.table(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id),
    fullName: text('full_name').notNull(),
    /** Lowercase, as compared. */
    email: text('email').notNull(),
    phone: text('phone'),
    organisation: text('organisation'),
    attendedAt: timestamptz('attended_at'),
    /** When the certificate of attendance was first sent: attendance taken back and given again sends no second one. */
    certifiedAt: timestamptz('certified_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('registrations_event_email_key').on(t.eventId, t.email)],
);

export const auditLog = auditTable(programmeSchema);
export const { outbox, inbox } = eventTables(programmeSchema);

export * from './content-schema.ts';
export * from './support-schema.ts';
export * from './survey-schema.ts';
