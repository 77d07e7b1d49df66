/**
 * RFC 9457 problem details. Every error the platform answers with is one of these, with a
 * stable `type` URI and `code` per error and Vietnamese (default) or English texts.
 */
export const PROBLEM_TYPE_BASE = 'https://tradequangngai.com.vn/problems/';

export type Locale = 'vi' | 'en';

export interface ProblemField {
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  errors?: ProblemField[];
  requestId?: string;
}

export interface ErrorSpec {
  status: number;
  /** Title in Vietnamese and English; also the default detail. */
  vi: string;
  en: string;
}

/** An error the client caused or may act on. `code` is `SERVICE_ENTITY_PROBLEM`. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly spec: ErrorSpec,
    readonly detail?: { vi?: string; en?: string },
    readonly errors?: ProblemField[],
  ) {
    super(`${code}: ${detail?.en ?? spec.en}`);
    this.name = 'AppError';
  }

  get status(): number {
    return this.spec.status;
  }
}

/** The type slug of a code: `ACCOUNTS_EMAIL_NOT_VERIFIED` → `email-not-verified` (the service prefix is dropped). */
export function problemSlug(code: string): string {
  const withoutService = code.includes('_') ? code.slice(code.indexOf('_') + 1) : code;
  return withoutService.toLowerCase().replaceAll('_', '-');
}

export function problemType(code: string): string {
  return PROBLEM_TYPE_BASE + problemSlug(code);
}

/**
 * Builds a typed error catalog:
 * `const errors = defineErrors({ ACCOUNTS_EMAIL_TAKEN: { status: 409, vi: '…', en: '…' } })`
 * then `throw errors.ACCOUNTS_EMAIL_TAKEN()`.
 */
export function defineErrors<const T extends Record<string, ErrorSpec>>(
  catalog: T,
): { [K in keyof T]: (detail?: { vi?: string; en?: string }, fields?: ProblemField[]) => AppError } {
  const factories = {} as Record<string, (detail?: { vi?: string; en?: string }, fields?: ProblemField[]) => AppError>;
  for (const [code, spec] of Object.entries(catalog)) {
    factories[code] = (detail, fields) => new AppError(code, spec, detail, fields);
  }
  return factories as never;
}

/** Errors of the HTTP layer itself, shared by every service. */
export const httpErrors = defineErrors({
  HTTP_BAD_REQUEST: { status: 400, vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  HTTP_VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
  HTTP_UNAUTHORIZED: { status: 401, vi: 'Bạn cần đăng nhập', en: 'You need to sign in' },
  HTTP_FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  HTTP_NOT_FOUND: { status: 404, vi: 'Không tìm thấy', en: 'Not found' },
  HTTP_METHOD_NOT_ALLOWED: { status: 405, vi: 'Phương thức không được hỗ trợ', en: 'Method not allowed' },
  HTTP_PAYLOAD_TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn', en: 'Payload too large' },
  HTTP_UNSUPPORTED_MEDIA_TYPE: { status: 415, vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported media type' },
  HTTP_RATE_LIMITED: { status: 429, vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests, try again later' },
  HTTP_INTERNAL: { status: 500, vi: 'Lỗi hệ thống', en: 'Internal server error' },
  HTTP_UNAVAILABLE: { status: 503, vi: 'Dịch vụ tạm thời không sẵn sàng', en: 'Service temporarily unavailable' },
});

export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'vi';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

export function toProblem(error: AppError, locale: Locale): ProblemBody {
  const title = locale === 'en' ? error.spec.en : error.spec.vi;
  const detail = (locale === 'en' ? error.detail?.en : error.detail?.vi) ?? error.detail?.vi ?? error.detail?.en;
  return {
    type: problemType(error.code),
    title,
    status: error.status,
    code: error.code,
    detail: detail ?? title,
    ...(error.errors && error.errors.length > 0 ? { errors: error.errors } : {}),
  };
}
