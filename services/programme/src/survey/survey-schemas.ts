import { SIGNED_LINK_PATTERN } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';
import { SurveyAnswersSchema, SurveyQuestionSchema } from './survey-questions.ts';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const QuestionnaireVersionSchema = Type.Object(
  {
    id: Uuid,
    questionnaireId: Uuid,
    version: Type.Integer(),
    questions: Type.Array(SurveyQuestionSchema),
    note: Nullable(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'QuestionnaireVersion' },
);
export type QuestionnaireVersionDto = Static<typeof QuestionnaireVersionSchema>;

export const QuestionnaireSchema = Type.Object(
  {
    id: Uuid,
    title: Type.String(),
    latest: Type.Ref('QuestionnaireVersion'),
    versions: Type.Array(
      Type.Object({ id: Uuid, version: Type.Integer(), note: Nullable(Type.String()), createdAt: Type.String() }),
    ),
  },
  { $id: 'Questionnaire' },
);
export type QuestionnaireDto = Omit<Static<typeof QuestionnaireSchema>, 'latest'> & { latest: QuestionnaireVersionDto };

export const NewQuestionnaireBody = Type.Object(
  { title: Type.String({ minLength: 5, maxLength: 200 }), questions: Type.Array(SurveyQuestionSchema, { maxItems: 60 }) },
  { additionalProperties: false },
);
export const NewVersionBody = Type.Object(
  { questions: Type.Array(SurveyQuestionSchema, { maxItems: 60 }), note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

export const SurveyRoundSchema = Type.Object(
  {
    id: Uuid,
    questionnaireId: Uuid,
    questionnaireTitle: Type.String(),
    year: Type.Integer(),
    title: Type.String(),
    closesAt: Type.String({ format: 'date-time' }),
    isOpen: Type.Boolean(),
    remindEveryDays: Type.Integer(),
    invited: Type.Integer(),
    answered: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SurveyRound' },
);
export type SurveyRoundDto = Static<typeof SurveyRoundSchema>;

const Invitee = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    name: Type.String({ minLength: 2, maxLength: 200 }),
    wardCode: Type.Optional(Type.String({ pattern: '^[0-9]{5}$' })),
    sector: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);

export const NewRoundBody = Type.Object(
  {
    questionnaireId: Uuid,
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    title: Type.String({ minLength: 5, maxLength: 200 }),
    closesAt: Type.String({ format: 'date-time' }),
    remindEveryDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
    /** Invite every enterprise verified on the exchange (they answer in their workspace). */
    inviteRegistered: Type.Boolean(),
    /** Enterprises not on the exchange, who answer through a signed link. */
    invitees: Type.Array(Invitee, { maxItems: 5000 }),
  },
  { additionalProperties: false },
);
export type NewRoundInput = Static<typeof NewRoundBody>;

const Group = Type.Object({ key: Type.String(), label: Type.String(), count: Type.Integer(), total: Nullable(Type.Integer()) });

export const RoundResultsSchema = Type.Object(
  {
    round: Type.Ref('SurveyRound'),
    questions: Type.Array(
      Type.Object({
        key: Type.String(),
        text: Type.String(),
        kind: Type.String(),
        answered: Type.Integer(),
        options: Type.Array(Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() })),
        mean: Nullable(Type.Number()),
        texts: Type.Array(Type.String()),
      }),
    ),
    indicators: Type.Array(
      Type.Object({
        indicator: Type.String(),
        numerator: Type.Integer(),
        denominator: Type.Integer(),
        value: Nullable(Type.Number()),
        byWard: Type.Array(Group),
        bySector: Type.Array(Group),
      }),
    ),
    invitations: Type.Array(
      Type.Object({
        id: Uuid,
        name: Type.String(),
        email: Type.String(),
        registered: Type.Boolean(),
        mailsSent: Type.Integer(),
        lastMailedAt: Nullable(Type.String()),
        answered: Type.Boolean(),
      }),
    ),
  },
  { $id: 'SurveyRoundResults' },
);
export type RoundResultsDto = Omit<Static<typeof RoundResultsSchema>, 'round'> & { round: SurveyRoundDto };

export const SurveyResponseSchema = Type.Object(
  {
    id: Uuid,
    roundId: Uuid,
    versionId: Uuid,
    version: Type.Integer(),
    enterpriseId: Nullable(Uuid),
    respondentName: Type.String(),
    wardCode: Nullable(Type.String()),
    sector: Nullable(Type.String()),
    answers: SurveyAnswersSchema,
    submittedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SurveyResponse' },
);
export type SurveyResponseDto = Static<typeof SurveyResponseSchema>;

/** What a respondent sees: the round, the questions to answer (or answered, once closed) and their answer so far. */
export const SurveyFormSchema = Type.Object(
  {
    round: Type.Ref('SurveyRound'),
    version: Type.Ref('QuestionnaireVersion'),
    response: Nullable(Type.Ref('SurveyResponse')),
    respondent: Type.Object({ name: Type.String(), wardCode: Nullable(Type.String()), sector: Nullable(Type.String()) }),
  },
  { $id: 'SurveyForm' },
);
export type SurveyFormDto = Omit<Static<typeof SurveyFormSchema>, 'round' | 'version' | 'response'> & {
  round: SurveyRoundDto;
  version: QuestionnaireVersionDto;
  response: SurveyResponseDto | null;
};

export const AnswerBody = Type.Object(
  {
    /** The version the form showed: answering a newer one means reading it first. */
    versionId: Uuid,
    answers: SurveyAnswersSchema,
    /** Only through an invitation link: where the enterprise is and what it trades. */
    wardCode: Type.Optional(Type.String({ pattern: '^[0-9]{5}$' })),
    sector: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type AnswerInput = Static<typeof AnswerBody>;

/** The signed token of the link, in the query: longer than a path parameter may be. */
export const InvitationTokenQuery = Type.Object({ token: Type.String({ pattern: SIGNED_LINK_PATTERN, maxLength: 2000 }) });
