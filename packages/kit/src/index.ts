export { type App, type AppOptions, createApp } from './app.ts';
export {
  type AccessTokenSigner,
  authPlugin,
  createAccessTokenSigner,
  isStaff,
  optionalUser,
  type Principal,
  principalOf,
  principalOrNull,
  requireRole,
  requireUser,
  requireVerifiedEmail,
  TWO_FACTOR_ROLES,
} from './auth.ts';
export { ConfigError, parseEnv } from './config.ts';
export { sendProblem, toAppError } from './error-handler.ts';
export { countBy, type EventCount, type EventCounter } from './event-counter.ts';
export { type ReadinessCheck, registerHealth } from './health.ts';
export { INTERNAL_CALL_HEADER, internalCallHeaders, isInternalCall } from './internal-calls.ts';
export { createLogger, type Logger } from './logger.ts';
export type { Schedule, ServiceModule } from './module.ts';
export { Nullable } from './nullable.ts';
export type { OpenApiInfo } from './openapi.ts';
export {
  decodeCursor,
  decodeNewestCursor,
  encodeCursor,
  keysetPage,
  newestPage,
  PageOf,
  PageQuery,
} from './pagination.ts';
export { type Partner, type PartnerKeys, partnerOrNull } from './partner-keys.ts';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordWeakness } from './password-rule.ts';
export {
  AppError,
  defineErrors,
  type ErrorSpec,
  httpErrors,
  type Locale,
  type ProblemBody,
  type ProblemField,
  pickLocale,
  problemType,
  toProblem,
} from './problem.ts';
export { ProblemSchema, problemResponses } from './problem-schema.ts';
export { limitBy } from './rate-limit.ts';
export { ReportYearQuery } from './report-year.ts';
export { createSecretBox, derivedKey, type SecretBox } from './secret-box.ts';
export { buildServer, type ServerOptions } from './server.ts';
export { createSignedLinks, SIGNED_LINK_PATTERN, type SignedLinks } from './signed-link.ts';
export { StringEnum } from './string-enum.ts';
export { acceptEmptyBody, trimBodyFields } from './trim-fields.ts';
