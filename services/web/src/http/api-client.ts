import { randomBytes } from 'node:crypto';
import type { ProblemBody } from '@tradeqn/kit';
import { internalCallHeaders } from '@tradeqn/kit';
import type { FastifyInstance } from 'fastify';
import type { Locale } from '../i18n/locale.ts';

/** A problem the API answered, as the page shows it: its status, title, detail and failing fields. */
export interface ApiProblem extends Partial<ProblemBody> {
  status: number;
  title: string;
  code?: string;
  errors?: { path: string; message: string }[];
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T; location?: string }
  | { ok: false; status: number; problem: ApiProblem };

export interface CallOptions {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  idempotencyKey?: string;
}

/** A file a form brought (`@fastify/multipart`), passed on to the API as its `file` field. */
export interface UploadFile {
  filename: string;
  contentType: string;
  data: Buffer;
  /** Other fields of the API's multipart form (a document's `kind`…). */
  fields?: Record<string, string>;
}

/**
 * The pages read and change everything through the public API, in-process (`app.inject`, no
 * socket): one authorization, one validation and one set of domain rules for the API and the
 * pages, which therefore cannot disagree. The call carries the viewer's access token, the
 * visitor's address (so per-person limits such as sign-in attempts still count the visitor) and
 * the page's language (problems come back in it).
 */
export interface ApiClient {
  get<T>(path: string, options?: CallOptions): Promise<ApiResult<T>>;
  post<T>(path: string, options?: CallOptions): Promise<ApiResult<T>>;
  patch<T>(path: string, options?: CallOptions): Promise<ApiResult<T>>;
  put<T>(path: string, options?: CallOptions): Promise<ApiResult<T>>;
  delete<T>(path: string, options?: CallOptions): Promise<ApiResult<T>>;
  /** A multipart upload (`POST` or `PUT`) of one file in the field `file`. */
  upload<T>(method: 'POST' | 'PUT', path: string, file: UploadFile): Promise<ApiResult<T>>;
}

export interface Caller {
  accessToken: string | null;
  ip: string;
  locale: Locale;
}

export function createApiClient(app: FastifyInstance, caller: Caller): ApiClient {
  const call = async <T>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    options: CallOptions = {},
    multipart?: { body: Buffer; contentType: string },
  ): Promise<ApiResult<T>> => {
    const headers: Record<string, string> = { ...internalCallHeaders(), 'accept-language': caller.locale };
    if (caller.accessToken) headers.authorization = `Bearer ${caller.accessToken}`;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    if (multipart) headers['content-type'] = multipart.contentType;
    const query = Object.fromEntries(
      Object.entries(options.query ?? {}).flatMap(([key, value]) =>
        value === undefined || value === '' ? [] : [[key, String(value)]],
      ),
    );
    const response = await app.inject({
      method,
      url: `/api/v1${path}`,
      query,
      headers,
      remoteAddress: caller.ip,
      ...(multipart ? { payload: multipart.body } : options.body !== undefined ? { payload: options.body as object } : {}),
    });
    const location = response.headers.location;
    if (response.statusCode < 400) {
      const data = (response.body === '' ? null : response.json()) as T;
      return { ok: true, status: response.statusCode, data, ...(typeof location === 'string' ? { location } : {}) };
    }
    let problem: ApiProblem = { status: response.statusCode, title: response.statusMessage };
    try {
      problem = { ...problem, ...(response.json() as ApiProblem) };
    } catch {
      // a body that is not JSON keeps the status line as the title
    }
    return { ok: false, status: response.statusCode, problem };
  };
  return {
    get: (path, options) => call('GET', path, options),
    post: (path, options) => call('POST', path, options),
    patch: (path, options) => call('PATCH', path, options),
    put: (path, options) => call('PUT', path, options),
    delete: (path, options) => call('DELETE', path, options),
    upload: (method, path, file) => call(method, path, {}, multipartBody(file)),
  };
}

/** One file (and its extra fields) as a `multipart/form-data` body, as a browser would send it. */
export function multipartBody(file: UploadFile): { body: Buffer; contentType: string } {
  const boundary = `----tradeqn${randomBytes(12).toString('hex')}`;
  const quoted = (value: string) => value.replace(/["\r\n]/g, '_');
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(file.fields ?? {})) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quoted(file.filename)}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The data of a call that must succeed for the page to make sense; anything else is the page's error. */
export function required<T>(result: ApiResult<T>): T {
  if (result.ok) return result.data;
  throw new PageApiError(result.problem);
}

export class PageApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(`${problem.status} ${problem.title}`);
  }
}

/** This page does not exist (an id that cannot be one, a slug of the wrong shape): the 404 page. */
export function pageNotFound(): PageApiError {
  return new PageApiError({ status: 404, title: 'Not Found' });
}
