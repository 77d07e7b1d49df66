import type { AuditLog } from '@tradeqn/audit';
import { type Db, isUniqueViolation } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { OutboxWriter } from '@tradeqn/events';
import { QUANG_NGAI_CODE, resolveWard } from '@tradeqn/vn';
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { ProgrammeEvents } from '../contract/events.ts';
import { questionnaires, questionnaireVersions, surveyInvitations, surveyResponses, surveyRounds } from '../db/schema.ts';
import { programmeErrors } from '../programme-errors.ts';
import { answerProblems, type QuestionProblem, questionProblems, type SurveyQuestion } from './survey-questions.ts';
import { type CountedResponse, indicatorResults, questionResults } from './survey-results.ts';
import type {
  AnswerInput,
  NewRoundInput,
  QuestionnaireDto,
  QuestionnaireVersionDto,
  RoundResultsDto,
  SurveyFormDto,
  SurveyResponseDto,
  SurveyRoundDto,
} from './survey-schemas.ts';

type Person = { userId: string; roles: string[] };
type VersionRow = typeof questionnaireVersions.$inferSelect;
type RoundRow = typeof surveyRounds.$inferSelect;
type InvitationRow = typeof surveyInvitations.$inferSelect;
type ResponseRow = typeof surveyResponses.$inferSelect;

/** Invitation plus this many reminders at most. */
export const SURVEY_MAILS_PER_INVITATION = 4;

const rejected = (problems: QuestionProblem[]) =>
  programmeErrors.PROGRAMME_INVALID_INPUT(
    { vi: problems.map((problem) => problem.vi).join('; '), en: 'The survey data is invalid' },
    problems.map(({ path, message }) => ({ path, message })),
  );

const presentVersion = (row: VersionRow): QuestionnaireVersionDto => ({
  id: row.id,
  questionnaireId: row.questionnaireId,
  version: row.version,
  questions: row.questions,
  note: row.note,
  createdAt: row.createdAt.toISOString(),
});

const wardNameOf = (wardCode: string | null) => (wardCode ? (resolveWard(QUANG_NGAI_CODE, wardCode)?.ward.name ?? null) : null);

export interface SurveyDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
  enterprises: Pick<EnterprisesApi, 'statisticsFacts' | 'getEnterprises'>;
  now?: () => Date;
}

/**
 * The survey of enterprises' use of e-commerce: questionnaires in versions, rounds for a year,
 * invitations (enterprises on the exchange answer in their workspace, the others through a signed
 * link), answers that keep the version they answered, and the results that feed the indicators.
 */
