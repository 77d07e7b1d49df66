import type { EnterpriseDto, EnterprisePageDto } from '@tradeqn/enterprises/contract';
import type { App } from '@tradeqn/kit';
import { formatDateTimeVn, formatDateVn, formatVnd } from '@tradeqn/vn';
import type { ComponentChildren } from 'preact';
import { type ApiResult, required } from '../../http/api-client.ts';
import { withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { requireStaff, staffRoleOf } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';

const LIST_PATH = consolePath('enterprises');

interface Summaries {
  enterprises: { pending: number; approved: number; rejected: number; suspended: number; exportReady: number } | null;
  products: { pendingReview: number; flagged: number } | null;
  orders: { since: string; orders: number; gmv: number } | null;
  deadLetters: number | null;
  /** Complaints by status; `mediation` waits for the province. */
  complaints: { mediation: number; open: number } | null;
  payments: { lateToRefund: number; lateToRefundAmount: number } | null;
  /** Product reviews waiting for a moderator. */
  reviews: { pending: number; flagged: number } | null;
  /** Authorities' takedown requests open (and past their 24 hours), reports waiting. */
  trust: { openTakedowns: number; overdueTakedowns: number; openReports: number } | null;
  /** The five registrations waiting longest. */
  oldest: EnterpriseDto[];
  /** When these were read (they are shared among staff for a few seconds). */
  asOf: string;
}

/**
 * How long staff share the start page's counts. Each is a count over a whole table (100,000
 * products), and the page is what every member of staff opens first and comes back to: read once
 * for all of them every few seconds, not once a visit. The page says when they were read.
 */
const SUMMARIES_TTL_MS = 10_000;

async function sharedSummaries(ctx: PageContext, role: 'admin' | 'moderator'): Promise<Summaries> {
  // an admin sees two counts more than a moderator: their reads are not shared with each other
  const shared = await ctx.site.shared.read<Summaries>(`console:summaries:${role}`, SUMMARIES_TTL_MS, async () => {
    const optional = <T,>(result: ApiResult<T>): T | null => (result.ok ? result.data : null);
    const [enterprises, products, orders, deadLetters, payments, oldest, complaints, reviews, trust] = await Promise.all([
      ctx.api.get<NonNullable<Summaries['enterprises']>>('/admin/enterprises/summary'),
      ctx.api.get<NonNullable<Summaries['products']>>('/admin/products/summary'),
      ctx.api.get<NonNullable<Summaries['orders']>>('/admin/orders/summary'),
      role === 'admin' ? ctx.api.get<{ count: number }>('/admin/jobs/dead-letters/count') : null,
      role === 'admin' ? ctx.api.get<NonNullable<Summaries['payments']>>('/admin/payments/summary') : null,
      ctx.api.get<EnterprisePageDto>('/admin/enterprises', { query: { status: 'pending', limit: 5 } }),
      ctx.api.get<NonNullable<Summaries['complaints']>>('/admin/complaints/summary'),
      ctx.api.get<NonNullable<Summaries['reviews']>>('/admin/reviews/summary'),
      ctx.api.get<NonNullable<Summaries['trust']>>('/admin/trust/summary'),
    ]);
    const data: Summaries = {
      enterprises: optional(enterprises),
      products: optional(products),
      orders: optional(orders),
      deadLetters: deadLetters?.ok ? deadLetters.data.count : null,
      payments: payments ? optional(payments) : null,
      oldest: oldest.ok ? oldest.data.items : [],
      complaints: optional(complaints),
      reviews: optional(reviews),
      trust: optional(trust),
      asOf: new Date().toISOString(),
    };
    // a count that could not be read shows as such until the next read
    return { ok: true, status: 200, data };
  });
  return required(shared);
}

/** `/quan-tri`: what waits for staff. */
export async function consoleStartPages(app: App): Promise<void> {
  app.get('/quan-tri', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const role = requireStaff(ctx);
    const summaries = await sharedSummaries(ctx, role);
    return sendPage(reply, <StartPage ctx={ctx} summaries={summaries} />);
  });
}

const number = (n: number) => n.toLocaleString('vi-VN');

