import type { App } from '@tradeqn/kit';
import type { FastifyReply } from 'fastify';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { type Column, DataTable, FilterBar } from '../../components/data-table.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, SelectField, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { readListQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import {
  LocalDateTimeField,
  type ReportView,
  TakedownClock,
  type TakedownView,
  TargetLink,
  vietnamDate,
  vietnamDateTime,
  vietnamLocalToIso,
} from './trust-views.tsx';

const TAKEDOWNS = consolePath('takedowns');
const REPORTS = consolePath('reports');
const hide = { schema: { hide: true } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TAKEDOWN_STATUSES = ['open', 'removed', 'closed'] as const;
const REPORT_STATUSES = ['open', 'dismissed', 'actioned'] as const;
const PAGE_SIZE = 25;

type Id = { Params: { id: string } };
type Page<T> = { items: T[]; nextCursor: string | null };

const FORM_FIELDS = [
  'documentNumber',
  'documentDate',
  'issuer',
  'targetKind',
  'target',
  'requestedAction',
  'legalBasis',
  'receivedAt',
] as const;
type FormValues = Record<(typeof FORM_FIELDS)[number], string>;

function staffPage(request: { page: PageContext }, reply: FastifyReply): PageContext | null {
  const ctx = request.page;
  if (!ctx.viewer) {
    redirectToSignIn(reply);
    return null;
  }
  requireStaff(ctx);
  return ctx;
}

function statusOf<T extends string>(value: string | undefined, statuses: readonly [T, ...T[]]): T {
  return (statuses as readonly string[]).includes(value ?? '') ? (value as T) : statuses[0];
}

/**
 * `/quan-tri/go-bo/**` and `/quan-tri/bao-cao-vi-pham/**`: province staff record authorities'
 * takedown requests and act on them within the 24-hour clock, and decide on reports.
 */
export async function consoleTrustPages(app: App): Promise<void> {
  app.get(TAKEDOWNS, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    const list = readListQuery(request.query, {
      filters: ['status'] as const,
      sorts: ['received'] as const,
      defaultSort: { key: 'received', dir: 'asc' },
    });
    const status = statusOf(list.filters.status, TAKEDOWN_STATUSES);
    const answer = await ctx.api.get<Page<TakedownView>>('/admin/takedowns', {
      query: { status, limit: PAGE_SIZE, cursor: list.cursor },
    });
    // a cursor from an old link: the first page
    const page =
      !answer.ok && answer.status === 400 && list.cursor
        ? required(await ctx.api.get<Page<TakedownView>>('/admin/takedowns', { query: { status, limit: PAGE_SIZE } }))
        : required(answer);
    return sendPage(reply, <TakedownList ctx={ctx} page={page} status={status} cursor={answer.ok ? list.cursor : undefined} />);
  });

  app.get(`${TAKEDOWNS}/moi`, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    const values = Object.fromEntries(FORM_FIELDS.map((name) => [name, ''])) as FormValues;
    values.targetKind = 'listing';
    return sendPage(reply, <TakedownForm ctx={ctx} values={values} errors={{}} />);
  });

  app.post(`${TAKEDOWNS}/moi`, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    const values = Object.fromEntries(FORM_FIELDS.map((name) => [name, formText(request.body, name)])) as FormValues;
    const again = (errors: FieldErrors, status = 422) =>
      sendPage(reply, <TakedownForm ctx={ctx} values={values} errors={errors} />, { status });
    const receivedAt = values.receivedAt ? vietnamLocalToIso(values.receivedAt) : undefined;
    if (receivedAt === null) return again({ receivedAt: ctx.t.trust.takedowns.form.invalidDate });
    const { receivedAt: _typed, ...rest } = values;
    const created = await ctx.api.post<TakedownView>('/admin/takedowns', {
      body: { ...rest, ...(receivedAt ? { receivedAt } : {}) },
    });
    if (!created.ok) {
      if (created.status === 403) required(created);
      return again(fieldErrorsOf(created.problem), formStatus(created.problem));
    }
    setFlash(reply, ctx.t.trust.takedowns.form.created);
    return redirectTo(reply, ctx.href(`${TAKEDOWNS}/${created.data.id}`));
  });

  app.get<Id>(`${TAKEDOWNS}/:id`, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const takedown = required(await ctx.api.get<TakedownView>(`/admin/takedowns/${request.params.id}`));
    return sendPage(reply, <TakedownDetail ctx={ctx} takedown={takedown} errors={{}} />);
  });

  app.post<Id & { Params: { action: string } }>(`${TAKEDOWNS}/:id/:action`, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    const { id, action } = request.params;
    if (!UUID.test(id) || (action !== 'go-bo' && action !== 'dong')) throw pageNotFound();
    const isRemoval = action === 'go-bo';
    const answer = isRemoval
      ? await ctx.api.post<TakedownView>(`/admin/takedowns/${id}/remove`, {
          body: { legalBasis: formText(request.body, 'legalBasis') },
        })
      : await ctx.api.post<TakedownView>(`/admin/takedowns/${id}/close`, { body: { reason: formText(request.body, 'reason') } });
    if (!answer.ok) {
      if (answer.status === 403 || answer.status === 404) required(answer);
      const takedown = required(await ctx.api.get<TakedownView>(`/admin/takedowns/${id}`));
      return sendPage(reply, <TakedownDetail ctx={ctx} takedown={takedown} errors={fieldErrorsOf(answer.problem)} />, {
        status: formStatus(answer.problem),
      });
    }
    const t = ctx.t.trust.takedowns.detail;
    setFlash(reply, isRemoval ? t.remove.done : t.close.done);
    return redirectTo(reply, ctx.href(`${TAKEDOWNS}/${id}`));
  });

  app.get(REPORTS, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    const list = readListQuery(request.query, {
      filters: ['status'] as const,
      sorts: ['created'] as const,
      defaultSort: { key: 'created', dir: 'desc' },
    });
    const status = statusOf(list.filters.status, REPORT_STATUSES);
    const answer = await ctx.api.get<Page<ReportView>>('/admin/reports', {
      query: { status, limit: PAGE_SIZE, cursor: list.cursor },
    });
    const page =
      !answer.ok && answer.status === 400 && list.cursor
        ? required(await ctx.api.get<Page<ReportView>>('/admin/reports', { query: { status, limit: PAGE_SIZE } }))
        : required(answer);
    return sendPage(reply, <ReportList ctx={ctx} page={page} status={status} cursor={answer.ok ? list.cursor : undefined} />);
  });

  app.post<Id & { Params: { action: string } }>(`${REPORTS}/:id/:action`, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    const { id, action } = request.params;
    if (!UUID.test(id) || (action !== 'go-bo' && action !== 'bac')) throw pageNotFound();
    const isRemoval = action === 'go-bo';
    const answer = isRemoval
      ? await ctx.api.post<ReportView>(`/admin/reports/${id}/remove`, {
          body: { legalBasis: formText(request.body, 'legalBasis') },
        })
      : await ctx.api.post<ReportView>(`/admin/reports/${id}/dismiss`, { body: { reason: formText(request.body, 'reason') } });
    if (!answer.ok && (answer.status === 403 || answer.status === 404)) required(answer);
    const t = ctx.t.trust.reports;
    if (answer.ok) setFlash(reply, isRemoval ? t.remove.done : t.dismiss.done);
    else {
      const field = answer.problem.errors?.[0];
      const label = isRemoval ? t.remove.legalBasis : t.dismiss.reason;
      setFlash(reply, field ? `${label}: ${field.message}` : (answer.problem.detail ?? answer.problem.title), 'error');
    }
    return redirectTo(reply, ctx.href(REPORTS));
  });
}

