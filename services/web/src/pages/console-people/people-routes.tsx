import type { App } from '@tradeqn/kit';
import { formatDateTimeVn, formatDateVn } from '@tradeqn/vn';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { type Column, DataTable, FilterBar } from '../../components/data-table.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, SelectField, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { readListQuery, withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { collectPages, sendWorkbook } from '../../http/workbook.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PEOPLE = consolePath('people');
const PAGE_SIZE = 25;
const TABS = ['staff', 'consumer', 'all'] as const;
const ROLES = ['consumer', 'editor', 'moderator', 'admin'] as const;

/** A person as the accounts API answers admins (`GET /admin/users`). */
export interface AdminUser {
  id: string;
  email: string;
  fullName: string;
  phone: string | null;
  roles: string[];
  role: 'consumer' | 'editor' | 'moderator' | 'admin';
  emailVerified: boolean;
  createdAt: string;
  disabledAt: string | null;
}
type UserPage = { items: AdminUser[]; nextCursor: string | null };

function peopleQuery(query: unknown) {
  const list = readListQuery(query, {
    filters: ['tab', 'q', 'status'] as const,
    sorts: ['created'] as const,
    defaultSort: { key: 'created', dir: 'desc' },
  });
  const tab = (TABS as readonly string[]).includes(list.filters.tab ?? '')
    ? (list.filters.tab as (typeof TABS)[number])
    : 'staff';
  const status = list.filters.status === 'active' || list.filters.status === 'disabled' ? list.filters.status : undefined;
  const api = { role: tab === 'all' ? undefined : tab, q: list.filters.q, status };
  return { list, tab, api };
}

/** Only ever back into the list (with its filters) after an action on a row. */
function backToList(ctx: PageContext, posted: string): string {
  return ctx.href(posted === PEOPLE || posted.startsWith(`${PEOPLE}?`) ? posted : PEOPLE);
}

