import type { App } from '@tradeqn/kit';
import type { FastifyReply } from 'fastify';
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
import { LocalDateTimeField, vietnamDateTime, vietnamLocalToIso } from './trust-views.tsx';

const BREACHES = consolePath('breaches');
const hide = { schema: { hide: true } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STATUSES = ['open', 'notified', 'closed'] as const;
const PAGE_SIZE = 25;
const FIELDS = ['title', 'description', 'dataCategories', 'peopleAffected', 'measures', 'discoveredAt'] as const;
type Values = Record<(typeof FIELDS)[number], string>;
type Id = { Params: { id: string } };
type Page = { items: BreachView[]; nextCursor: string | null };

/** A breach as `GET /admin/data-breaches/{id}` answers it. */
interface BreachView {
  id: string;
  title: string;
  description: string;
  dataCategories: string;
  peopleAffected: number | null;
  measures: string;
  status: (typeof STATUSES)[number];
  discoveredAt: string;
  deadlineAt: string;
  remainingSeconds: number;
  isOverdue: boolean;
  authorityNotifiedAt: string | null;
  authorityReference: string | null;
  isWithinDeadline: boolean | null;
  subjectsNotifiedAt: string | null;
  closedAt: string | null;
  closingNote: string | null;
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

/** The moment typed in Vietnam time as an ISO instant; '' stays absent (now), a wrong one is null. */
function momentOf(typed: string): string | undefined | null {
  return typed ? vietnamLocalToIso(typed) : undefined;
}

/**
 * `/quan-tri/su-co-du-lieu/**` (admins): the register of personal-data breaches with the 72-hour
 * clock to notify the authority, the form that records one, and the steps that follow.
 */
export async function consoleBreachPages(app: App): Promise<void> {
  app.get(BREACHES, hide, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    const list = readListQuery(request.query, {
      filters: ['status'] as const,
      sorts: ['created'] as const,
      defaultSort: { key: 'created', dir: 'desc' },
    });
    const status = STATUSES.find((one) => one === list.filters.status);
    const query = { status, limit: PAGE_SIZE };
    const answer = await ctx.api.get<Page>('/admin/data-breaches', {
      query: { ...query, cursor: list.cursor },
    });
    // a cursor from an old link: the first page
    const page =
      !answer.ok && answer.status === 400
        ? required(await ctx.api.get<Page>('/admin/data-breaches', { query }))
        : required(answer);
    return sendPage(
      reply,
      <BreachList
        ctx={ctx}
        items={page.items}
        nextCursor={page.nextCursor}
        status={status}
        cursor={answer.ok ? list.cursor : undefined}
      />,
    );
  });

  app.get(`${BREACHES}/moi`, hide, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    const values = Object.fromEntries(FIELDS.map((name) => [name, ''])) as Values;
    return sendPage(reply, <BreachForm ctx={ctx} values={values} errors={{}} />);
  });

  app.post(`${BREACHES}/moi`, hide, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    const values = Object.fromEntries(FIELDS.map((name) => [name, formText(request.body, name)])) as Values;
    const again = (errors: FieldErrors, status = 422) =>
      sendPage(reply, <BreachForm ctx={ctx} values={values} errors={errors} />, { status });
    const discoveredAt = momentOf(values.discoveredAt);
    if (discoveredAt === null) return again({ discoveredAt: ctx.t.breaches.form.invalidDate });
    const people = values.peopleAffected ? Number(values.peopleAffected) : undefined;
    const created = await ctx.api.post<BreachView>('/admin/data-breaches', {
      body: {
        title: values.title,
        description: values.description,
        dataCategories: values.dataCategories,
        measures: values.measures,
        discoveredAt: discoveredAt ?? new Date().toISOString(),
        ...(people === undefined ? {} : { peopleAffected: Number.isFinite(people) ? people : values.peopleAffected }),
      },
    });
    if (!created.ok) {
      if (created.status === 403) required(created);
      return again(fieldErrorsOf(created.problem), formStatus(created.problem));
    }
    setFlash(reply, ctx.t.breaches.form.created);
    return redirectTo(reply, ctx.href(`${BREACHES}/${created.data.id}`));
  });

  app.get<Id>(`${BREACHES}/:id`, hide, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const breach = required(await ctx.api.get<BreachView>(`/admin/data-breaches/${request.params.id}`));
    return sendPage(reply, <BreachDetail ctx={ctx} breach={breach} errors={{}} />);
  });

  app.post<Id & { Params: { step: string } }>(`${BREACHES}/:id/:step`, hide, async (request, reply) => {
    const ctx = adminPage(request, reply);
    if (!ctx) return reply;
    const { id, step } = request.params;
    if (!UUID.test(id)) throw pageNotFound();
    const t = ctx.t.breaches.detail;
    const steps: Record<string, { path: string; body: () => object | null; done: string }> = {
      'thong-bao-co-quan': {
        path: 'authority-notified',
        body: () => {
          const notifiedAt = momentOf(formText(request.body, 'notifiedAt'));
          if (notifiedAt === null) return null;
          return { reference: formText(request.body, 'reference'), ...(notifiedAt ? { notifiedAt } : {}) };
        },
        done: t.notified,
      },
      'thong-bao-nguoi-dung': { path: 'subjects-notified', body: () => ({}), done: t.subjectsDone },
      'khep-ho-so': { path: 'close', body: () => ({ note: formText(request.body, 'note') }), done: t.closed },
    };
    const chosen = steps[step];
    if (!chosen) throw pageNotFound();
    const body = chosen.body();
    const answer = body
      ? await ctx.api.post<BreachView>(`/admin/data-breaches/${id}/${chosen.path}`, { body })
      : {
          ok: false as const,
          status: 400,
          problem: { status: 400, title: '', errors: [{ path: '/body/notifiedAt', message: ctx.t.breaches.form.invalidDate }] },
        };
    if (!answer.ok) {
      if (answer.status === 403 || answer.status === 404) required(answer);
      const breach = required(await ctx.api.get<BreachView>(`/admin/data-breaches/${id}`));
      return sendPage(reply, <BreachDetail ctx={ctx} breach={breach} errors={fieldErrorsOf(answer.problem)} />, {
        status: formStatus(answer.problem),
      });
    }
    setFlash(reply, chosen.done);
    return redirectTo(reply, ctx.href(`${BREACHES}/${id}`));
  });
}

