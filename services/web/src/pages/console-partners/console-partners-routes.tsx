import type { App } from '@tradeqn/kit';
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
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import { UUID, when } from '../console-people/people-routes.tsx';

const PARTNERS = consolePath('partners');
const PAGE_SIZE = 25;
export const SCOPES = ['catalog:read', 'enterprises:read', 'orders:write'] as const;
const EVENT_SCOPES: Record<string, string> = {
  'product.published': 'catalog:read',
  'product.unpublished': 'catalog:read',
  'enterprise.approved': 'enterprises:read',
  'enterprise.suspended': 'enterprises:read',
  'order.created': 'orders:write',
  'order.updated': 'orders:write',
};
const STATUSES = ['pending', 'delivered', 'failed', 'withheld'] as const;

interface ApiKey {
  id: string;
  name: string;
  contactEmail: string | null;
  prefix: string;
  scopes: string[];
  revokedAt: string | null;
}
interface Endpoint {
  id: string;
  partnerId: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  status: 'enabled' | 'disabled';
  disabledReason: string | null;
  consecutiveFailures: number;
  createdAt: string;
}
interface Delivery {
  id: string;
  endpointId: string;
  partnerId: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  replays: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
}
interface DeliveryDetail extends Delivery {
  body: string;
  attemptLog: {
    attempt: number;
    trigger: string;
    startedAt: string;
    durationMs: number;
    statusCode: number | null;
    error: string | null;
    responseExcerpt: string | null;
  }[];
}
type Page<T> = { items: T[]; nextCursor: string | null };

/** A posted form's checkboxes of one name: each value once, only the known ones. */
export function formChoices<T extends string>(body: unknown, name: string, known: readonly T[]): T[] {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return known.filter((choice) => values.includes(choice));
}

function adminPage(request: { page: PageContext }, reply: FastifyReply): PageContext | null {
  const ctx = request.page;
  if (!ctx.viewer) {
    redirectToSignIn(reply);
    return null;
  }
  requireStaff(ctx, 'admin');
  return ctx;
}

function flashOutcome(reply: FastifyReply, ctx: PageContext, answer: ApiResult<unknown>, success: string): void {
  if (answer.ok) setFlash(reply, success);
  else if (answer.status === 404) setFlash(reply, ctx.t.partners.notFoundFlash, 'error');
  else if (answer.status === 403 || answer.status === 401) required(answer);
  else setFlash(reply, answer.problem.detail ?? answer.problem.title ?? '', 'error');
}

/** The checkboxes of a key's scopes; `scopesShown` tells "none ticked" from "not on the form". */
export function ScopeChoices({ ctx, chosen }: { ctx: PageContext; chosen: readonly string[] }) {
  const t = ctx.t.partners;
  return (
    <fieldset class="field choice-list" data-scopes>
      <legend>{t.scopesLabel}</legend>
      <p class="field-hint">{t.scopesHint}</p>
      <input type="hidden" name="scopesShown" value="1" />
      {SCOPES.map((scope) => (
        <label class="choice">
          <input type="checkbox" name="scopes" value={scope} checked={chosen.includes(scope)} /> {t.scopes[scope] ?? scope}
        </label>
      ))}
    </fieldset>
  );
}

const statusBadge = (ctx: PageContext, status: string) => (
  <span class={`status status-${status}`} data-status={status}>
    {ctx.t.partners.deliveryStatus[status] ?? status}
  </span>
);

