import type { App } from '@tradeqn/kit';
import { formatVnd } from '@tradeqn/vn';
import type { FastifyReply } from 'fastify';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { type Column, DataTable, FilterBar } from '../../components/data-table.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, SelectField, TextField } from '../../components/form.tsx';
import { type ApiResult, pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { readListQuery, withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { collectPages, sendWorkbook } from '../../http/workbook.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import { formChoices, SCOPES, ScopeChoices } from '../console-partners/console-partners-routes.tsx';
import { UUID, when } from './people-routes.tsx';

const KEYS = consolePath('apiKeys');
const PAYMENTS = consolePath('payments');
const JOBS = consolePath('jobs');
const PAGE_SIZE = 25;
const VIEWS = ['late', 'transfers', 'refunds'] as const;
const REFUND_STATUSES = ['pending', 'sending', 'manual', 'succeeded'] as const;
type View = (typeof VIEWS)[number];

interface ApiKey {
  id: string;
  name: string;
  contactEmail: string | null;
  prefix: string;
  ratePerMinute: number;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
interface Payment {
  id: string;
  method: string;
  status: string;
  amount: number;
  refundedAmount: number;
  orderIds: string[];
  orderCodes: string[];
  expiresAt: string | null;
  paidAt: string | null;
  latePaidAt: string | null;
}
interface Refund {
  id: string;
  paymentId: string;
  orderCode: string;
  method: string;
  amount: number;
  status: string;
  reason: string;
  providerRef: string | null;
  lastError: string | null;
  createdAt: string;
  completedAt: string | null;
}
interface DeadLetter {
  id: string;
  eventId: string;
  eventType: string;
  handler: string | null;
  error: string;
  attempts: number;
  failedAt: string;
}
type Page<T> = { items: T[]; nextCursor: string | null };

/** The guard every handler here starts with: an admin, signed in (null when sent to sign in). */
function adminPage(request: { page: PageContext }, reply: FastifyReply): PageContext | null {
  const ctx = request.page;
  if (!ctx.viewer) {
    redirectToSignIn(reply);
    return null;
  }
  requireStaff(ctx, 'admin');
  return ctx;
}

/** A row action's answer as a flash on the list it came from (404: it was handled meanwhile). */
function flashOutcome(reply: FastifyReply, ctx: PageContext, answer: ApiResult<unknown>, success: string): void {
  if (answer.ok) setFlash(reply, success);
  else if (answer.status === 404) setFlash(reply, ctx.t.consolePeople.notFoundFlash, 'error');
  else if (answer.status === 403) required(answer);
  else
    setFlash(
      reply,
      answer.problem.errors?.length
        ? ctx.t.consolePeople.payments.referenceRequired
        : (answer.problem.detail ?? answer.problem.title),
      'error',
    );
}

function paymentsQuery(query: unknown) {
  const list = readListQuery(query, {
    filters: ['view', 'status'] as const,
    sorts: ['created'] as const,
    defaultSort: { key: 'created', dir: 'desc' },
  });
  const view: View = (VIEWS as readonly string[]).includes(list.filters.view ?? '') ? (list.filters.view as View) : 'late';
  const status = (REFUND_STATUSES as readonly string[]).includes(list.filters.status ?? '') ? list.filters.status : undefined;
  return { list, view, status };
}

function paymentCall(view: View, status: string | undefined) {
  if (view === 'refunds') return { path: '/admin/refunds', query: { status } };
  if (view === 'transfers') return { path: '/admin/payments', query: { method: 'bank_transfer', status: 'pending' } };
  return { path: '/admin/payments', query: { late: 'true' } };
}

/** `/quan-tri/khoa-api`, `/quan-tri/thanh-toan`, `/quan-tri/cong-viec-loi`: the admins' operations pages. */
export async function opsPages(app: App): Promise<void> {
  // partner API keys
  app.get(KEYS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    return renderKeys(reply, ctx, { values: {}, errors: {} });
  });

  app.post(
    KEYS,
    {
      schema: { hide: true },
      // the page with a new key's secret is kept by no cache, not even the browser's back button
      onSend: async (_request, reply, payload) => {
        if (reply.statusCode === 201) reply.header('cache-control', 'no-store');
        return payload;
      },
    },
    async (request, reply) => {
      const ctx = adminPage(request, reply);
      if (!ctx) return reply;
      const values = {
        name: formText(request.body, 'name'),
        contactEmail: formText(request.body, 'contactEmail'),
        ratePerMinute: formText(request.body, 'ratePerMinute'),
      };
      // the scopes' checkboxes: absent from the form, the API's default (the read scopes)
      const scopes = formText(request.body, 'scopesShown') ? formChoices(request.body, 'scopes', SCOPES) : undefined;
      const rate = Number(values.ratePerMinute);
      const errors: FieldErrors = {};
      const k = ctx.t.consolePeople.keys;
      if (values.ratePerMinute && !(Number.isInteger(rate) && rate >= 10 && rate <= 100_000))
        errors.ratePerMinute = k.errors.ratePerMinute;
      if (Object.keys(errors).length > 0) return renderKeys(reply, ctx, { values, errors, scopes }, 422);
      const issued = await ctx.api.post<ApiKey & { key: string }>('/admin/api-keys', {
        body: {
          name: values.name,
          ...(values.contactEmail ? { contactEmail: values.contactEmail } : {}),
          ...(values.ratePerMinute ? { ratePerMinute: rate } : {}),
          ...(scopes ? { scopes } : {}),
        },
      });
      if (!issued.ok) {
        if (issued.status === 403 || issued.status === 401) required(issued);
        const found = fieldErrorsOf(issued.problem);
        for (const field of ['name', 'contactEmail', 'ratePerMinute'] as const) if (found[field]) found[field] = k.errors[field];
        return renderKeys(reply, ctx, { values, errors: found, scopes }, formStatus(issued.problem));
      }
      // the secret is shown in this answer only (never in a redirect, a cookie or a log)
      return renderKeys(reply, ctx, { values: {}, errors: {}, issued: issued.data }, 201);
    },
  );

  app.post<{ Params: { id: string } }>(`${KEYS}/:id/thu-hoi`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const answer = await ctx.api.post<ApiKey>(`/admin/api-keys/${request.params.id}/revoke`);
    flashOutcome(reply, ctx, answer, answer.ok ? ctx.t.consolePeople.keys.revokedFlash(answer.data.name) : '');
    return redirectTo(reply, ctx.href(KEYS));
  });

  // payments and refunds
  app.get(PAYMENTS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    const query = paymentsQuery(request.query);
    const call = paymentCall(query.view, query.status);
    const page = required(
      await ctx.api.get<Page<Payment | Refund>>(call.path, {
        query: { ...call.query, limit: PAGE_SIZE, cursor: query.list.cursor },
      }),
    );
    return sendPage(reply, <PaymentsPage ctx={ctx} query={query} page={page} />);
  });

  app.get(`${PAYMENTS}/excel`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    const { view, status } = paymentsQuery(request.query);
    const call = paymentCall(view, status);
    const { items } = await collectPages(async (cursor) =>
      required(await ctx.api.get<Page<Payment & Refund>>(call.path, { query: { ...call.query, limit: 100, cursor } })),
    );
    const t = ctx.t.consolePeople.payments;
    const c = t.columns;
    if (view === 'refunds') {
      return sendWorkbook(reply, t.exportRefundsName, [
        {
          name: t.exportRefundsSheet,
          rows: items as Refund[],
          columns: [
            { header: c.orders, value: (row) => row.orderCode },
            { header: c.method, value: (row) => t.methods[row.method] ?? row.method },
            { header: c.amount, format: 'money', value: (row) => row.amount },
            { header: c.status, value: (row) => t.statuses[row.status] ?? row.status },
            { header: c.reason, width: 40, value: (row) => row.reason },
            { header: c.reference, width: 24, value: (row) => row.providerRef ?? '' },
            { header: c.created, format: 'dateTime', value: (row) => row.createdAt },
            { header: c.completed, format: 'dateTime', value: (row) => row.completedAt },
          ],
        },
      ]);
    }
    return sendWorkbook(reply, t.exportName, [
      {
        name: t.exportSheet,
        rows: items as Payment[],
        columns: [
          { header: c.orders, width: 24, value: (row) => row.orderCodes.join(', ') },
          { header: c.method, value: (row) => t.methods[row.method] ?? row.method },
          { header: c.amount, format: 'money', value: (row) => row.amount },
          { header: c.status, value: (row) => t.statuses[row.status] ?? row.status },
          { header: c.expires, format: 'dateTime', value: (row) => row.expiresAt },
          { header: c.paid, format: 'dateTime', value: (row) => row.latePaidAt ?? row.paidAt },
        ],
      },
    ]);
  });

  const paymentAction = (
    path: string,
    api: (id: string) => string,
    needsReference: boolean,
    flash: (ctx: PageContext) => string,
  ) =>
    app.post<{ Params: { id: string } }>(`${PAYMENTS}/${path}`, { schema: { hide: true } }, async (request, reply) => {
      const ctx = adminPage(request, reply);
      if (!ctx) return reply;
      if (!UUID.test(request.params.id)) throw pageNotFound();
      const back = formText(request.body, 'back');
      const target = ctx.href(back === PAYMENTS || back.startsWith(`${PAYMENTS}?`) ? back : PAYMENTS);
      const reference = formText(request.body, 'reference');
      if (needsReference && reference.length < 3) {
        setFlash(reply, ctx.t.consolePeople.payments.referenceRequired, 'error');
        return redirectTo(reply, target);
      }
      const answer = await ctx.api.post(api(request.params.id), { body: needsReference ? { reference } : {} });
      flashOutcome(reply, ctx, answer, flash(ctx));
      return redirectTo(reply, target);
    });
  paymentAction(
    ':id/hoan-tien-muon',
    (id) => `/admin/payments/${id}/refund-late`,
    true,
    (ctx) => ctx.t.consolePeople.payments.refundedLateFlash,
  );
  paymentAction(
    ':id/xac-nhan',
    (id) => `/admin/payments/${id}/confirm`,
    false,
    (ctx) => ctx.t.consolePeople.payments.confirmedFlash,
  );
  paymentAction(
    'hoan-tien/:id/hoan-tat',
    (id) => `/admin/refunds/${id}/complete`,
    true,
    (ctx) => ctx.t.consolePeople.payments.completedFlash,
  );

  // dead-letter jobs
  app.get(JOBS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    // newest first, one page at a time (the API's keyset cursor)
    const { cursor } = readListQuery(request.query, {
      filters: [],
      sorts: ['failed'],
      defaultSort: { key: 'failed', dir: 'desc' },
    });
    const page = required(
      await ctx.api.get<Page<DeadLetter>>('/admin/jobs/dead-letters', { query: { limit: PAGE_SIZE, cursor } }),
    );
    return sendPage(reply, <JobsPage ctx={ctx} page={page} cursor={cursor} />);
  });

  app.post<{ Params: { id: string } }>(`${JOBS}/:id/chay-lai`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    const id = request.params.id;
    if (!/^[\w.:-]{1,300}$/.test(id)) throw pageNotFound();
    const answer = await ctx.api.post(`/admin/jobs/dead-letters/${encodeURIComponent(id)}/retry`);
    flashOutcome(reply, ctx, answer, ctx.t.consolePeople.jobs.retriedFlash(formText(request.body, 'type').slice(0, 80)));
    return redirectTo(reply, ctx.href(JOBS));
  });
}

