import type { App } from '@tradeqn/kit';
import { formatDateTimeVn } from '@tradeqn/vn';
import type { FastifyReply } from 'fastify';
import type { ComponentChildren, VNode } from 'preact';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, TextField } from '../../components/form.tsx';
import { type ApiResult, pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, sendPage } from '../../http/send-page.ts';
import { fill } from './newsletter-routes.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PAGE_SIZE = 25;

export interface CampaignDto {
  id: string;
  enterpriseId: string | null;
  subject: string;
  body: string;
  status: string;
  scheduledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  recipientCount: number;
  createdAt: string;
}
type Counts = Record<
  'queued' | 'sending' | 'sent' | 'bounced' | 'failed' | 'unsubscribed' | 'tracked' | 'opened' | 'clicked',
  number
>;
type Page<T> = { items: T[]; nextCursor: string | null };

/** Where a set of campaign pages lives and how it looks: the console's newsletter or an enterprise's news. */
export interface CampaignArea {
  /** The list's path for this request (without language prefix). */
  base(request: { params: unknown }): string;
  /** The viewer may be here (throws or answers false when sent to sign in); answers the enterprise, or null for the province. */
  enter(ctx: PageContext, request: { params: unknown }, reply: FastifyReply): Promise<{ enterpriseId: string | null } | false>;
  /** The page in the area's layout. */
  layout(ctx: PageContext, request: { params: unknown }, props: { title: string; children: ComponentChildren }): Promise<VNode>;
  /** How many would receive a campaign sent now. */
  audience(ctx: PageContext, enterpriseId: string | null): Promise<number>;
  /** Under the list: subscribers (console) or followers (workspace). */
  below?(ctx: PageContext, enterpriseId: string | null, query: Record<string, string | undefined>): Promise<ComponentChildren>;
}

const EDITABLE = ['draft', 'scheduled'];

/**
 * The campaign pages of an area: the list with a form for a new one, and a campaign's page —
 * its text in the simple editor, a preview exactly as the message will show it, a test sent to
 * oneself, "send now" or a time, cancel, and once it goes, each recipient's state counted.
 */