function TakedownList({
  ctx,
  page,
  status,
  cursor,
}: {
  ctx: PageContext;
  page: Page<TakedownView>;
  status: string;
  cursor: string | undefined;
}) {
  const t = ctx.t.trust.takedowns;
  const columns: Column<TakedownView>[] = [
    {
      key: 'document',
      label: t.columns.document,
      cell: (row) => (
        <>
          <a href={ctx.href(`${TAKEDOWNS}/${row.id}`)}>{row.documentNumber}</a>
          <span class="muted"> · {vietnamDate(row.documentDate)}</span>
        </>
      ),
    },
    { key: 'issuer', label: t.columns.issuer, cell: (row) => row.issuer },
    { key: 'target', label: t.columns.target, cell: (row) => <TargetLink ctx={ctx} target={row.target} /> },
    { key: 'received', label: t.columns.received, cell: (row) => vietnamDateTime(row.receivedAt) },
    { key: 'clock', label: t.columns.clock, cell: (row) => <TakedownClock ctx={ctx} takedown={row} /> },
  ];
  return (
    <ConsoleDocument
      ctx={ctx}
      active="takedowns"
      title={t.title}
      actions={
        <a class="button" href={ctx.href(`${TAKEDOWNS}/moi`)}>
          {t.create}
        </a>
      }
    >
      <p>{t.intro}</p>
      <FilterBar ctx={ctx} basePath={TAKEDOWNS}>
        <SelectField
          name="status"
          label={t.filterStatus}
          value={status}
          options={TAKEDOWN_STATUSES.map((one) => ({ value: one, label: t.statuses[one] ?? one }))}
        />
      </FilterBar>
      <DataTable
        ctx={ctx}
        caption={t.caption}
        columns={columns}
        rows={page.items}
        rowKey={(row) => row.id}
        rowAttributes={(row) => ({ 'data-takedown': row.id, ...(row.isOverdue ? { class: 'row-overdue' } : {}) })}
        basePath={TAKEDOWNS}
        params={{ status }}
        cursor={cursor}
        nextCursor={page.nextCursor}
        empty={<p>{t.empty}</p>}
      />
    </ConsoleDocument>
  );
}