async function renderKeys(
  reply: FastifyReply,
  ctx: PageContext,
  form: { values: Record<string, string>; errors: FieldErrors; issued?: ApiKey & { key: string }; scopes?: string[] | undefined },
  status = 200,
) {
  const { items } = required(await ctx.api.get<{ items: ApiKey[] }>('/admin/api-keys'));
  return sendPage(reply, <KeysPage ctx={ctx} keys={items} {...form} />, { status });
}

function KeysPage({
  ctx,
  keys,
  values,
  errors,
  issued,
  scopes,
}: {
  ctx: PageContext;
  keys: ApiKey[];
  values: Record<string, string>;
  errors: FieldErrors;
  issued?: (ApiKey & { key: string }) | undefined;
  scopes?: string[] | undefined;
}) {
  const t = ctx.t.consolePeople.keys;
  const columns: Column<ApiKey>[] = [
    {
      key: 'name',
      label: t.columns.name,
      // the partner's page: its scopes, webhook endpoints and deliveries
      cell: (row) => <a href={ctx.href(consolePath('partners', `/${row.id}`))}>{row.name}</a>,
    },
    {
      key: 'scopes',
      label: ctx.t.partners.scopesColumn,
      cell: (row) => (row.scopes.length ? row.scopes.join(', ') : ctx.t.partners.noScopes),
    },
    { key: 'prefix', label: t.columns.prefix, cell: (row) => <code>{row.prefix}…</code> },
    { key: 'contact', label: t.columns.contact, cell: (row) => row.contactEmail ?? '—' },
    { key: 'rate', label: t.columns.rate, numeric: true, cell: (row) => row.ratePerMinute.toLocaleString('vi-VN') },
    { key: 'created', label: t.columns.created, cell: (row) => when(row.createdAt) },
    { key: 'lastUsed', label: t.columns.lastUsed, cell: (row) => (row.lastUsedAt ? when(row.lastUsedAt) : t.never) },
    {
      key: 'status',
      label: t.columns.status,
      cell: (row) => (
        <span class={`status status-${row.revokedAt ? 'disabled' : 'active'}`}>
          {row.revokedAt ? t.revoked(when(row.revokedAt)) : t.active}
        </span>
      ),
    },
    {
      key: 'actions',
      label: t.columns.actions,
      cell: (row) =>
        row.revokedAt ? null : (
          <ConfirmAction
            ctx={ctx}
            action={`${KEYS}/${row.id}/thu-hoi`}
            label={t.revoke}
            confirmLabel={t.revokeConfirm}
            question={t.revokeQuestion(row.name)}
            name="revoke"
          />
        ),
    },
  ];
  return (
    <ConsoleDocument ctx={ctx} active="apiKeys" title={t.title}>
      <p>{t.intro}</p>
      {issued ? (
        <section class="secret-once" role="alert" aria-labelledby="secret-title" data-secret-once>
          <h2 id="secret-title">{t.secretTitle}</h2>
          <p class="secret-warning">{t.secretWarning}</p>
          <label for="new-key">{t.secretFor(issued.name)}</label>
          <input id="new-key" class="secret-value" type="text" readOnly value={issued.key} data-secret={issued.key} />
        </section>
      ) : null}
      <DataTable
        ctx={ctx}
        caption={t.caption}
        columns={columns}
        rows={keys}
        rowKey={(row) => row.id}
        basePath={KEYS}
        params={{}}
        nextCursor={null}
        empty={<p>{t.empty}</p>}
        rowAttributes={(row) => ({ 'data-key': row.id })}
      />
      <section class="key-create" aria-labelledby="key-create-title">
        <h2 id="key-create-title">{t.create}</h2>
        <ErrorSummary
          ctx={ctx}
          errors={errors}
          labels={{ name: t.name, contactEmail: t.contactEmail, ratePerMinute: t.ratePerMinute }}
        />
        <form method="post" action={ctx.href(KEYS)} class="stack-form" novalidate>
          <CsrfField ctx={ctx} />
          <TextField name="name" label={t.name} value={values.name} error={errors.name} required maxLength={120} />
          <TextField
            name="contactEmail"
            label={t.contactEmail}
            type="email"
            value={values.contactEmail}
            error={errors.contactEmail}
            maxLength={200}
          />
          <TextField
            name="ratePerMinute"
            label={t.ratePerMinute}
            inputMode="numeric"
            value={values.ratePerMinute}
            error={errors.ratePerMinute}
            maxLength={6}
          />
          <ScopeChoices ctx={ctx} chosen={scopes ?? ['catalog:read', 'enterprises:read']} />
          <button type="submit" class="button">
            {t.submit}
          </button>
        </form>
      </section>
    </ConsoleDocument>
  );
}