function StartPage({ ctx, summaries }: { ctx: PageContext; summaries: Summaries }) {
  const t = ctx.t.consoleEnterprises.start;
  const isAdmin = staffRoleOf(ctx) === 'admin';
  const { enterprises, products, orders, deadLetters, payments, oldest, complaints } = summaries;
  const badges = {
    ...(enterprises ? { enterprises: enterprises.pending } : {}),
    ...(products ? { products: products.pendingReview } : {}),
    ...(deadLetters !== null ? { jobs: deadLetters } : {}),
    ...(payments ? { payments: payments.lateToRefund } : {}),
    ...(complaints ? { complaints: complaints.mediation } : {}),
    ...(summaries.reviews ? { reviews: summaries.reviews.pending } : {}),
    ...(summaries.trust ? { takedowns: summaries.trust.openTakedowns, reports: summaries.trust.openReports } : {}),
  };
  const Tile = ({
    name,
    label,
    value,
    children,
  }: {
    name: string;
    label: string;
    value: string | null;
    children?: ComponentChildren;
  }) => (
    <section class="todo-tile" data-tile={name} aria-labelledby={`tile-${name}`}>
      <h2 id={`tile-${name}`}>{label}</h2>
      {value === null ? <p class="todo-unavailable">{t.unavailable}</p> : <p class="todo-count">{value}</p>}
      {children}
    </section>
  );
  return (
    <ConsoleDocument ctx={ctx} active="start" title={t.title} badges={badges}>
      <p class="todo-note" data-as-of={summaries.asOf}>
        {t.asOf(formatDateTimeVn(summaries.asOf))}
      </p>
      <div class="todo-grid">
        <Tile name="enterprises" label={t.enterprisesWaiting} value={enterprises ? number(enterprises.pending) : null}>
          <a href={ctx.href(LIST_PATH)}>{t.openQueue}</a>
        </Tile>
        <Tile name="products" label={t.productsWaiting} value={products ? number(products.pendingReview) : null}>
          {products && products.flagged > 0 ? (
            <p class="todo-flagged">
              <a href={ctx.href(withQuery(consolePath('products'), { flagged: 'true' }))}>{t.flagged(products.flagged)}</a>
            </p>
          ) : null}
          <a href={ctx.href(consolePath('products'))}>{t.openModeration}</a>
        </Tile>
        {isAdmin ? (
          <Tile name="jobs" label={t.deadLetters} value={deadLetters === null ? null : number(deadLetters)}>
            <a href={ctx.href(consolePath('jobs'))}>{t.openJobs}</a>
          </Tile>
        ) : null}
        {isAdmin ? (
          <Tile name="payments" label={t.latePayments} value={payments ? number(payments.lateToRefund) : null}>
            {payments && payments.lateToRefund > 0 ? <p>{t.lateAmount(formatVnd(payments.lateToRefundAmount))}</p> : null}
            <a href={ctx.href(withQuery(consolePath('payments'), { late: 'true' }))}>{t.openPayments}</a>
          </Tile>
        ) : null}
        <Tile name="complaints" label={ctx.t.complaints.inMediation} value={complaints ? number(complaints.mediation) : null}>
          {complaints && complaints.open > 0 ? <p>{ctx.t.complaints.waitingForSellers(complaints.open)}</p> : null}
          <a href={ctx.href(consolePath('complaints'))}>{ctx.t.complaints.openQueue}</a>
        </Tile>
        <Tile
          name="takedowns"
          label={ctx.t.trust.start.takedownsOpen}
          value={summaries.trust ? number(summaries.trust.openTakedowns) : null}
        >
          {summaries.trust && summaries.trust.overdueTakedowns > 0 ? (
            <p class="clock-overdue">{ctx.t.trust.start.overdue(summaries.trust.overdueTakedowns)}</p>
          ) : null}
          <a href={ctx.href(consolePath('takedowns'))}>{ctx.t.trust.start.openTakedowns}</a>
        </Tile>
        <Tile
          name="reports"
          label={ctx.t.trust.start.reportsOpen}
          value={summaries.trust ? number(summaries.trust.openReports) : null}
        >
          <a href={ctx.href(consolePath('reports'))}>{ctx.t.trust.start.openReports}</a>
        </Tile>
        <Tile name="orders" label={t.todayOrders} value={orders ? number(orders.orders) : null}>
          {orders ? <p class="todo-note">{t.since(formatDateVn(orders.since))}</p> : null}
        </Tile>
        <Tile name="gmv" label={t.todayGmv} value={orders ? formatVnd(orders.gmv) : null} />
      </div>
      <section aria-labelledby="oldest-pending" class="todo-oldest">
        <h2 id="oldest-pending">{t.oldestPending}</h2>
        {oldest.length === 0 ? (
          <p>{t.nothingWaiting}</p>
        ) : (
          <ol>
            {oldest.map((one) => (
              <li data-enterprise={one.id}>
                <a href={ctx.href(`${LIST_PATH}/${one.id}`)}>{one.name}</a> ·{' '}
                {ctx.t.consoleEnterprises.types[one.type] ?? one.type} · {one.address.wardName} ·{' '}
                {one.submittedAt ? formatDateTimeVn(one.submittedAt) : ''}
              </li>
            ))}
          </ol>
        )}
      </section>
    </ConsoleDocument>
  );
}