/** `/quan-tri/tai-khoan/**`: admins find accounts, create staff, change roles, disable and enable. */
export async function peoplePages(app: App): Promise<void> {
  app.get(PEOPLE, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const query = peopleQuery(request.query);
    const page = required(
      await ctx.api.get<UserPage>('/admin/users', { query: { ...query.api, limit: PAGE_SIZE, cursor: query.list.cursor } }),
    );
    return sendPage(reply, <PeoplePage ctx={ctx} query={query} page={page} />);
  });

  app.get(`${PEOPLE}/excel`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const { api } = peopleQuery(request.query);
    const { items } = await collectPages(async (cursor) =>
      required(await ctx.api.get<UserPage>('/admin/users', { query: { ...api, limit: 100, cursor } })),
    );
    const t = ctx.t.consolePeople.people;
    const c = t.exportColumns;
    return sendWorkbook(reply, t.exportName, [
      {
        name: t.exportSheet,
        rows: items,
        columns: [
          { header: c.name, width: 30, value: (row) => row.fullName },
          { header: c.email, width: 34, value: (row) => row.email },
          { header: c.phone, width: 14, value: (row) => row.phone ?? '' },
          { header: c.role, value: (row) => t.roles[row.role] ?? row.role },
          { header: c.status, value: (row) => (row.disabledAt ? t.statuses.disabled : t.statuses.active) },
          { header: c.verified, value: (row) => (row.emailVerified ? t.yes : t.no) },
          { header: c.created, format: 'dateTime', value: (row) => row.createdAt },
          { header: c.disabled, format: 'dateTime', value: (row) => row.disabledAt },
        ],
      },
    ]);
  });

  app.get(`${PEOPLE}/moi`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    return sendPage(reply, <CreateStaffPage ctx={ctx} values={{ role: 'moderator' }} errors={{}} />);
  });

  app.post(`${PEOPLE}/moi`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const values = {
      email: formText(request.body, 'email'),
      fullName: formText(request.body, 'fullName'),
      role: formText(request.body, 'role'),
    };
    const created = await ctx.api.post<AdminUser>('/admin/users', { body: values });
    if (created.ok) {
      setFlash(reply, ctx.t.consolePeople.createStaff.createdFlash(created.data.email));
      return redirectTo(reply, ctx.href(withQuery(PEOPLE, { q: created.data.email })));
    }
    if (created.status === 403 || created.status === 401) required(created);
    const e = ctx.t.consolePeople.createStaff.errors;
    const errors = fieldErrorsOf(created.problem);
    // the API's messages are for developers; the form says it in the page's language
    for (const field of ['email', 'fullName', 'role'] as const) if (errors[field]) errors[field] = e[field];
    if (created.problem.code === 'ACCOUNTS_EMAIL_TAKEN') {
      delete errors._form;
      errors.email = e.taken;
    }
    return sendPage(reply, <CreateStaffPage ctx={ctx} values={values} errors={errors} />, {
      status: formStatus(created.problem),
    });
  });

  const change = (
    path: string,
    body: (form: unknown) => Record<string, unknown>,
    flash: (ctx: PageContext, user: AdminUser) => string,
  ) =>
    app.post<{ Params: { id: string } }>(`${PEOPLE}/:id/${path}`, { schema: { hide: true } }, async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      requireStaff(ctx, 'admin');
      const id = request.params.id;
      if (!UUID.test(id)) throw pageNotFound();
      const back = backToList(ctx, formText(request.body, 'back'));
      const answer = await ctx.api.patch<AdminUser>(`/admin/users/${id}`, { body: body(request.body) });
      if (answer.ok) setFlash(reply, flash(ctx, answer.data));
      else if (answer.status === 404) setFlash(reply, ctx.t.consolePeople.notFoundFlash, 'error');
      else if (answer.status === 401) return redirectToSignIn(reply);
      // refused (yourself, the last admin, no longer an admin): the API's own words, in the page's language
      else setFlash(reply, answer.problem.detail ?? answer.problem.title, 'error');
      return redirectTo(reply, back);
    });

  change(
    'vai-tro',
    (form) => {
      const role = formText(form, 'role');
      return { role: (ROLES as readonly string[]).includes(role) ? role : 'consumer' };
    },
    (ctx, user) =>
      ctx.t.consolePeople.people.roleChangedFlash(user.fullName, ctx.t.consolePeople.people.roles[user.role] ?? user.role),
  );
  change(
    'khoa',
    (form) => {
      const reason = formText(form, 'reason').slice(0, 500);
      return { disabled: true, ...(reason ? { reason } : {}) };
    },
    (ctx, user) => ctx.t.consolePeople.people.disabledFlash(user.fullName),
  );
  change(
    'mo-khoa',
    () => ({ disabled: false }),
    (ctx, user) => ctx.t.consolePeople.people.enabledFlash(user.fullName),
  );
}

