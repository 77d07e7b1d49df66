/** What other services may ask of the programme (the pages use its HTTP API). */
export type ProgrammeApi = Record<string, never>;

export type { IndicatorStatisticDto, PeriodDto, StatisticsDto } from '../statistics/statistics-schemas.ts';
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