function TakedownForm({ ctx, values, errors }: { ctx: PageContext; values: FormValues; errors: FieldErrors }) {
  const f = ctx.t.trust.takedowns.form;
  const labels: Record<string, string> = {
    documentNumber: f.documentNumber,
    documentDate: f.documentDate,
    issuer: f.issuer,
    targetKind: f.targetKind,
    target: f.target,
    requestedAction: f.requestedAction,
    legalBasis: f.legalBasis,
    receivedAt: f.receivedAt,
  };
  return (
    <ConsoleDocument ctx={ctx} active="takedowns" title={f.title}>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <form method="post" action={ctx.href(`${TAKEDOWNS}/moi`)} class="work-form" novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          name="documentNumber"
          label={f.documentNumber}
          value={values.documentNumber}
          error={errors.documentNumber}
          required
          maxLength={100}
        />
        <TextField
          name="documentDate"
          type="date"
          label={f.documentDate}
          value={values.documentDate}
          error={errors.documentDate}
          required
        />
        <TextField name="issuer" label={f.issuer} value={values.issuer} error={errors.issuer} required maxLength={300} />
        <SelectField
          name="targetKind"
          label={f.targetKind}
          value={values.targetKind}
          error={errors.targetKind}
          required
          options={['listing', 'enterprise'].map((kind) => ({ value: kind, label: ctx.t.trust.kinds[kind] ?? kind }))}
        />
        <TextField
          name="target"
          label={f.target}
          hint={f.targetHint}
          value={values.target}
          error={errors.target}
          required
          maxLength={500}
        />
        <TextField
          name="requestedAction"
          label={f.requestedAction}
          value={values.requestedAction}
          error={errors.requestedAction}
          required
          multiline
          maxLength={1000}
        />
        <TextField
          name="legalBasis"
          label={f.legalBasis}
          value={values.legalBasis}
          error={errors.legalBasis}
          required
          multiline
          maxLength={1000}
        />
        <LocalDateTimeField
          name="receivedAt"
          label={f.receivedAt}
          hint={f.receivedAtHint}
          value={values.receivedAt}
          error={errors.receivedAt}
        />
        <button type="submit" class="button">
          {f.submit}
        </button>
      </form>
    </ConsoleDocument>
  );
}