function PaymentsPage({
  ctx,
  query,
  page,
}: {
  ctx: PageContext;
  query: ReturnType<typeof paymentsQuery>;
  page: Page<Payment | Refund>;
}) {
  const t = ctx.t.consolePeople.payments;
  const { list, view } = query;
  const back = withQuery(PAYMENTS, { ...list.params, cursor: list.cursor });
  const Back = () => <input type="hidden" name="back" value={back} />;
  const Reference = () => <TextField name="reference" label={t.reference} required maxLength={200} />;
  const statusCell = (status: string) => (
    <span class={`status status-${status}`} data-status={status}>
      {t.statuses[status] ?? status}
    </span>
  );
  const paymentColumns: Column<Payment>[] = [
    { key: 'orders', label: t.columns.orders, cell: (row) => row.orderCodes.join(', ') },
    { key: 'method', label: t.columns.method, cell: (row) => t.methods[row.method] ?? row.method },
    { key: 'amount', label: t.columns.amount, numeric: true, cell: (row) => formatVnd(row.amount) },
    { key: 'status', label: t.columns.status, cell: (row) => statusCell(row.status) },
    { key: 'expires', label: t.columns.expires, cell: (row) => when(row.expiresAt) },
    { key: 'paid', label: t.columns.paid, cell: (row) => when(row.latePaidAt ?? row.paidAt) },
    {
      key: 'actions',
      label: t.columns.actions,
      cell: (row) =>
        view === 'late' && row.status !== 'refunded' ? (
          <ConfirmAction
            ctx={ctx}
            action={`${PAYMENTS}/${row.id}/hoan-tien-muon`}
            label={t.refundLate}
            confirmLabel={t.refundLateConfirm}
            question={t.refundLateQuestion}
            danger={false}
            name="refund-late"
          >
            <Back />
            <Reference />
          </ConfirmAction>
        ) : view === 'transfers' ? (
          <ConfirmAction
            ctx={ctx}
            action={`${PAYMENTS}/${row.id}/xac-nhan`}
            label={t.confirm}
            question={t.confirmQuestion}
            danger={false}
            name="confirm-transfer"
          >
            <Back />
          </ConfirmAction>
        ) : null,
    },
  ];
  const refundColumns: Column<Refund>[] = [
    { key: 'orders', label: t.columns.orders, cell: (row) => row.orderCode },
    { key: 'method', label: t.columns.method, cell: (row) => t.methods[row.method] ?? row.method },
    { key: 'amount', label: t.columns.amount, numeric: true, cell: (row) => formatVnd(row.amount) },
    { key: 'status', label: t.columns.status, cell: (row) => statusCell(row.status) },
    { key: 'reason', label: t.columns.reason, cell: (row) => row.reason },
    { key: 'created', label: t.columns.created, cell: (row) => when(row.createdAt) },
    { key: 'reference', label: t.columns.reference, cell: (row) => row.providerRef ?? row.lastError ?? '—' },
    {
      key: 'actions',
      label: t.columns.actions,
      cell: (row) =>
        row.status === 'manual' || row.status === 'pending' ? (
          <ConfirmAction
            ctx={ctx}
            action={`${PAYMENTS}/hoan-tien/${row.id}/hoan-tat`}
            label={t.complete}
            question={t.completeQuestion}
            danger={false}
            name="complete-refund"
          >
            <Back />
            <Reference />
          </ConfirmAction>
        ) : null,
    },
  ];
  const common = {
    ctx,
    basePath: PAYMENTS,
    params: list.params,
    cursor: list.cursor,
    nextCursor: page.nextCursor,
    rowKey: (row: { id: string }) => row.id,
    rowAttributes: (row: { id: string }) => ({ 'data-row': row.id }),
  };
  return (
    <ConsoleDocument ctx={ctx} active="payments" title={t.title}>
      <nav class="status-tabs" aria-label={t.viewsLabel}>
        <ul class="plain-list">
          {VIEWS.map((key) => (
            <li>
              <a
                href={ctx.href(withQuery(PAYMENTS, { view: key === 'late' ? undefined : key }))}
                aria-current={key === view ? 'page' : undefined}
                data-view={key}
              >
                {t.views[key]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <FilterBar
        ctx={ctx}
        basePath={PAYMENTS}
        exportHref={withQuery(`${PAYMENTS}/excel`, list.params)}
        hidden={{ view: list.params.view }}
      >
        {view === 'refunds' ? (
          <SelectField
            name="status"
            label={t.refundStatus}
            value={query.status ?? ''}
            options={[
              { value: '', label: t.refundStatusAny },
              ...REFUND_STATUSES.map((value) => ({ value, label: t.statuses[value] ?? value })),
            ]}
          />
        ) : null}
      </FilterBar>
      {view === 'refunds' ? (
        <DataTable
          {...common}
          caption={t.captionRefunds}
          columns={refundColumns}
          rows={page.items as Refund[]}
          empty={<p>{t.emptyRefunds}</p>}
        />
      ) : (
        <DataTable
          {...common}
          caption={t.captionPayments}
          columns={paymentColumns}
          rows={page.items as Payment[]}
          empty={<p>{view === 'late' ? t.emptyLate : t.emptyTransfers}</p>}
        />
      )}
    </ConsoleDocument>
  );
}

function JobsPage({ ctx, page, cursor }: { ctx: PageContext; page: Page<DeadLetter>; cursor: string | undefined }) {
  const t = ctx.t.consolePeople.jobs;
  const columns: Column<DeadLetter>[] = [
    { key: 'type', label: t.columns.type, cell: (row) => <code>{row.eventType}</code> },
    { key: 'handler', label: t.columns.handler, cell: (row) => row.handler ?? '—' },
    { key: 'error', label: t.columns.error, cell: (row) => <span class="job-error">{row.error}</span> },
    { key: 'attempts', label: t.columns.attempts, numeric: true, cell: (row) => row.attempts },
    { key: 'failed', label: t.columns.failed, cell: (row) => when(row.failedAt) },
    {
      key: 'actions',
      label: t.columns.actions,
      cell: (row) => (
        <form
          method="post"
          action={ctx.href(`${JOBS}/${encodeURIComponent(row.id)}/chay-lai`)}
          class="inline-form"
          data-action="retry"
        >
          <CsrfField ctx={ctx} />
          <input type="hidden" name="type" value={row.eventType} />
          <button type="submit" class="button button-secondary">
            {t.retry}
          </button>
        </form>
      ),
    },
  ];
  return (
    <ConsoleDocument ctx={ctx} active="jobs" title={t.title}>
      <p>{t.intro}</p>
      <DataTable
        ctx={ctx}
        caption={t.caption}
        columns={columns}
        rows={page.items}
        rowKey={(row) => row.id}
        basePath={JOBS}
        params={{}}
        cursor={cursor}
        nextCursor={page.nextCursor}
        empty={<p>{t.empty}</p>}
        rowAttributes={(row) => ({ 'data-job': row.id })}
      />
    </ConsoleDocument>
  );
}