/** The 72-hour clock: time left, how late (said in words, not by colour alone), or whether the notice was in time. */
function BreachClock({ ctx, breach }: { ctx: PageContext; breach: BreachView }) {
  const t = ctx.t.breaches.clock;
  if (breach.authorityNotifiedAt) {
    return breach.isWithinDeadline ? (
      <span class="clock clock-done">{t.inTime}</span>
    ) : (
      <strong class="clock clock-overdue">{t.late}</strong>
    );
  }
  const seconds = Math.abs(breach.remainingSeconds);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return breach.isOverdue ? (
    <strong class="clock clock-overdue" data-overdue="true">
      {t.overdue(hours, minutes)}
    </strong>
  ) : (
    <span class={hours < 24 ? 'clock clock-soon' : 'clock'} data-overdue="false">
      {t.left(hours, minutes)}
    </span>
  );
}

function BreachList(props: {
  ctx: PageContext;
  items: BreachView[];
  nextCursor: string | null;
  status: string | undefined;
  cursor: string | undefined;
}) {
  const { ctx } = props;
  const t = ctx.t.breaches;
  const columns: Column<BreachView>[] = [
    { key: 'title', label: t.columns.title, cell: (row) => <a href={ctx.href(`${BREACHES}/${row.id}`)}>{row.title}</a> },
    { key: 'discovered', label: t.columns.discovered, cell: (row) => vietnamDateTime(row.discoveredAt) },
    { key: 'people', label: t.columns.people, numeric: true, cell: (row) => row.peopleAffected?.toLocaleString('vi-VN') ?? '—' },
    { key: 'clock', label: t.columns.clock, cell: (row) => <BreachClock ctx={ctx} breach={row} /> },
  ];
  return (
    <ConsoleDocument
      ctx={ctx}
      active="breaches"
      title={t.title}
      actions={
        <a class="button" href={ctx.href(`${BREACHES}/moi`)}>
          {t.create}
        </a>
      }
    >
      <p>{t.intro}</p>
      <FilterBar ctx={ctx} basePath={BREACHES}>
        <SelectField
          name="status"
          label={t.filterStatus}
          value={props.status ?? ''}
          options={[{ value: '', label: '—' }, ...STATUSES.map((one) => ({ value: one, label: t.statuses[one] ?? one }))]}
        />
      </FilterBar>
      <DataTable
        ctx={ctx}
        caption={t.caption}
        columns={columns}
        rows={props.items}
        rowKey={(row) => row.id}
        rowAttributes={(row) => ({
          'data-breach': row.id,
          ...(row.isOverdue && !row.authorityNotifiedAt ? { class: 'row-overdue' } : {}),
        })}
        basePath={BREACHES}
        params={{ status: props.status }}
        cursor={props.cursor}
        nextCursor={props.nextCursor}
        empty={<p>{t.empty}</p>}
      />
    </ConsoleDocument>
  );
}

