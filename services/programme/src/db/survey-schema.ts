import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SurveyAnswers, SurveyQuestion } from '../survey/survey-questions.ts';
import { programmeSchema, timestamptz } from './programme-schema.ts';

/** The survey of how enterprises use e-commerce (khảo sát tình hình ứng dụng TMĐT), as a questionnaire with versions. */
export const questionnaires = programmeSchema.table('questionnaires', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/**
 * One version of a questionnaire's questions: never changed once written (a change is a new
 * version), so an answer read years later still shows the questions it answered.
 */
export const questionnaireVersions = programmeSchema.table(
  'questionnaire_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id),
    version: integer('version').notNull(),
    questions: jsonb('questions').$type<SurveyQuestion[]>().notNull(),
    note: text('note'),
    /** Null for the version shipped with the exchange. */
    createdBy: uuid('created_by'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('questionnaire_versions_key').on(t.questionnaireId, t.version)],
);

/** A round of the survey for a year: enterprises answer the questionnaire's latest version until it closes. */
export const surveyRounds = programmeSchema.table(
  'survey_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id),
    /** The year whose indicators the answers feed. */
    year: integer('year').notNull(),
    title: text('title').notNull(),
    closesAt: timestamptz('closes_at').notNull(),
    /** Closed early by staff; otherwise the round closes at `closes_at`. */
    closedAt: timestamptz('closed_at'),
    remindEveryDays: integer('remind_every_days').notNull().default(7),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('survey_rounds_year_idx').on(t.year),
    check('survey_rounds_year', sql`${t.year} >= 2000 AND ${t.year} <= 2100`),
    check('survey_rounds_remind', sql`${t.remindEveryDays} >= 1 AND ${t.remindEveryDays} <= 60`),
  ],
);

/**
 * Who is asked to answer a round: an enterprise on the exchange (answers in its workspace) or one
 * not registered (answers through a signed link). The mailing schedule sends the invitation and
 * then reminders until it is answered or the round closes.
 */
export const surveyInvitations = programmeSchema.table(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRounds.id),
    enterpriseId: uuid('enterprise_id'),
    /** Lowercase, as compared. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    wardCode: text('ward_code'),
    sector: text('sector'),
    mailsSent: integer('mails_sent').notNull().default(0),
    lastMailedAt: timestamptz('last_mailed_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    // an enterprise on the exchange is invited once by its id (two may share a contact address)
    uniqueIndex('survey_invitations_round_email_key').on(t.roundId, t.email).where(sql`${t.enterpriseId} IS NULL`),
    uniqueIndex('survey_invitations_round_enterprise_key')
      .on(t.roundId, t.enterpriseId)
      .where(sql`${t.enterpriseId} IS NOT NULL`),
  ],
);

/** An enterprise's answer to a round, with the version of the questions it answered. */
export const surveyResponses = programmeSchema.table(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRounds.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => questionnaireVersions.id),
    enterpriseId: uuid('enterprise_id'),
    invitationId: uuid('invitation_id').references(() => surveyInvitations.id),
    respondentName: text('respondent_name').notNull(),
    wardCode: text('ward_code'),
    sector: text('sector'),
    answers: jsonb('answers').$type<SurveyAnswers>().notNull(),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamptz('submitted_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_responses_round_enterprise_key').on(t.roundId, t.enterpriseId).where(sql`${t.enterpriseId} IS NOT NULL`),
    uniqueIndex('survey_responses_round_invitation_key').on(t.roundId, t.invitationId).where(sql`${t.invitationId} IS NOT NULL`),
    check('survey_responses_who', sql`${t.enterpriseId} IS NOT NULL OR ${t.invitationId} IS NOT NULL`),
  ],
);
