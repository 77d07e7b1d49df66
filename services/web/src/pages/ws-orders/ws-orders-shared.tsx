import { internalCallHeaders } from '@tradeqn/kit';
import type { FastifyInstance } from 'fastify';
import type { PageContext } from '../../http/page-context.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const MONTH = /^20\d\d-(0[1-9]|1[0-2])$/;
export const PAGE_SIZE = 25;

export type Page<T> = { items: T[]; nextCursor: string | null };

export type RouteParams = { id: string };
export type OrderParams = { id: string; orderId: string };

/** A query-string value as one trimmed string (a repeated parameter counts once), at most `max` characters. */
export function queryText(query: unknown, name: string, max = 200): string | undefined {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  const one = Array.isArray(value) ? value[0] : value;
  if (typeof one !== 'string') return undefined;
  const trimmed = one.trim().slice(0, max);
  return trimmed === '' ? undefined : trimmed;
}

/** An order's status as a badge (the words are the buyer's order pages'). */
export function StatusBadge({ ctx, status }: { ctx: PageContext; status: string }) {
  return (
    <span class={`status status-${status}`} data-status={status}>
      {ctx.t.orders.statuses[status] ?? status}
    </span>
  );
}

/** This month in Vietnam (GMT+7), `yyyy-MM`, as a seller reads months. */
export function vietnamMonth(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 7);
}

/** The month before or after `month` (`yyyy-MM`). */
export function shiftMonth(month: string, by: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, mon - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/**
 * An API answer that is not JSON (the statement's CSV), read in-process as the viewer — as the
 * page's API client does for JSON; the status and the body are passed on as they are.
 */
export async function apiText(
  app: FastifyInstance,
  ctx: PageContext,
  path: string,
): Promise<{ status: number; body: string; contentType: string | undefined }> {
  const headers: Record<string, string> = { ...internalCallHeaders(), 'accept-language': ctx.locale };
  if (ctx.viewer) headers.authorization = `Bearer ${ctx.viewer.accessToken}`;
  const response = await app.inject({ method: 'GET', url: `/api/v1${path}`, headers });
  const type = response.headers['content-type'];
  return { status: response.statusCode, body: response.body, contentType: typeof type === 'string' ? type : undefined };
}