function BreachForm({ ctx, values, errors }: { ctx: PageContext; values: Values; errors: FieldErrors }) {
  const f = ctx.t.breaches.form;
  const labels = {
    title: f.heading,
    description: f.description,
    dataCategories: f.dataCategories,
    peopleAffected: f.peopleAffected,
    measures: f.measures,
    discoveredAt: f.discoveredAt,
  };
  return (
    <ConsoleDocument ctx={ctx} active="breaches" title={f.title}>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <form method="post" action={ctx.href(`${BREACHES}/moi`)} class="work-form" novalidate>
        <CsrfField ctx={ctx} />
        <TextField name="title" label={f.heading} value={values.title} error={errors.title} required maxLength={200} />
        <TextField
          name="description"
          label={f.description}
          value={values.description}
          error={errors.description}
          required
          multiline
          maxLength={5000}
        />
        <TextField
          name="dataCategories"
          label={f.dataCategories}
          hint={f.dataCategoriesHint}
          value={values.dataCategories}
          error={errors.dataCategories}
          required
          maxLength={1000}
        />
        <TextField
          name="peopleAffected"
          type="number"
          inputMode="numeric"
          min={0}
          label={f.peopleAffected}
          value={values.peopleAffected}
          error={errors.peopleAffected}
        />
        <TextField
          name="measures"
          label={f.measures}
          value={values.measures}
          error={errors.measures}
          required
          multiline
          maxLength={5000}
        />
        <LocalDateTimeField
          name="discoveredAt"
          label={f.discoveredAt}
          hint={f.discoveredAtHint}
          value={values.discoveredAt}
          error={errors.discoveredAt}
        />
        <button type="submit" class="button">
          {f.submit}
        </button>
      </form>
    </ConsoleDocument>
  );
}

function BreachDetail({ ctx, breach, errors }: { ctx: PageContext; breach: BreachView; errors: FieldErrors }) {
  const t = ctx.t.breaches;
  const d = t.detail;
  const path = (step: string) => ctx.href(`${BREACHES}/${breach.id}/${step}`);
  return (
    <ConsoleDocument ctx={ctx} active="breaches" title={breach.title}>
      <p>
        <a href={ctx.href(BREACHES)}>{d.back}</a>
      </p>
      <ErrorSummary ctx={ctx} errors={errors} labels={{ reference: d.reference, notifiedAt: d.notifiedAt, note: d.closeNote }} />
      <dl class="facts" data-breach-status={breach.status}>
        <dt>{t.form.description}</dt>
        <dd>{breach.description}</dd>
        <dt>{t.form.dataCategories}</dt>
        <dd>{breach.dataCategories}</dd>
        <dt>{t.form.peopleAffected}</dt>
        <dd>{breach.peopleAffected?.toLocaleString('vi-VN') ?? '—'}</dd>
        <dt>{t.form.measures}</dt>
        <dd>{breach.measures}</dd>
        <dt>{d.discoveredAt}</dt>
        <dd>{vietnamDateTime(breach.discoveredAt)}</dd>
        <dt>{d.deadlineAt}</dt>
        <dd>
          {vietnamDateTime(breach.deadlineAt)} — <BreachClock ctx={ctx} breach={breach} />
        </dd>
        <dt>{d.authority}</dt>
        <dd data-authority>
          {breach.authorityNotifiedAt
            ? d.authorityAt(breach.authorityReference ?? '', vietnamDateTime(breach.authorityNotifiedAt))
            : t.statuses.open}
        </dd>
        <dt>{d.subjects}</dt>
        <dd data-subjects>
          {breach.subjectsNotifiedAt ? d.subjectsAt(vietnamDateTime(breach.subjectsNotifiedAt)) : d.subjectsNone}
        </dd>
        {breach.closedAt ? (
          <>
            <dt>{d.close}</dt>
            <dd>{d.closedNote(vietnamDateTime(breach.closedAt), breach.closingNote ?? '')}</dd>
          </>
        ) : null}
      </dl>
      {breach.status === 'open' ? (
        <form method="post" action={path('thong-bao-co-quan')} class="work-form" data-step="authority">
          <h2>{d.authority}</h2>
          <CsrfField ctx={ctx} />
          <TextField name="reference" label={d.reference} error={errors.reference} required maxLength={200} />
          <LocalDateTimeField name="notifiedAt" label={d.notifiedAt} hint="" value="" error={errors.notifiedAt} />
          <button type="submit" class="button">
            {d.notify}
          </button>
        </form>
      ) : null}
      {breach.status !== 'closed' && !breach.subjectsNotifiedAt ? (
        <form method="post" action={path('thong-bao-nguoi-dung')} data-step="subjects">
          <CsrfField ctx={ctx} />
          <button type="submit" class="button button-secondary">
            {d.subjectsButton}
          </button>
        </form>
      ) : null}
      {breach.status === 'notified' ? (
        <form method="post" action={path('khep-ho-so')} class="work-form" data-step="close">
          <h2>{d.close}</h2>
          <CsrfField ctx={ctx} />
          <TextField name="note" label={d.closeNote} error={errors.note} required multiline maxLength={2000} />
          <button type="submit" class="button">
            {d.closeButton}
          </button>
        </form>
      ) : null}
    </ConsoleDocument>
  );
}
