/** What other services may ask of the programme (the pages use its HTTP API). */
export interface ProgrammeApi {
  /** The public pages of the published content (news, handbook, legal documents, trading opportunities), for the sitemap. */
  publishedContentPaths(): Promise<{ path: string; lastmod: Date }[]>;
}

export {
  CONTENT_KINDS,
  CONTENT_SECTIONS,
  CONTENT_STATES,
  type ContentDto,
  type ContentKind,
  type ContentPageDto,
  type ContentSection,
  type ContentState,
  OFFER_TYPES,
} from '../content/content-schemas.ts';

export type { IndicatorStatisticDto, PeriodDto, StatisticsDto } from '../statistics/statistics-schemas.ts';
export { BUDGET_SOURCES, type BudgetSource } from '../support/budget-rules.ts';
export type {
  ApplicationDto as SupportApplicationDto,
  ApplicationSummaryDto as SupportApplicationSummaryDto,
  BudgetYearDto as SupportBudgetYearDto,
  SupportLineDto,
} from '../support/support-schemas.ts';
export { APPLICATION_STATUSES, type ApplicationStatus, staffActions } from '../support/support-states.ts';
export type { QuestionKind, SurveyAnswers, SurveyQuestion } from '../survey/survey-questions.ts';
export { ENTERPRISE_SURVEY_INDICATORS, QUESTION_KINDS } from '../survey/survey-questions.ts';
export type {
  QuestionnaireDto,
  QuestionnaireVersionDto,
  RoundResultsDto,
  SurveyFormDto,
  SurveyResponseDto,
  SurveyRoundDto,
} from '../survey/survey-schemas.ts';
export {
  AUDIENCES,
  EVENT_KINDS,
  type RegistrationDto,
  type TrainingEventDto,
} from '../training/training-schemas.ts';
export { ProgrammeEvents } from './events.ts';
export {
  findIndicator,
  INDICATOR_CODES,
  INDICATORS,
  type IndicatorCode,
  type IndicatorDefinition,
  MEASURES,
  type Measure,
} from './indicators.ts';