function PeoplePage({ ctx, query, page }: { ctx: PageContext; query: ReturnType<typeof peopleQuery>; page: UserPage }) {
  const t = ctx.t.consolePeople.people;
  const { list, tab } = query;
  const back = withQuery(PEOPLE, { ...list.params, cursor: list.cursor });
  const columns: Column<AdminUser>[] = [
    {
      key: 'name',
      label: t.columns.name,
      cell: (row) => (
        <>
          {row.fullName}
          {row.id === ctx.viewer?.userId ? <span class="muted"> {t.you}</span> : null}
        </>
      ),
    },
    { key: 'email', label: t.columns.email, cell: (row) => row.email },
    {
      key: 'role',
      label: t.columns.role,
      cell: (row) => (
        <form method="post" action={ctx.href(`${PEOPLE}/${row.id}/vai-tro`)} class="inline-form role-form">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="back" value={back} />
          <select name="role" aria-label={t.roleFor(row.fullName)}>
            {ROLES.map((role) => (
              <option value={role} selected={role === row.role}>
                {t.roles[role]}
              </option>
            ))}
          </select>
          <button type="submit" class="button button-secondary button-small">
            {t.changeRole}
          </button>
        </form>
      ),
    },
    {
      key: 'status',
      label: t.columns.status,
      cell: (row) => (
        <>
          <span
            class={`status status-${row.disabledAt ? 'disabled' : 'active'}`}
            data-status={row.disabledAt ? 'disabled' : 'active'}
          >
            {row.disabledAt ? t.statuses.disabled : t.statuses.active}
          </span>
          {!row.emailVerified && row.role !== 'consumer' ? <span class="muted"> ({t.pending})</span> : null}
        </>
      ),
    },
    { key: 'created', label: t.columns.created, cell: (row) => formatDateVn(row.createdAt) },
    {
      key: 'actions',
      label: t.columns.actions,
      cell: (row) =>
        row.id === ctx.viewer?.userId ? null : row.disabledAt ? (
          <form method="post" action={ctx.href(`${PEOPLE}/${row.id}/mo-khoa`)} class="inline-form" data-action="enable">
            <CsrfField ctx={ctx} />
            <input type="hidden" name="back" value={back} />
            <button type="submit" class="button button-secondary button-small">
              {t.enable}
            </button>
          </form>
        ) : (
          <ConfirmAction
            ctx={ctx}
            action={`${PEOPLE}/${row.id}/khoa`}
            label={t.disable}
            confirmLabel={t.disableConfirm}
            question={t.disableQuestion(row.fullName)}
            name="disable"
          >
            <input type="hidden" name="back" value={back} />
            <TextField name="reason" label={t.reason} maxLength={500} />
          </ConfirmAction>
        ),
    },
  ];
  return (
    <ConsoleDocument
      ctx={ctx}
      active="people"
      title={ctx.t.consolePeople.title}
      actions={
        <a class="button" href={ctx.href(`${PEOPLE}/moi`)}>
          {t.create}
        </a>
      }
    >
      <nav class="status-tabs" aria-label={t.tabsLabel}>
        <ul class="plain-list">
          {TABS.map((key) => (
            <li>
              <a
                href={ctx.href(withQuery(PEOPLE, { ...list.params, tab: key === 'staff' ? undefined : key }))}
                aria-current={key === tab ? 'page' : undefined}
                data-tab={key}
              >
                {t.tabs[key]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <FilterBar
        ctx={ctx}
        basePath={PEOPLE}
        exportHref={withQuery(`${PEOPLE}/excel`, list.params)}
        hidden={{ tab: list.params.tab }}
      >
        <TextField name="q" label={t.q} hint={t.qHint} type="search" value={list.filters.q} maxLength={200} />
        <SelectField
          name="status"
          label={t.status}
          value={query.api.status ?? ''}
          options={[
            { value: '', label: t.statusAny },
            { value: 'active', label: t.statuses.active },
            { value: 'disabled', label: t.statuses.disabled },
          ]}
        />
      </FilterBar>
      <DataTable
        ctx={ctx}
        caption={t.caption}
        columns={columns}
        rows={page.items}
        rowKey={(row) => row.id}
        basePath={PEOPLE}
        params={list.params}
        cursor={list.cursor}
        nextCursor={page.nextCursor}
        empty={<p>{t.empty}</p>}
        rowAttributes={(row) => ({ 'data-user': row.id, 'data-email': row.email })}
      />
    </ConsoleDocument>
  );
}

function CreateStaffPage({ ctx, values, errors }: { ctx: PageContext; values: Record<string, string>; errors: FieldErrors }) {
  const t = ctx.t.consolePeople.createStaff;
  const roles = ctx.t.consolePeople.people.roles;
  return (
    <ConsoleDocument ctx={ctx} active="people" title={t.title}>
      <p>{t.intro}</p>
      <ErrorSummary ctx={ctx} errors={errors} labels={{ email: t.email, fullName: t.fullName, role: t.role }} />
      <form method="post" action={ctx.href(`${PEOPLE}/moi`)} class="stack-form" novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          name="email"
          label={t.email}
          type="email"
          value={values.email}
          error={errors.email}
          required
          maxLength={254}
          autoComplete="off"
        />
        <TextField
          name="fullName"
          label={t.fullName}
          value={values.fullName}
          error={errors.fullName}
          required
          maxLength={120}
          autoComplete="off"
        />
        <SelectField
          name="role"
          label={t.role}
          value={values.role}
          error={errors.role}
          options={[
            { value: 'moderator', label: roles.moderator ?? 'moderator' },
            { value: 'admin', label: roles.admin ?? 'admin' },
          ]}
        />
        <div class="form-actions">
          <button type="submit" class="button">
            {t.submit}
          </button>
          <a href={ctx.href(PEOPLE)}>{t.cancel}</a>
        </div>
      </form>
    </ConsoleDocument>
  );
}

/** A date and time for a table cell, or a dash. */
export const when = (iso: string | null | undefined) => (iso ? formatDateTimeVn(iso) : '—');