export function createSurveyService(deps: SurveyDeps) {
  const now = deps.now ?? (() => new Date());
  const isOpen = (round: RoundRow, at = now()) => round.closedAt === null && round.closesAt > at;

  async function latestVersion(questionnaireId: string): Promise<VersionRow> {
    const [row] = await deps.db
      .select()
      .from(questionnaireVersions)
      .where(eq(questionnaireVersions.questionnaireId, questionnaireId))
      .orderBy(desc(questionnaireVersions.version))
      .limit(1);
    if (!row) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
    return row;
  }

  async function loadRound(id: string): Promise<RoundRow> {
    const [row] = await deps.db.select().from(surveyRounds).where(eq(surveyRounds.id, id));
    if (!row) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
    return row;
  }

  async function presentRounds(rows: RoundRow[]): Promise<SurveyRoundDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [titles, invited, answered] = await Promise.all([
      deps.db.select({ id: questionnaires.id, title: questionnaires.title }).from(questionnaires),
      deps.db
        .select({ roundId: surveyInvitations.roundId, n: count() })
        .from(surveyInvitations)
        .where(inArray(surveyInvitations.roundId, ids))
        .groupBy(surveyInvitations.roundId),
      deps.db
        .select({ roundId: surveyResponses.roundId, n: count() })
        .from(surveyResponses)
        .where(inArray(surveyResponses.roundId, ids))
        .groupBy(surveyResponses.roundId),
    ]);
    const at = now();
    return rows.map((row) => ({
      id: row.id,
      questionnaireId: row.questionnaireId,
      questionnaireTitle: titles.find((one) => one.id === row.questionnaireId)?.title ?? '',
      year: row.year,
      title: row.title,
      closesAt: (row.closedAt ?? row.closesAt).toISOString(),
      isOpen: isOpen(row, at),
      remindEveryDays: row.remindEveryDays,
      invited: invited.find((one) => one.roundId === row.id)?.n ?? 0,
      answered: answered.find((one) => one.roundId === row.id)?.n ?? 0,
      createdAt: row.createdAt.toISOString(),
    }));
  }

  async function presentResponse(row: ResponseRow): Promise<SurveyResponseDto> {
    const [version] = await deps.db.select().from(questionnaireVersions).where(eq(questionnaireVersions.id, row.versionId));
    return {
      id: row.id,
      roundId: row.roundId,
      versionId: row.versionId,
      version: version?.version ?? 0,
      enterpriseId: row.enterpriseId,
      respondentName: row.respondentName,
      wardCode: row.wardCode,
      sector: row.sector,
      answers: row.answers,
      submittedAt: row.submittedAt.toISOString(),
    };
  }

  /** The answers with the questions of the version each answered, for counting, and who gave each. */
  async function countedResponses(where: SQL | undefined) {
    const rows = await deps.db
      .select({
        response: surveyResponses,
        questions: questionnaireVersions.questions,
        email: surveyInvitations.email,
        roundTitle: surveyRounds.title,
      })
      .from(surveyResponses)
      .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, surveyResponses.versionId))
      .innerJoin(surveyRounds, eq(surveyRounds.id, surveyResponses.roundId))
      .leftJoin(surveyInvitations, eq(surveyInvitations.id, surveyResponses.invitationId))
      .where(where);
    return rows.map(
      ({
        response,
        questions,
        email,
        roundTitle,
      }): CountedResponse & { respondent: string; submittedAt: Date; roundTitle: string } => ({
        questions,
        answers: response.answers,
        wardCode: response.wardCode,
        wardName: wardNameOf(response.wardCode),
        sector: response.sector,
        // an enterprise on the exchange by its id, one not on it by the address it was invited at
        respondent: response.enterpriseId ?? `email:${email ?? response.id}`,
        submittedAt: response.submittedAt,
        roundTitle,
      }),
    );
  }

  /** Checks the answer against the version the form showed, which must be the questionnaire's latest. */
  async function checkedAnswers(round: RoundRow, input: AnswerInput) {
    if (!isOpen(round)) throw programmeErrors.PROGRAMME_SURVEY_CLOSED();
    const latest = await latestVersion(round.questionnaireId);
    if (input.versionId !== latest.id) throw programmeErrors.PROGRAMME_SURVEY_VERSION_CHANGED();
    const { problems, cleaned } = answerProblems(latest.questions, input.answers);
    if (problems.length > 0) throw rejected(problems);
    return { version: latest, answers: cleaned };
  }

  async function form(
    round: RoundRow,
    response: ResponseRow | undefined,
    respondent: SurveyFormDto['respondent'],
  ): Promise<SurveyFormDto> {
    const [present] = await presentRounds([round]);
    // an open round is answered on its latest questions; a closed one shows what was answered
    const version =
      isOpen(round) || !response
        ? await latestVersion(round.questionnaireId)
        : (await deps.db.select().from(questionnaireVersions).where(eq(questionnaireVersions.id, response.versionId)))[0];
    if (!present || !version) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
    return {
      round: present,
      version: presentVersion(version),
      response: response ? await presentResponse(response) : null,
      respondent,
    };
  }

  return {
    async questionnaires(): Promise<QuestionnaireDto[]> {
      const rows = await deps.db.select().from(questionnaires).orderBy(asc(questionnaires.createdAt));
      return Promise.all(rows.map((row) => this.questionnaire(row.id)));
    },

    async questionnaire(id: string): Promise<QuestionnaireDto> {
      const [row] = await deps.db.select().from(questionnaires).where(eq(questionnaires.id, id));
      if (!row) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
      const versions = await deps.db
        .select()
        .from(questionnaireVersions)
        .where(eq(questionnaireVersions.questionnaireId, id))
        .orderBy(desc(questionnaireVersions.version));
      const [latest] = versions;
      if (!latest) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
      return {
        id: row.id,
        title: row.title,
        latest: presentVersion(latest),
        versions: versions.map((version) => ({
          id: version.id,
          version: version.version,
          note: version.note,
          createdAt: version.createdAt.toISOString(),
        })),
      };
    },

    async version(id: string): Promise<QuestionnaireVersionDto> {
      const [row] = await deps.db.select().from(questionnaireVersions).where(eq(questionnaireVersions.id, id));
      if (!row) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
      return presentVersion(row);
    },

    async createQuestionnaire(actor: Person, input: { title: string; questions: SurveyQuestion[] }): Promise<QuestionnaireDto> {
      const problems = questionProblems(input.questions);
      if (problems.length > 0) throw rejected(problems);
      const id = await deps.db.transaction(async (tx) => {
        const [row] = await tx.insert(questionnaires).values({ title: input.title.trim() }).returning();
        if (!row) throw new Error('questionnaire not inserted');
        await tx
          .insert(questionnaireVersions)
          .values({ questionnaireId: row.id, version: 1, questions: input.questions, createdBy: actor.userId });
        await deps.audit.record(tx, {
          entityType: 'questionnaire',
          entityId: row.id,
          action: 'create',
          actor,
          details: { title: row.title },
        });
        return row.id;
      });
      return this.questionnaire(id);
    },

    /** A new version of the questions: rounds still open are answered on it from now on; earlier answers keep theirs. */
    async addVersion(actor: Person, questionnaireId: string, input: { questions: SurveyQuestion[]; note?: string | undefined }) {
      const problems = questionProblems(input.questions);
      if (problems.length > 0) throw rejected(problems);
      await deps.db.transaction(async (tx) => {
        const [owner] = await tx.select().from(questionnaires).where(eq(questionnaires.id, questionnaireId)).for('update');
        if (!owner) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
        const [last] = await tx
          .select({ version: questionnaireVersions.version })
          .from(questionnaireVersions)
          .where(eq(questionnaireVersions.questionnaireId, questionnaireId))
          .orderBy(desc(questionnaireVersions.version))
          .limit(1);
        const version = (last?.version ?? 0) + 1;
        await tx.insert(questionnaireVersions).values({
          questionnaireId,
          version,
          questions: input.questions,
          note: input.note?.trim() || null,
          createdBy: actor.userId,
        });
        await deps.audit.record(tx, {
          entityType: 'questionnaire',
          entityId: questionnaireId,
          action: 'new-version',
          actor,
          details: { version },
        });
      });
      return this.questionnaire(questionnaireId);
    },

    async rounds(): Promise<SurveyRoundDto[]> {
      return presentRounds(await deps.db.select().from(surveyRounds).orderBy(desc(surveyRounds.createdAt)).limit(200));
    },

    /** Opens a round and invites: the enterprises on the exchange (by their contact address) and those listed. */
    async openRound(actor: Person, input: NewRoundInput): Promise<SurveyRoundDto> {
      const closesAt = new Date(input.closesAt);
      if (closesAt <= now()) {
        throw rejected([{ path: '/body/closesAt', message: 'must be in the future', vi: 'Hạn trả lời phải ở tương lai' }]);
      }
      const unknownWard = input.invitees.findIndex(
        (one) => one.wardCode !== undefined && !resolveWard(QUANG_NGAI_CODE, one.wardCode),
      );
      if (unknownWard >= 0) {
        throw rejected([
          {
            path: `/body/invitees/${unknownWard}/wardCode`,
            message: 'is not a ward of Quảng Ngãi',
            vi: 'Mã phường/xã không thuộc tỉnh Quảng Ngãi',
          },
        ]);
      }
      await latestVersion(input.questionnaireId);
      const registered = input.inviteRegistered ? await this.registeredInvitees() : [];
      const listed = input.invitees.map((one) => ({
        enterpriseId: null,
        email: one.email.trim().toLowerCase(),
        name: one.name.trim(),
        wardCode: one.wardCode ?? null,
        sector: one.sector?.trim() || null,
      }));
      const registeredEmails = new Set(registered.map((one) => one.email));
      const others = [
        ...new Map(listed.filter((one) => !registeredEmails.has(one.email)).map((one) => [one.email, one])).values(),
      ];
      const invitees = [...registered, ...others];
      const row = await deps.db.transaction(async (tx) => {
        const [round] = await tx
          .insert(surveyRounds)
          .values({
            questionnaireId: input.questionnaireId,
            year: input.year,
            title: input.title.trim(),
            closesAt,
            remindEveryDays: input.remindEveryDays ?? 7,
            createdBy: actor.userId,
          })
          .returning();
        if (!round) throw new Error('round not inserted');
        for (let start = 0; start < invitees.length; start += 500) {
          await tx
            .insert(surveyInvitations)
            .values(invitees.slice(start, start + 500).map((one) => ({ ...one, roundId: round.id })));
        }
        await deps.audit.record(tx, {
          entityType: 'survey-round',
          entityId: round.id,
          action: 'open',
          actor,
          details: { year: round.year, invited: invitees.length },
        });
        return round;
      });
      const [present] = await presentRounds([row]);
      if (!present) throw new Error('round not found');
      return present;
    },

    /** The enterprises verified on the exchange, as invitees (their contact address, ward and first sector). */
    async registeredInvitees() {
      const facts = await deps.enterprises.statisticsFacts(now());
      const summaries = await deps.enterprises.getEnterprises(facts.map((fact) => fact.id));
      return facts.flatMap((fact) => {
        const summary = summaries.find((one) => one.id === fact.id);
        // the province's survey: its own enterprises (sellers from elsewhere are on the exchange too)
        if (!summary?.email || fact.provinceCode !== QUANG_NGAI_CODE) return [];
        return [
          {
            enterpriseId: fact.id as string | null,
            email: summary.email.trim().toLowerCase(),
            name: summary.name,
            wardCode: fact.wardCode,
            sector: fact.sectors[0] ?? null,
          },
        ];
      });
    },

    async closeRound(actor: Person, id: string): Promise<SurveyRoundDto> {
      const round = await loadRound(id);
      if (!isOpen(round)) throw programmeErrors.PROGRAMME_SURVEY_CLOSED();
      await deps.db.transaction(async (tx) => {
        await tx
          .update(surveyRounds)
          .set({ closedAt: now() })
          .where(and(eq(surveyRounds.id, id), isNull(surveyRounds.closedAt)));
        await deps.audit.record(tx, { entityType: 'survey-round', entityId: id, action: 'close', actor, details: {} });
      });
      const [present] = await presentRounds([await loadRound(id)]);
      if (!present) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
      return present;
    },

    /** A round's progress and results: each question (over the versions answered), the indicators it measures, who was invited. */
    async results(id: string): Promise<RoundResultsDto> {
      const round = await loadRound(id);
      const [present, latest, counted, invitations, answeredBy] = await Promise.all([
        presentRounds([round]),
        latestVersion(round.questionnaireId),
        countedResponses(eq(surveyResponses.roundId, id)),
        deps.db.select().from(surveyInvitations).where(eq(surveyInvitations.roundId, id)).orderBy(asc(surveyInvitations.name)),
        deps.db
          .select({ invitationId: surveyResponses.invitationId, enterpriseId: surveyResponses.enterpriseId })
          .from(surveyResponses)
          .where(eq(surveyResponses.roundId, id)),
      ]);
      if (!present[0]) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
      const answered = (invitation: InvitationRow) =>
        answeredBy.some(
          (one) =>
            one.invitationId === invitation.id ||
            (invitation.enterpriseId !== null && one.enterpriseId === invitation.enterpriseId),
        );
      return {
        round: present[0],
        questions: questionResults(latest.questions, counted),
        indicators: [...indicatorResults(counted).values()],
        invitations: invitations.map((invitation) => ({
          id: invitation.id,
          name: invitation.name,
          email: invitation.email,
          registered: invitation.enterpriseId !== null,
          mailsSent: invitation.mailsSent,
          lastMailedAt: invitation.lastMailedAt?.toISOString() ?? null,
          answered: answered(invitation),
        })),
      };
    },

    /** Every answer of a round as given, with the version it answered (for the raw export). */
    async responses(roundId: string): Promise<{ responses: SurveyResponseDto[]; versions: QuestionnaireVersionDto[] }> {
      await loadRound(roundId);
      const rows = await deps.db
        .select()
        .from(surveyResponses)
        .where(eq(surveyResponses.roundId, roundId))
        .orderBy(asc(surveyResponses.submittedAt));
      const versionIds = [...new Set(rows.map((row) => row.versionId))];
      const versions = versionIds.length
        ? await deps.db
            .select()
            .from(questionnaireVersions)
            .where(inArray(questionnaireVersions.id, versionIds))
            .orderBy(asc(questionnaireVersions.version))
        : [];
      const numberOf = new Map(versions.map((version) => [version.id, version.version]));
      return {
        responses: rows.map((row) => ({
          id: row.id,
          roundId: row.roundId,
          versionId: row.versionId,
          version: numberOf.get(row.versionId) ?? 0,
          enterpriseId: row.enterpriseId,
          respondentName: row.respondentName,
          wardCode: row.wardCode,
          sector: row.sector,
          answers: row.answers,
          submittedAt: row.submittedAt.toISOString(),
        })),
        versions: versions.map(presentVersion),
      };
    },

    /** The survey's measure of each indicator for a year: every answer to the year's rounds. */
    /**
     * The survey's figures for a year: the answers to the year's rounds once closed (a round still
     * open is provisional: its page shows it, the dashboard keeps what staff recorded), each
     * enterprise counted once, by its latest answer.
     */
    async indicatorsOfYear(year: number) {
      const closed = or(isNotNull(surveyRounds.closedAt), lte(surveyRounds.closesAt, now()));
      const latest = new Map<string, Awaited<ReturnType<typeof countedResponses>>[number]>();
      for (const answer of await countedResponses(and(eq(surveyRounds.year, year), closed))) {
        const seen = latest.get(answer.respondent);
        if (!seen || seen.submittedAt < answer.submittedAt) latest.set(answer.respondent, answer);
      }
      const answers = [...latest.values()];
      return {
        results: indicatorResults(answers),
        responses: answers.length,
        rounds: [...new Set(answers.map((answer) => answer.roundTitle))],
      };
    },

    /** Open rounds an enterprise may answer, with whether it has. */
    async openRoundsFor(enterpriseId: string): Promise<(SurveyRoundDto & { hasAnswered: boolean })[]> {
      const at = now();
      const rows = await deps.db
        .select()
        .from(surveyRounds)
        .where(and(isNull(surveyRounds.closedAt), gt(surveyRounds.closesAt, at)))
        .orderBy(asc(surveyRounds.closesAt));
      const answered = rows.length
        ? await deps.db
            .select({ roundId: surveyResponses.roundId })
            .from(surveyResponses)
            .where(
              and(
                eq(surveyResponses.enterpriseId, enterpriseId),
                inArray(
                  surveyResponses.roundId,
                  rows.map((row) => row.id),
                ),
              ),
            )
        : [];
      return (await presentRounds(rows)).map((round) => ({
        ...round,
        hasAnswered: answered.some((one) => one.roundId === round.id),
      }));
    },

    async formForEnterprise(enterpriseId: string, roundId: string): Promise<SurveyFormDto> {
      const round = await loadRound(roundId);
      const [response] = await deps.db
        .select()
        .from(surveyResponses)
        .where(and(eq(surveyResponses.roundId, roundId), eq(surveyResponses.enterpriseId, enterpriseId)));
      const [summary] = await deps.enterprises.getEnterprises([enterpriseId]);
      return form(round, response, {
        name: summary?.name ?? '',
        wardCode: summary?.wardCode ?? null,
        sector: response?.sector ?? null,
      });
    },

    /** An enterprise on the exchange answers (or, while the round is open, changes its answer). */
    async answerAsEnterprise(
      actor: Person,
      enterpriseId: string,
      roundId: string,
      input: AnswerInput,
    ): Promise<SurveyResponseDto> {
      const round = await loadRound(roundId);
      const fact = (await deps.enterprises.statisticsFacts(now())).find((one) => one.id === enterpriseId);
      if (!fact) throw programmeErrors.PROGRAMME_ENTERPRISE_NOT_VERIFIED();
      if (fact.provinceCode !== QUANG_NGAI_CODE) throw programmeErrors.PROGRAMME_SURVEY_OUT_OF_PROVINCE();
      const { version, answers } = await checkedAnswers(round, input);
      const [summary] = await deps.enterprises.getEnterprises([enterpriseId]);
      const values = {
        versionId: version.id,
        respondentName: summary?.name ?? '',
        wardCode: fact.wardCode,
        sector: fact.sectors[0] ?? null,
        answers,
        submittedBy: actor.userId,
        submittedAt: now(),
      };
      const row = await deps.db.transaction(async (tx) => {
        const [invitation] = await tx
          .select({ id: surveyInvitations.id })
          .from(surveyInvitations)
          .where(and(eq(surveyInvitations.roundId, roundId), eq(surveyInvitations.enterpriseId, enterpriseId)));
        const [saved] = await tx
          .insert(surveyResponses)
          .values({ roundId, enterpriseId, invitationId: invitation?.id ?? null, ...values })
          .onConflictDoUpdate({
            target: [surveyResponses.roundId, surveyResponses.enterpriseId],
            targetWhere: sql`${surveyResponses.enterpriseId} IS NOT NULL`,
            set: values,
          })
          .returning();
        if (!saved) throw new Error('response not saved');
        await deps.audit.record(tx, {
          entityType: 'survey-round',
          entityId: roundId,
          action: 'answer',
          actor,
          details: { enterpriseId, version: version.version },
        });
        return saved;
      });
      return presentResponse(row);
    },

    async invitation(
      invitationId: string,
    ): Promise<{ invitation: InvitationRow; round: RoundRow; isAnswered: boolean; isOpen: boolean }> {
      const [invitation] = await deps.db.select().from(surveyInvitations).where(eq(surveyInvitations.id, invitationId));
      if (!invitation) throw programmeErrors.PROGRAMME_SURVEY_NOT_FOUND();
      const round = await loadRound(invitation.roundId);
      const [answer] = await deps.db
        .select({ id: surveyResponses.id })
        .from(surveyResponses)
        .where(
          and(
            eq(surveyResponses.roundId, round.id),
            invitation.enterpriseId
              ? sql`(${surveyResponses.invitationId} = ${invitation.id} OR ${surveyResponses.enterpriseId} = ${invitation.enterpriseId})`
              : eq(surveyResponses.invitationId, invitation.id),
          ),
        )
        .limit(1);
      return { invitation, round, isAnswered: answer !== undefined, isOpen: isOpen(round) };
    },

    async formForInvitation(invitationId: string): Promise<SurveyFormDto> {
      const { invitation, round } = await this.invitation(invitationId);
      const [response] = await deps.db.select().from(surveyResponses).where(eq(surveyResponses.invitationId, invitationId));
      return form(round, response, {
        name: invitation.name,
        wardCode: response?.wardCode ?? invitation.wardCode,
        sector: response?.sector ?? invitation.sector,
      });
    },

    /** An enterprise not on the exchange answers through its link; it may say where it is and what it trades. */
    async answerAsInvitation(invitationId: string, input: AnswerInput): Promise<SurveyResponseDto> {
      const { invitation, round } = await this.invitation(invitationId);
      if (input.wardCode !== undefined && !resolveWard(QUANG_NGAI_CODE, input.wardCode)) {
        throw rejected([
          { path: '/body/wardCode', message: 'is not a ward of Quảng Ngãi', vi: 'Mã phường/xã không thuộc tỉnh Quảng Ngãi' },
        ]);
      }
      const { version, answers } = await checkedAnswers(round, input);
      const values = {
        versionId: version.id,
        respondentName: invitation.name,
        wardCode: input.wardCode ?? invitation.wardCode,
        sector: input.sector?.trim() || invitation.sector,
        answers,
        submittedAt: now(),
      };
      try {
        const row = await deps.db.transaction(async (tx) => {
          const [saved] = await tx
            .insert(surveyResponses)
            .values({ roundId: round.id, invitationId, enterpriseId: invitation.enterpriseId, ...values })
            .onConflictDoUpdate({
              target: [surveyResponses.roundId, surveyResponses.invitationId],
              targetWhere: sql`${surveyResponses.invitationId} IS NOT NULL`,
              set: values,
            })
            .returning();
          if (!saved) throw new Error('response not saved');
          return saved;
        });
        return presentResponse(row);
      } catch (error) {
        // an enterprise on the exchange that already answered in its workspace
        if (isUniqueViolation(error)) throw programmeErrors.PROGRAMME_SURVEY_CLOSED();
        throw error;
      }
    },

    /**
     * One round of the mailing schedule: claims the invitations of open rounds that are due (never
     * mailed, or mailed `remindEveryDays` ago and still unanswered, at most SURVEY_MAILS_PER_INVITATION
     * mails) and writes one event each, in one transaction; concurrent workers skip each other's rows.
     */
    async claimDueMails(at: Date, limit = 200): Promise<number> {
      return deps.db.transaction(async (tx) => {
        const result = await tx.execute(sql`
          UPDATE programme.survey_invitations AS i
             SET mails_sent = i.mails_sent + 1, last_mailed_at = ${at.toISOString()}::timestamptz
           WHERE i.id IN (
             SELECT c.id FROM programme.survey_invitations AS c
               JOIN programme.survey_rounds AS r ON r.id = c.round_id
              WHERE r.closed_at IS NULL AND r.closes_at > ${at.toISOString()}::timestamptz
                AND c.mails_sent < ${SURVEY_MAILS_PER_INVITATION}
                AND (c.last_mailed_at IS NULL OR c.last_mailed_at <= ${at.toISOString()}::timestamptz - make_interval(days => r.remind_every_days))
                AND NOT EXISTS (
                  SELECT 1 FROM programme.survey_responses AS s
                   WHERE s.round_id = c.round_id
                     AND (s.invitation_id = c.id OR (c.enterprise_id IS NOT NULL AND s.enterprise_id = c.enterprise_id)))
              ORDER BY c.created_at
              LIMIT ${limit}
              FOR UPDATE OF c SKIP LOCKED)
          RETURNING i.id, i.round_id, i.mails_sent`);
        const claimed = result as unknown as { rows: { id: string; round_id: string; mails_sent: number }[] };
        for (const row of claimed.rows) {
          await deps.outbox.write(tx, ProgrammeEvents.surveyInvitationDue, {
            invitationId: row.id,
            roundId: row.round_id,
            mailNumber: Number(row.mails_sent),
          });
        }
        return claimed.rows.length;
      });
    },
  };
}

export type SurveyService = ReturnType<typeof createSurveyService>;