/** `/quan-tri/doi-tac`: partners (API keys) with their scopes, their webhook endpoints and every delivery. */
export async function consolePartnerPages(app: App): Promise<void> {
  app.get(PARTNERS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    const { list, status } = deliveriesQuery(request.query);
    const [keys, endpoints, deliveries] = await Promise.all([
      ctx.api.get<{ items: ApiKey[] }>('/admin/api-keys'),
      ctx.api.get<{ items: Endpoint[] }>('/admin/webhooks/endpoints'),
      ctx.api.get<Page<Delivery>>('/admin/webhooks/deliveries', { query: { status, limit: PAGE_SIZE, cursor: list.cursor } }),
    ]);
    return sendPage(
      reply,
      <PartnersPage
        ctx={ctx}
        keys={required(keys).items}
        endpoints={required(endpoints).items}
        deliveries={required(deliveries)}
        list={list}
        status={status}
      />,
    );
  });

  app.get<{ Params: { id: string } }>(`${PARTNERS}/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    if (!UUID.test(request.params.id)) throw pageNotFound();
    return renderPartner(reply, ctx, request.params.id, request.query, { values: {}, errors: {} });
  });

  app.post<{ Params: { id: string } }>(`${PARTNERS}/:id/quyen`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const answer = await ctx.api.put(`/admin/api-keys/${request.params.id}/scopes`, {
      body: { scopes: formChoices(request.body, 'scopes', SCOPES) },
    });
    flashOutcome(reply, ctx, answer, ctx.t.partners.scopesSavedFlash);
    return redirectTo(reply, ctx.href(`${PARTNERS}/${request.params.id}`));
  });

  app.post<{ Params: { id: string } }>(
    `${PARTNERS}/:id/webhook`,
    {
      schema: { hide: true },
      // the page with a new endpoint's secret is kept by no cache
      onSend: async (_request, reply, payload) => {
        if (reply.statusCode === 201) reply.header('cache-control', 'no-store');
        return payload;
      },
    },
    async (request, reply) => {
      const ctx = adminPage(request, reply);
      if (!ctx) return reply;
      const partnerId = request.params.id;
      if (!UUID.test(partnerId)) throw pageNotFound();
      const values = { url: formText(request.body, 'url'), description: formText(request.body, 'description') };
      const eventTypes = formChoices(request.body, 'eventTypes', Object.keys(EVENT_SCOPES));
      const created = await ctx.api.post<Endpoint & { secret: string }>('/admin/webhooks/endpoints', {
        body: { partnerId, url: values.url, eventTypes, ...(values.description ? { description: values.description } : {}) },
      });
      if (!created.ok) {
        if (created.status === 403 || created.status === 401 || created.status === 404) required(created);
        const found = fieldErrorsOf(created.problem);
        const errors: FieldErrors = {};
        for (const field of Object.keys(found)) {
          const key = field.split('/')[0] ?? field;
          errors[key] = ctx.t.partners.errors[key] ?? found[field] ?? '';
        }
        if (Object.keys(errors).length === 0) errors.url = created.problem.detail ?? ctx.t.partners.errors.url ?? '';
        return renderPartner(
          reply,
          ctx,
          partnerId,
          {},
          { values: { ...values, eventTypes }, errors },
          formStatus(created.problem),
        );
      }
      return renderPartner(reply, ctx, partnerId, {}, { values: {}, errors: {}, created: created.data }, 201);
    },
  );

  for (const [path, action] of [
    ['bat', 'enable'],
    ['tat', 'disable'],
  ] as const) {
    app.post<{ Params: { id: string; endpointId: string } }>(
      `${PARTNERS}/:id/webhook/:endpointId/${path}`,
      { schema: { hide: true } },
      async (request, reply) => {
        const ctx = adminPage(request, reply);
        if (!ctx) return reply;
        const { id, endpointId } = request.params;
        if (!UUID.test(id) || !UUID.test(endpointId)) throw pageNotFound();
        const answer = await ctx.api.post(`/admin/webhooks/endpoints/${endpointId}/${action}`);
        flashOutcome(reply, ctx, answer, action === 'enable' ? ctx.t.partners.enabledFlash : ctx.t.partners.disabledFlash);
        return redirectTo(reply, ctx.href(`${PARTNERS}/${id}`));
      },
    );
  }

  app.get<{ Params: { deliveryId: string } }>(
    `${PARTNERS}/lan-gui/:deliveryId`,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = adminPage(request, reply);
      if (!ctx) return reply;
      if (!UUID.test(request.params.deliveryId)) throw pageNotFound();
      const delivery = required(await ctx.api.get<DeliveryDetail>(`/admin/webhooks/deliveries/${request.params.deliveryId}`));
      return sendPage(reply, <DeliveryPage ctx={ctx} delivery={delivery} />);
    },
  );

  app.post<{ Params: { deliveryId: string } }>(
    `${PARTNERS}/lan-gui/:deliveryId/gui-lai`,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = adminPage(request, reply);
      if (!ctx) return reply;
      const id = request.params.deliveryId;
      if (!UUID.test(id)) throw pageNotFound();
      const answer = await ctx.api.post(`/admin/webhooks/deliveries/${id}/replay`);
      flashOutcome(reply, ctx, answer, ctx.t.partners.replayedFlash);
      const back = formText(request.body, 'back');
      return redirectTo(reply, ctx.href(back.startsWith(`${PARTNERS}`) ? back : `${PARTNERS}/lan-gui/${id}`));
    },
  );
}

function deliveriesQuery(query: unknown) {
  const list = readListQuery(query, {
    filters: ['status'] as const,
    sorts: ['created'] as const,
    defaultSort: { key: 'created', dir: 'desc' },
  });
  const status = (STATUSES as readonly string[]).includes(list.filters.status ?? '') ? list.filters.status : undefined;
  return { list, status };
}

async function renderPartner(
  reply: FastifyReply,
  ctx: PageContext,
  id: string,
  query: unknown,
  form: { values: Record<string, string | string[]>; errors: FieldErrors; created?: Endpoint & { secret: string } },
  status = 200,
) {
  const { list, status: filter } = deliveriesQuery(query);
  const [key, endpoints, deliveries] = await Promise.all([
    ctx.api.get<ApiKey>(`/admin/api-keys/${id}`),
    ctx.api.get<{ items: Endpoint[] }>('/admin/webhooks/endpoints', { query: { partnerId: id } }),
    ctx.api.get<Page<Delivery>>('/admin/webhooks/deliveries', {
      query: { partnerId: id, status: filter, limit: PAGE_SIZE, cursor: list.cursor },
    }),
  ]);
  if (!key.ok && key.status === 404) throw pageNotFound();
  return sendPage(
    reply,
    <PartnerPage
      ctx={ctx}
      partner={required(key)}
      endpoints={required(endpoints).items}
      deliveries={required(deliveries)}
      list={list}
      status={filter}
      {...form}
    />,
    { status },
  );
}

function DeliveriesTable({
  ctx,
  page,
  basePath,
  list,
  status,
  partners,
}: {
  ctx: PageContext;
  page: Page<Delivery>;
  basePath: string;
  list: ReturnType<typeof deliveriesQuery>['list'];
  status: string | undefined;
  partners?: Map<string, string>;
}) {
  const t = ctx.t.partners;
  const back = withQuery(basePath, { ...list.params, cursor: list.cursor });
  const columns: Column<Delivery>[] = [
    {
      key: 'event',
      label: t.columns.event,
      cell: (row) => (
        <a href={ctx.href(`${PARTNERS}/lan-gui/${row.id}`)}>
          <code>{row.eventType}</code>
        </a>
      ),
    },
    ...(partners
      ? [
          {
            key: 'partner',
            label: t.columns.partner,
            cell: (row: Delivery) => <a href={ctx.href(`${PARTNERS}/${row.partnerId}`)}>{partners.get(row.partnerId) ?? '—'}</a>,
          },
        ]
      : []),
    { key: 'status', label: t.columns.status, cell: (row) => statusBadge(ctx, row.status) },
    { key: 'attempts', label: t.columns.attempts, numeric: true, cell: (row) => row.attempts },
    { key: 'lastStatus', label: t.columns.lastStatus, cell: (row) => row.lastStatusCode ?? row.lastError ?? '—' },
    { key: 'created', label: t.columns.created, cell: (row) => when(row.createdAt) },
    {
      key: 'actions',
      label: t.columns.actions,
      cell: (row) => (
        <ConfirmAction
          ctx={ctx}
          action={`${PARTNERS}/lan-gui/${row.id}/gui-lai`}
          label={t.replay}
          question={t.replayQuestion}
          danger={false}
          name="replay"
        >
          <input type="hidden" name="back" value={back} />
        </ConfirmAction>
      ),
    },
  ];
  return (
    <section aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">{t.deliveriesTitle}</h2>
      <FilterBar ctx={ctx} basePath={basePath}>
        <SelectField
          name="status"
          label={t.statusFilter}
          value={status ?? ''}
          options={[
            { value: '', label: t.statusAny },
            ...STATUSES.map((value) => ({ value, label: t.deliveryStatus[value] ?? value })),
          ]}
        />
      </FilterBar>
      <DataTable
        ctx={ctx}
        caption={t.deliveriesCaption}
        columns={columns}
        rows={page.items}
        rowKey={(row) => row.id}
        basePath={basePath}
        params={list.params}
        cursor={list.cursor}
        nextCursor={page.nextCursor}
        empty={<p>{t.deliveriesEmpty}</p>}
        rowAttributes={(row) => ({ 'data-delivery': row.id, 'data-status': row.status })}
      />
    </section>
  );
}

function PartnersPage({
  ctx,
  keys,
  endpoints,
  deliveries,
  list,
  status,
}: {
  ctx: PageContext;
  keys: ApiKey[];
  endpoints: Endpoint[];
  deliveries: Page<Delivery>;
  list: ReturnType<typeof deliveriesQuery>['list'];
  status: string | undefined;
}) {
  const t = ctx.t.partners;
  const columns: Column<ApiKey>[] = [
    { key: 'partner', label: t.columns.partner, cell: (row) => <a href={ctx.href(`${PARTNERS}/${row.id}`)}>{row.name}</a> },
    {
      key: 'scopes',
      label: t.columns.scopes,
      cell: (row) => (row.scopes.length ? row.scopes.map((scope) => <code class="scope">{scope}</code>) : t.noScopes),
    },
    {
      key: 'endpoints',
      label: t.endpointsTitle,
      numeric: true,
      cell: (row) => endpoints.filter((endpoint) => endpoint.partnerId === row.id).length,
    },
    { key: 'status', label: t.columns.status, cell: (row) => (row.revokedAt ? t.keyRevoked : t.keyActive) },
  ];
  return (
    <ConsoleDocument ctx={ctx} active="partners" title={t.title}>
      <p>{t.intro}</p>
      <DataTable
        ctx={ctx}
        caption={t.partnersCaption}
        columns={columns}
        rows={keys}
        rowKey={(row) => row.id}
        basePath={PARTNERS}
        params={{}}
        nextCursor={null}
        empty={<p>{t.partnersEmpty}</p>}
        rowAttributes={(row) => ({ 'data-partner': row.id })}
      />
      <DeliveriesTable
        ctx={ctx}
        page={deliveries}
        basePath={PARTNERS}
        list={list}
        status={status}
        partners={new Map(keys.map((key) => [key.id, key.name]))}
      />
    </ConsoleDocument>
  );
}

function PartnerPage({
  ctx,
  partner,
  endpoints,
  deliveries,
  list,
  status,
  values,
  errors,
  created,
}: {
  ctx: PageContext;
  partner: ApiKey;
  endpoints: Endpoint[];
  deliveries: Page<Delivery>;
  list: ReturnType<typeof deliveriesQuery>['list'];
  status: string | undefined;
  values: Record<string, string | string[]>;
  errors: FieldErrors;
  created?: (Endpoint & { secret: string }) | undefined;
}) {
  const t = ctx.t.partners;
  const base = `${PARTNERS}/${partner.id}`;
  const chosenEvents = Array.isArray(values.eventTypes) ? values.eventTypes : [];
  const columns: Column<Endpoint>[] = [
    { key: 'url', label: t.columns.url, cell: (row) => <code class="endpoint-url">{row.url}</code> },
    { key: 'events', label: t.columns.events, cell: (row) => row.eventTypes.join(', ') },
    {
      key: 'status',
      label: t.columns.status,
      cell: (row) => (
        <span class={`status status-${row.status}`} data-status={row.status}>
          {t.endpointStatus[row.status]}
          {row.disabledReason ? ` (${t.disabledBecause[row.disabledReason] ?? row.disabledReason})` : ''}
        </span>
      ),
    },
    { key: 'failures', label: t.columns.failures, numeric: true, cell: (row) => row.consecutiveFailures },
    {
      key: 'actions',
      label: t.columns.actions,
      cell: (row) =>
        row.status === 'enabled' ? (
          <ConfirmAction
            ctx={ctx}
            action={`${base}/webhook/${row.id}/tat`}
            label={t.disable}
            question={t.disableQuestion}
            name="disable"
          />
        ) : (
          <form method="post" action={ctx.href(`${base}/webhook/${row.id}/bat`)} class="inline-form" data-action="enable">
            <CsrfField ctx={ctx} />
            <button type="submit" class="button button-secondary">
              {t.enable}
            </button>
          </form>
        ),
    },
  ];
  return (
    <ConsoleDocument ctx={ctx} active="partners" title={partner.name}>
      <p>
        <code>{partner.prefix}…</code> · {partner.revokedAt ? t.keyRevoked : t.keyActive}
        {partner.contactEmail ? ` · ${partner.contactEmail}` : ''}
      </p>
      {partner.revokedAt ? null : (
        <form method="post" action={ctx.href(`${base}/quyen`)} class="stack-form" data-form="scopes">
          <CsrfField ctx={ctx} />
          <ScopeChoices ctx={ctx} chosen={partner.scopes} />
          <button type="submit" class="button button-secondary">
            {t.saveScopes}
          </button>
        </form>
      )}
      {created ? (
        <section class="secret-once" role="alert" aria-labelledby="secret-title" data-secret-once>
          <h2 id="secret-title">{t.secretTitle}</h2>
          <p class="secret-warning">{t.secretWarning}</p>
          <label for="new-secret">{created.url}</label>
          <input id="new-secret" class="secret-value" type="text" readOnly value={created.secret} data-secret={created.secret} />
        </section>
      ) : null}
      <section aria-labelledby="endpoints-title">
        <h2 id="endpoints-title">{t.endpointsTitle}</h2>
        <DataTable
          ctx={ctx}
          caption={t.endpointsTitle}
          columns={columns}
          rows={endpoints}
          rowKey={(row) => row.id}
          basePath={base}
          params={{}}
          nextCursor={null}
          empty={<p>{t.endpointsEmpty}</p>}
          rowAttributes={(row) => ({ 'data-endpoint': row.id })}
        />
      </section>
      {partner.revokedAt ? null : (
        <section class="endpoint-create" aria-labelledby="endpoint-create-title">
          <h2 id="endpoint-create-title">{t.registerTitle}</h2>
          <ErrorSummary ctx={ctx} errors={errors} labels={{ url: t.url, eventTypes: t.events, description: t.description }} />
          <form method="post" action={ctx.href(`${base}/webhook`)} class="stack-form" novalidate data-form="endpoint">
            <CsrfField ctx={ctx} />
            <TextField
              name="url"
              label={t.url}
              hint={t.urlHint}
              type="url"
              value={typeof values.url === 'string' ? values.url : ''}
              error={errors.url}
              required
              maxLength={2000}
            />
            <fieldset class={errors.eventTypes ? 'field field-invalid choice-list' : 'field choice-list'} id="field-eventTypes">
              <legend>{t.events}</legend>
              <p class="field-hint">{t.eventsHint}</p>
              {errors.eventTypes ? <p class="field-error">{errors.eventTypes}</p> : null}
              {Object.entries(EVENT_SCOPES).map(([type, scope]) => (
                <label class="choice">
                  <input
                    type="checkbox"
                    name="eventTypes"
                    value={type}
                    checked={chosenEvents.includes(type)}
                    disabled={!partner.scopes.includes(scope)}
                  />{' '}
                  <code>{type}</code> ({scope})
                </label>
              ))}
            </fieldset>
            <TextField
              name="description"
              label={t.description}
              value={typeof values.description === 'string' ? values.description : ''}
              error={errors.description}
              maxLength={200}
            />
            <button type="submit" class="button">
              {t.register}
            </button>
          </form>
        </section>
      )}
      <DeliveriesTable ctx={ctx} page={deliveries} basePath={base} list={list} status={status} />
    </ConsoleDocument>
  );
}

function DeliveryPage({ ctx, delivery }: { ctx: PageContext; delivery: DeliveryDetail }) {
  const t = ctx.t.partners;
  const columns: Column<DeliveryDetail['attemptLog'][number]>[] = [
    { key: 'attempt', label: t.columns.attempt, numeric: true, cell: (row) => row.attempt },
    { key: 'trigger', label: t.columns.trigger, cell: (row) => t.triggers[row.trigger] ?? row.trigger },
    { key: 'started', label: t.columns.started, cell: (row) => when(row.startedAt) },
    { key: 'duration', label: t.columns.duration, numeric: true, cell: (row) => t.ms(row.durationMs) },
    { key: 'status', label: t.columns.lastStatus, cell: (row) => row.statusCode ?? '—' },
    { key: 'error', label: t.columns.error, cell: (row) => row.error ?? '—' },
    { key: 'excerpt', label: t.columns.excerpt, cell: (row) => (row.responseExcerpt ? <code>{row.responseExcerpt}</code> : '—') },
  ];
  return (
    <ConsoleDocument ctx={ctx} active="partners" title={t.deliveryTitle(delivery.eventType)}>
      <p>
        <a href={ctx.href(`${PARTNERS}/${delivery.partnerId}`)}>{t.back}</a>
      </p>
      <p data-delivery-status={delivery.status}>
        {statusBadge(ctx, delivery.status)} · <code>{delivery.eventId}</code>
      </p>
      <ConfirmAction
        ctx={ctx}
        action={`${PARTNERS}/lan-gui/${delivery.id}/gui-lai`}
        label={t.replay}
        question={t.replayQuestion}
        danger={false}
        name="replay"
      />
      <DataTable
        ctx={ctx}
        caption={t.attemptsTitle}
        columns={columns}
        rows={delivery.attemptLog}
        rowKey={(row) => String(row.attempt)}
        basePath={`${PARTNERS}/lan-gui/${delivery.id}`}
        params={{}}
        nextCursor={null}
        empty={<p>{t.attemptsEmpty}</p>}
        rowAttributes={(row) => ({ 'data-attempt': String(row.attempt) })}
      />
      <h2>{t.body}</h2>
      <pre class="webhook-body">
        <code>{delivery.body}</code>
      </pre>
    </ConsoleDocument>
  );
}
