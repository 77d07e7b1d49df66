import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.ts';

export type { components, paths } from './schema.ts';
export {
  type IncomingWebhookHeaders,
  type SignWebhookOptions,
  signWebhook,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookFailureReason,
  type WebhookHeaders,
  WebhookVerificationError,
} from './webhooks.ts';

/** The typed client: `client.GET('/api/v1/products', { params: { query: { q: 'toi ly son' } } })` answers `{ data, error, response }`. */
export type TradeqnClient = Client<paths>;

/** The API's named schemas (`Schemas['Product']`, `Schemas['Order']`…). */
export type Schemas = components['schemas'];

/** An error answer, RFC 9457 problem details (`application/problem+json`): `{ type, title, status, code, detail?, errors? }`. */
export type Problem = components['schemas']['Problem'];

export interface TradeqnClientOptions {
  /** The site's address, without `/api/v1` (the paths carry it): `https://tradequangngai.com.vn`. */
  baseUrl: string;
  /** A partner site's key, sent as `X-Api-Key` (issued by the province's admins). */
  apiKey?: string;
  /** A person's access token, sent as `Authorization: Bearer …`; a function is asked before each request (for a token that is renewed). */
  accessToken?: string | (() => string | undefined | Promise<string | undefined>);
  /** `vi` (the API's default) or `en`, for the `title` and `detail` of problems, sent as `Accept-Language`. */
  language?: 'vi' | 'en';
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** A fetch of your own (tests, proxies, retries); the global fetch by default. */
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * A client for the marketplace's public REST API, typed from its OpenAPI document: paths,
 * parameters, bodies and answers are checked by TypeScript. A non-2xx answer is not thrown:
 * it comes back as `error` (a `Problem`), with `response.status`.
 */
export function createTradeqnClient(options: TradeqnClientOptions): TradeqnClient {
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey) headers['X-Api-Key'] = options.apiKey;
  if (options.language) headers['Accept-Language'] = options.language;
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const { accessToken } = options;
  if (accessToken) {
    const bearer: Middleware = {
      async onRequest({ request }) {
        const token = typeof accessToken === 'function' ? await accessToken() : accessToken;
        if (token) request.headers.set('Authorization', `Bearer ${token}`);
        return request;
      },
    };
    client.use(bearer);
  }
  return client;
}