function TakedownDetail({ ctx, takedown, errors }: { ctx: PageContext; takedown: TakedownView; errors: FieldErrors }) {
  const t = ctx.t.trust.takedowns;
  const d = t.detail;
  const escalations = [
    takedown.escalated12At ? d.escalated(12, vietnamDateTime(takedown.escalated12At)) : null,
    takedown.escalated20At ? d.escalated(20, vietnamDateTime(takedown.escalated20At)) : null,
  ].filter(Boolean);
  const rows: [string, preact.ComponentChildren][] = [
    [d.documentNumber, takedown.documentNumber],
    [d.documentDate, vietnamDate(takedown.documentDate)],
    [d.issuer, takedown.issuer],
    [d.target, <TargetLink ctx={ctx} target={takedown.target} />],
    [d.requestedAction, takedown.requestedAction],
    [d.legalBasis, takedown.legalBasis],
    [d.receivedAt, vietnamDateTime(takedown.receivedAt)],
    [
      d.deadlineAt,
      <>
        {vietnamDateTime(takedown.deadlineAt)} — <TakedownClock ctx={ctx} takedown={takedown} />
      </>,
    ],
    [d.status, t.statuses[takedown.status] ?? takedown.status],
    [d.escalations, escalations.length > 0 ? escalations.join('; ') : d.none],
    ...(takedown.actedAt
      ? ([
          [d.actedAt, vietnamDateTime(takedown.actedAt)],
          [d.actionNote, takedown.actionNote ?? ''],
        ] as [string, preact.ComponentChildren][])
      : []),
  ];
  return (
    <ConsoleDocument ctx={ctx} active="takedowns" title={d.title(takedown.documentNumber)}>
      <p>
        <a href={ctx.href(TAKEDOWNS)}>{d.back}</a>
      </p>
      <ErrorSummary ctx={ctx} errors={errors} labels={{ legalBasis: d.remove.legalBasis, reason: d.close.reason }} />
      <dl class="facts" data-takedown-status={takedown.status}>
        {rows.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>
      {takedown.status === 'open' ? (
        <div class="trust-actions">
          <ConfirmAction
            ctx={ctx}
            action={`${TAKEDOWNS}/${takedown.id}/go-bo`}
            label={d.remove.label}
            confirmLabel={d.remove.confirm}
            question={d.remove.question}
            name="remove"
          >
            <TextField
              name="legalBasis"
              label={d.remove.legalBasis}
              value={takedown.legalBasis}
              error={errors.legalBasis}
              required
              multiline
              maxLength={1000}
            />
          </ConfirmAction>
          <ConfirmAction
            ctx={ctx}
            action={`${TAKEDOWNS}/${takedown.id}/dong`}
            label={d.close.label}
            confirmLabel={d.close.confirm}
            question={d.close.question}
            danger={false}
            name="close"
          >
            <TextField name="reason" label={d.close.reason} error={errors.reason} required multiline maxLength={1000} />
          </ConfirmAction>
        </div>
      ) : null}
    </ConsoleDocument>
  );
}

function ReportList({
  ctx,
  page,
  status,
  cursor,
}: {
  ctx: PageContext;
  page: Page<ReportView>;
  status: string;
  cursor: string | undefined;
}) {
  const t = ctx.t.trust.reports;
  const columns: Column<ReportView>[] = [
    { key: 'target', label: t.columns.target, cell: (row) => <TargetLink ctx={ctx} target={row.target} /> },
    { key: 'reason', label: t.columns.reason, cell: (row) => ctx.t.trust.reasons[row.reason] ?? row.reason },
    { key: 'details', label: t.columns.details, cell: (row) => <span class="report-details">{row.details}</span> },
    {
      key: 'reporter',
      label: t.columns.reporter,
      cell: (row) => (
        <>
          {row.reporterEmail}
          {row.isSignedIn ? null : <span class="muted"> ({t.visitor})</span>}
        </>
      ),
    },
    { key: 'created', label: t.columns.created, cell: (row) => vietnamDateTime(row.createdAt) },
    {
      key: 'actions',
      label: t.columns.actions,
      cell: (row) =>
        row.status === 'open' ? (
          <div class="trust-actions">
            <ConfirmAction
              ctx={ctx}
              action={`${REPORTS}/${row.id}/go-bo`}
              label={t.remove.label}
              confirmLabel={t.remove.confirm}
              question={t.remove.question}
              name="remove"
            >
              <RowTextArea id={`legalBasis-${row.id}`} name="legalBasis" label={t.remove.legalBasis} />
            </ConfirmAction>
            <ConfirmAction
              ctx={ctx}
              action={`${REPORTS}/${row.id}/bac`}
              label={t.dismiss.label}
              confirmLabel={t.dismiss.confirm}
              question={t.dismiss.question}
              danger={false}
              name="dismiss"
            >
              <RowTextArea id={`reason-${row.id}`} name="reason" label={t.dismiss.reason} />
            </ConfirmAction>
          </div>
        ) : (
          <>
            {t.statuses[row.status]}
            {row.decisionNote ? <span class="muted"> · {row.decisionNote}</span> : null}
          </>
        ),
    },
  ];
  return (
    <ConsoleDocument ctx={ctx} active="reports" title={t.title}>
      <FilterBar ctx={ctx} basePath={REPORTS}>
        <SelectField
          name="status"
          label={t.filterStatus}
          value={status}
          options={REPORT_STATUSES.map((one) => ({ value: one, label: t.statuses[one] ?? one }))}
        />
      </FilterBar>
      <DataTable
        ctx={ctx}
        caption={t.caption}
        columns={columns}
        rows={page.items}
        rowKey={(row) => row.id}
        rowAttributes={(row) => ({ 'data-report': row.id })}
        basePath={REPORTS}
        params={{ status }}
        cursor={cursor}
        nextCursor={page.nextCursor}
        empty={<p>{t.empty}</p>}
      />
    </ConsoleDocument>
  );
}

/** A reason asked inside one row's form: its id carries the row's, as a page lists many. */
function RowTextArea({ id, name, label }: { id: string; name: string; label: string }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} name={name} rows={3} required maxLength={1000} />
    </div>
  );
}
