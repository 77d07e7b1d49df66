import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { twoFactorRequiredFor } from './auth.ts';
import { AppError, httpErrors, type ProblemField, pickLocale, toProblem } from './problem.ts';

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Ajv issues → `[{path, message}]` with JSON Pointer paths into the part that failed. */
function validationFields(error: FastifyError): ProblemField[] {
  const issues = (error.validation ?? []) as ValidationIssue[];
  const context = error.validationContext ?? 'body';
  return issues.map((issue) => {
    const missing = issue.params?.missingProperty;
    const extra = issue.params?.additionalProperty;
    const base = issue.instancePath ?? '';
    const path = typeof missing === 'string' ? `${base}/${missing}` : typeof extra === 'string' ? `${base}/${extra}` : base;
    return { path: `/${context}${path}`, message: issue.message ?? 'is invalid' };
  });
}

/**
 * PostgreSQL's refusal of text it cannot hold (a NUL character, `\u0000`, in a string: SQLSTATE
 * 22021, or 22P05), looked for behind the drivers' and drizzle's wrappers. It is the sender's
 * input, and the statement that met it rolled its transaction back: a 400, not a 500.
 */
function isUnstorableText(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { code } = current as { code?: unknown };
    if (code === '22021' || code === '22P05') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Maps anything thrown in a route to problem+json; a 5xx says nothing internal. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isUnstorableText(error)) {
    return httpErrors.HTTP_VALIDATION_FAILED(
      { vi: 'Nội dung có ký tự không hợp lệ (ký tự NUL)', en: 'The text holds a character that cannot be stored (NUL)' },
      [{ path: '/body', message: 'must not contain NUL characters' }],
    );
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const fields = validationFields(fastifyError);
    const unknown = fields.filter((_, index) => typeof fastifyError.validation?.[index]?.params?.additionalProperty === 'string');
    if (unknown.length > 0) {
      const paths = unknown.map((field) => field.path).join(', ');
      return httpErrors.HTTP_VALIDATION_FAILED({ vi: `Trường không được nhận: ${paths}`, en: `Unknown field: ${paths}` }, fields);
    }
    return httpErrors.HTTP_VALIDATION_FAILED({ vi: fastifyError.message, en: fastifyError.message }, fields);
  }
  const status = fastifyError.statusCode ?? 500;
  if (status === 429) return httpErrors.HTTP_RATE_LIMITED();
  if (status === 413) return httpErrors.HTTP_PAYLOAD_TOO_LARGE();
  if (status === 415) return httpErrors.HTTP_UNSUPPORTED_MEDIA_TYPE({ en: fastifyError.message, vi: fastifyError.message });
  if (status === 401) return httpErrors.HTTP_UNAUTHORIZED();
  if (status === 403) return httpErrors.HTTP_FORBIDDEN();
  if (status === 404) return httpErrors.HTTP_NOT_FOUND();
  if (status >= 400 && status < 500) {
    return httpErrors.HTTP_BAD_REQUEST({ en: fastifyError.message, vi: fastifyError.message });
  }
  if (status === 503) return httpErrors.HTTP_UNAVAILABLE();
  return httpErrors.HTTP_INTERNAL();
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const body = { ...toProblem(error, pickLocale(request.headers['accept-language'])), requestId: request.id };
  return reply.code(error.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}

export function installErrorHandling(app: FastifyInstance, allowedMethods: (method: string, url: string) => string[]): void {
  app.setErrorHandler((error, request, reply) => {
    let appError = toAppError(error);
    // a staff check refused a staff account whose sign-in lacks two-factor: say so
    if (appError.code === 'HTTP_FORBIDDEN') appError = twoFactorRequiredFor(request) ?? appError;
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else if (!(error instanceof AppError)) request.log.info({ err: error }, 'request rejected');
    const retryAfter = reply.getHeader('retry-after');
    if (retryAfter !== undefined) reply.header('retry-after', retryAfter);
    return sendProblem(request, reply, appError);
  });

  app.setNotFoundHandler((request, reply) => {
    const allow = allowedMethods(request.method, request.url);
    if (allow.length > 0) {
      reply.header('allow', allow.join(', '));
      return sendProblem(
        request,
        reply,
        httpErrors.HTTP_METHOD_NOT_ALLOWED({
          vi: `Đường dẫn này chỉ nhận ${allow.join(', ')}`,
          en: `This path accepts ${allow.join(', ')} only`,
        }),
      );
    }
    return sendProblem(
      request,
      reply,
      httpErrors.HTTP_NOT_FOUND({
        vi: `Không có ${request.method} ${request.url}`,
        en: `No route ${request.method} ${request.url}`,
      }),
    );
  });
}