export function campaignPages(paths: { list: string; one: string }, area: CampaignArea) {
  return async (app: App) => {
    app.get(paths.list, { schema: { hide: true } }, async (request, reply) => {
      const ctx = request.page;
      const entered = await area.enter(ctx, request, reply);
      if (!entered) return reply;
      return sendPage(reply, await listPage(ctx, request, entered.enterpriseId, { values: {}, errors: {} }));
    });

    app.post(paths.list, { schema: { hide: true } }, async (request, reply) => {
      const ctx = request.page;
      const entered = await area.enter(ctx, request, reply);
      if (!entered) return reply;
      const values = { subject: formText(request.body, 'subject'), body: formText(request.body, 'body') };
      const created = await ctx.api.post<CampaignDto>('/campaigns', { body: { ...values, enterpriseId: entered.enterpriseId } });
      if (created.ok) return redirectTo(reply, ctx.href(`${area.base(request)}/${created.data.id}`));
      if (created.status === 403) required(created);
      return sendPage(reply, await listPage(ctx, request, entered.enterpriseId, { values, errors: errorsOf(ctx, created) }), {
        status: 422,
      });
    });

    app.get<{ Params: { campaignId: string } }>(paths.one, { schema: { hide: true } }, async (request, reply) => {
      const ctx = request.page;
      const entered = await area.enter(ctx, request, reply);
      if (!entered) return reply;
      return sendPage(reply, await onePage(ctx, request, request.params.campaignId, { errors: {} }));
    });

    app.post<{ Params: { campaignId: string } }>(paths.one, { schema: { hide: true } }, async (request, reply) => {
      const ctx = request.page;
      const entered = await area.enter(ctx, request, reply);
      if (!entered) return reply;
      const id = request.params.campaignId;
      if (!UUID.test(id)) throw pageNotFound();
      const t = ctx.t.newsletter.campaigns;
      const here = ctx.href(`${area.base(request)}/${id}`);
      const action = formText(request.body, 'action');
      if (action === 'save') {
        const values = { subject: formText(request.body, 'subject'), body: formText(request.body, 'body') };
        const saved = await ctx.api.patch<CampaignDto>(`/campaigns/${id}`, { body: values });
        if (!saved.ok)
          return sendPage(reply, await onePage(ctx, request, id, { values, errors: errorsOf(ctx, saved) }), {
            status: saved.status === 409 ? 409 : 422,
          });
        setFlash(reply, t.saved);
      } else if (action === 'test') {
        const sent = required(await ctx.api.post<{ sentTo: string }>(`/campaigns/${id}/test-send`));
        setFlash(reply, fill(t.testSent, { email: sent.sentTo }));
      } else if (action === 'send' || action === 'schedule') {
        const at = action === 'schedule' ? localToIso(formText(request.body, 'at')) : undefined;
        if (action === 'schedule' && !at) {
          return sendPage(reply, await onePage(ctx, request, id, { errors: { at: t.scheduleAt } }), { status: 422 });
        }
        const scheduled = await ctx.api.post<CampaignDto>(`/campaigns/${id}/schedule`, { body: at ? { at } : {} });
        if (!scheduled.ok) {
          setFlash(reply, scheduled.problem.detail ?? scheduled.problem.title, 'error');
        } else {
          setFlash(reply, fill(t.scheduled, { at: formatDateTimeVn(String(scheduled.data.scheduledAt)) }));
        }
      } else if (action === 'cancel') {
        const cancelled = await ctx.api.post<CampaignDto>(`/campaigns/${id}/cancel`);
        if (cancelled.ok) setFlash(reply, t.cancelled);
        else setFlash(reply, cancelled.problem.detail ?? cancelled.problem.title, 'error');
      }
      return redirectTo(reply, here);
    });
  };

  async function listPage(
    ctx: PageContext,
    request: { params: unknown; query?: unknown },
    enterpriseId: string | null,
    form: { values: { subject?: string; body?: string }; errors: FieldErrors },
  ) {
    const t = ctx.t.newsletter.campaigns;
    const query = (request.query ?? {}) as Record<string, string | undefined>;
    const [list, audience, below] = await Promise.all([
      ctx.api.get<Page<CampaignDto>>('/campaigns', {
        query: { enterpriseId: enterpriseId ?? undefined, limit: PAGE_SIZE, cursor: query.cursor },
      }),
      area.audience(ctx, enterpriseId),
      area.below?.(ctx, enterpriseId, query),
    ]);
    const page = required(list);
    const base = area.base(request);
    const columns: Column<CampaignDto>[] = [
      { key: 'subject', label: t.columns.subject, cell: (row) => <a href={ctx.href(`${base}/${row.id}`)}>{row.subject}</a> },
      {
        key: 'status',
        label: t.columns.status,
        cell: (row) => <span class={`status status-${row.status}`}>{t.statuses[row.status] ?? row.status}</span>,
      },
      {
        key: 'recipients',
        label: t.columns.recipients,
        numeric: true,
        cell: (row) => row.recipientCount.toLocaleString('vi-VN'),
      },
      { key: 'created', label: t.columns.created, cell: (row) => formatDateTimeVn(row.createdAt) },
    ];
    return area.layout(ctx, request, {
      title: enterpriseId ? t.workspaceTitle : t.consoleTitle,
      children: (
        <>
          <p>{fill(enterpriseId ? t.audienceFollowers : t.audienceNewsletter, { count: audience.toLocaleString('vi-VN') })}</p>
          <DataTable
            ctx={ctx}
            caption={enterpriseId ? t.workspaceTitle : t.consoleTitle}
            columns={columns}
            rows={page.items}
            rowKey={(row) => row.id}
            basePath={base}
            params={{}}
            cursor={query.cursor}
            nextCursor={page.nextCursor}
            empty={t.empty}
          />
          <h2>{t.newTitle}</h2>
          <CampaignForm ctx={ctx} action={ctx.href(base)} values={form.values} errors={form.errors} submit={t.create} />
          {below}
        </>
      ),
    });
  }

  async function onePage(
    ctx: PageContext,
    request: { params: unknown },
    id: string,
    form: { values?: { subject?: string; body?: string }; errors: FieldErrors },
  ) {
    if (!UUID.test(id)) throw pageNotFound();
    const t = ctx.t.newsletter.campaigns;
    const [campaign, preview] = await Promise.all([
      ctx.api.get<CampaignDto & { counts: Counts }>(`/campaigns/${id}`),
      ctx.api.get<{ bodyHtml: string }>(`/campaigns/${id}/preview`),
    ]);
    const row = required(campaign);
    const base = area.base(request);
    const here = ctx.href(`${base}/${id}`);
    const editable = EDITABLE.includes(row.status);
    const countKeys = ['queued', 'sending', 'sent', 'bounced', 'failed', 'unsubscribed', 'opened', 'clicked'] as const;
    return area.layout(ctx, request, {
      title: row.subject,
      children: (
        <>
          <p>
            <a href={ctx.href(base)}>← {t.back}</a>
          </p>
          <p>
            <span class={`status status-${row.status}`} data-status={row.status}>
              {t.statuses[row.status] ?? row.status}
            </span>
            {row.scheduledAt && row.status === 'scheduled'
              ? ` · ${fill(t.scheduled, { at: formatDateTimeVn(row.scheduledAt) })}`
              : null}
          </p>
          {row.startedAt ? (
            <dl class="summary-list campaign-counts">
              {countKeys.map((key) => (
                <div>
                  <dt>{t.counts[key]}</dt>
                  <dd data-count={key}>{row.counts[key].toLocaleString('vi-VN')}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          <h2>{t.preview}</h2>
          {/* the body as the message shows it: made by marketing's renderer from plain text, every
              character of it escaped (only its own <p>, <h2>, <ul> and links are markup) */}
          <div class="campaign-preview" dangerouslySetInnerHTML={{ __html: required(preview).bodyHtml }} />
          {editable ? (
            <>
              <h2>{t.save}</h2>
              <CampaignForm
                ctx={ctx}
                action={here}
                values={form.values ?? { subject: row.subject, body: row.body }}
                errors={form.errors}
                submit={t.save}
                extra={<input type="hidden" name="action" value="save" />}
              />
              <div class="button-row">
                <ActionButton ctx={ctx} action={here} name="test" label={t.testSend} secondary />
                <ActionButton ctx={ctx} action={here} name="send" label={t.sendNow} />
              </div>
              <form method="post" action={here} class="inline-form">
                <CsrfField ctx={ctx} />
                <input type="hidden" name="action" value="schedule" />
                <label for="field-at">{t.scheduleAt}</label> <input type="datetime-local" id="field-at" name="at" required />{' '}
                <button type="submit" class="button button-secondary">
                  {t.schedule}
                </button>
              </form>
              <ActionButton ctx={ctx} action={here} name="cancel" label={t.cancel} secondary />
            </>
          ) : (
            <p class="muted">{t.stateLocked}</p>
          )}
        </>
      ),
    });
  }
}

function CampaignForm(props: {
  ctx: PageContext;
  action: string;
  values: { subject?: string; body?: string };
  errors: FieldErrors;
  submit: string;
  extra?: ComponentChildren;
}) {
  const t = props.ctx.t.newsletter.campaigns;
  return (
    <>
      <ErrorSummary ctx={props.ctx} errors={props.errors} labels={{ subject: t.subject, body: t.body }} />
      <form method="post" action={props.action} class="work-form" noValidate>
        <CsrfField ctx={props.ctx} />
        {props.extra}
        <TextField
          name="subject"
          label={t.subject}
          value={props.values.subject}
          error={props.errors.subject}
          maxLength={200}
          required
        />
        <TextField
          name="body"
          label={t.body}
          hint={t.bodyHint}
          value={props.values.body}
          error={props.errors.body}
          multiline
          maxLength={50_000}
          required
        />
        <button type="submit" class="button">
          {props.submit}
        </button>
      </form>
    </>
  );
}

function ActionButton({
  ctx,
  action,
  name,
  label,
  secondary,
}: {
  ctx: PageContext;
  action: string;
  name: string;
  label: string;
  secondary?: boolean;
}) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="action" value={name} />
      <button type="submit" class={secondary ? 'button button-secondary' : 'button'}>
        {label}
      </button>
    </form>
  );
}

function errorsOf(ctx: PageContext, answer: ApiResult<unknown>): FieldErrors {
  if (answer.ok) return {};
  const t = ctx.t.newsletter.campaigns;
  const errors = fieldErrorsOf(answer.problem);
  if (errors.subject) errors.subject = t.subject;
  if (errors.body) errors.body = t.body;
  if (Object.keys(errors).length === 0) errors._form = answer.problem.detail ?? answer.problem.title;
  return errors;
}

/** A `datetime-local` value, read as Vietnam's time (UTC+7, no daylight saving), as ISO in UTC. */
function localToIso(value: string): string | undefined {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(value)) return undefined;
  const date = new Date(`${value}:00+07:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
