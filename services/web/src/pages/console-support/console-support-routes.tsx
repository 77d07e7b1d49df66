import { type App, internalCallHeaders } from '@tradeqn/kit';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type SupportApplicationDto,
  type SupportApplicationSummaryDto,
  type SupportBudgetYearDto,
  type SupportLineDto,
  staffActions,
} from '@tradeqn/programme/contract';
import { formatDateTimeVn, formatVnd, vnDateOf, vnYearOf } from '@tradeqn/vn';
import { CsrfField, ErrorSummary, type FieldErrors, TextField } from '../../components/form.tsx';
import { type ApiResult, pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import {
  ApplicationDocuments,
  ApplicationFacts,
  ApplicationHistory,
  dongOf,
  passFile,
  StatusBadge,
  supportFieldErrors,
} from './support-views.tsx';

const hide = { schema: { hide: true } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SUPPORT = consolePath('support');
const BUDGET = `${SUPPORT}/kinh-phi`;
const LINES = `${SUPPORT}/tuyen-ho-tro`;

type Id = { Params: { id: string } };
type StaffAction = ReturnType<typeof staffActions>[number];
/** The console's path of each action's form, and the API's. */
const ACTIONS: Record<StaffAction, { page: string; api: string }> = {
  ask_more: { page: 'bo-sung', api: 'requests-for-information' },
  approve: { page: 'phe-duyet', api: 'approval' },
  reject: { page: 'tu-choi', api: 'rejection' },
  pay: { page: 'giai-ngan', api: 'payment' },
};
/** A refused action comes back on its own form: the values typed and the problem. */
type ActionForm = { action: StaffAction; values: Record<string, string>; errors: FieldErrors } | null;

function SupportTabs({ ctx }: { ctx: PageContext }) {
  const t = ctx.t.support;
  return (
    <p class="support-tabs">
      <a href={ctx.href(SUPPORT)}>{t.queueLink}</a> · <a href={ctx.href(BUDGET)}>{t.budgetLink}</a> ·{' '}
      <a href={ctx.href(LINES)}>{t.linesLink}</a>
    </p>
  );
}

/**
 * `/quan-tri/ho-tro-doanh-nghiep`: staff's queue of support applications, one application and
 * the decisions on it, the budget per year and source (`/kinh-phi`) and the support lines
 * (`/tuyen-ho-tro`); admins set the plan and edit the lines.
 */
export async function consoleSupportPages(app: App): Promise<void> {
  app.get<{ Querystring: { status?: string } }>(SUPPORT, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const status = (APPLICATION_STATUSES as readonly string[]).includes(request.query.status ?? '')
      ? (request.query.status as ApplicationStatus)
      : undefined;
    const applications = required(
      await ctx.api.get<SupportApplicationSummaryDto[]>('/admin/programme/support-applications', { query: { status } }),
    );
    const t = ctx.t.support;
    return sendPage(
      reply,
      <ConsoleDocument ctx={ctx} active="support" title={t.queueTitle}>
        <SupportTabs ctx={ctx} />
        <form class="filter-bar" method="get" action={ctx.href(SUPPORT)}>
          <div class="field">
            <label for="field-status">{t.columns.status}</label>
            <select id="field-status" name="status">
              <option value="">{t.allStatuses}</option>
              {APPLICATION_STATUSES.map((one) => (
                <option value={one} selected={one === status}>
                  {t.statuses[one]}
                </option>
              ))}
            </select>
          </div>
          <div class="filter-actions">
            <button type="submit" class="button button-secondary">
              {ctx.t.common.table.filter}
            </button>
          </div>
        </form>
        {applications.length === 0 ? (
          <p class="empty">{t.queueEmpty}</p>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls sideways, and a keyboard scrolls only what takes focus
          <section class="table-scroll" tabIndex={0} aria-label={t.queueTitle}>
            <table class="data-table" data-queue>
              <thead>
                <tr>
                  <th scope="col">{t.columns.enterprise}</th>
                  <th scope="col">{t.columns.line}</th>
                  <th scope="col">{t.columns.year}</th>
                  <th scope="col">{t.columns.amount}</th>
                  <th scope="col">{t.columns.status}</th>
                  <th scope="col">{t.columns.updated}</th>
                </tr>
              </thead>
              <tbody>
                {applications.map((application) => (
                  <tr data-application={application.id}>
                    <td>
                      <a href={ctx.href(`${SUPPORT}/${application.id}`)}>{application.enterpriseName}</a>
                    </td>
                    <td>{ctx.locale === 'en' ? application.lineNameEn : application.lineNameVi}</td>
                    <td>{application.year}</td>
                    <td>{formatVnd(application.amount)}</td>
                    <td>
                      <StatusBadge ctx={ctx} status={application.status} />
                    </td>
                    <td>{formatDateTimeVn(application.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </ConsoleDocument>,
    );
  });

  app.get(BUDGET, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const role = requireStaff(ctx, 'moderator');
    const years = required(await ctx.api.get<SupportBudgetYearDto[]>('/admin/programme/support-budget'));
    const values = { year: String(vnYearOf(new Date())), provincial: '', central: '', enterprise: '' };
    return sendPage(reply, <BudgetPage ctx={ctx} years={years} isAdmin={role === 'admin'} values={values} errors={{}} />);
  });

  app.post(BUDGET, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const values = Object.fromEntries(
      ['year', 'provincial', 'central', 'enterprise'].map((field) => [field, formText(request.body, field)]),
    ) as Record<'year' | 'provincial' | 'central' | 'enterprise', string>;
    const year = /^\d{4}$/.test(values.year) ? values.year : '0';
    const saved = await ctx.api.put<SupportBudgetYearDto>(`/admin/programme/support-budget/${year}`, {
      body: { provincial: dongOf(values.provincial), central: dongOf(values.central), enterprise: dongOf(values.enterprise) },
    });
    if (!saved.ok) {
      const years = required(await ctx.api.get<SupportBudgetYearDto[]>('/admin/programme/support-budget'));
      const errors = supportFieldErrors(saved.problem);
      return sendPage(reply, <BudgetPage ctx={ctx} years={years} isAdmin values={values} errors={errors} />, {
        status: formStatus(saved.problem),
      });
    }
    setFlash(reply, ctx.t.support.planSaved(saved.data.year));
    return redirectTo(reply, ctx.href(`${BUDGET}#year-${saved.data.year}`));
  });

  app.get(LINES, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const role = requireStaff(ctx, 'moderator');
    const lines = required(await ctx.api.get<SupportLineDto[]>('/admin/programme/support-lines'));
    return sendPage(reply, <LinesPage ctx={ctx} lines={lines} isAdmin={role === 'admin'} refused={null} />);
  });

  app.post<{ Params: { code: string } }>(`${LINES}/:code`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const { code } = request.params;
    if (!/^[a-z][a-z0-9_]{1,39}$/.test(code)) throw pageNotFound();
    const text = (name: string) => formText(request.body, name);
    const body = {
      nameVi: text('nameVi'),
      nameEn: text('nameEn'),
      descriptionVi: text('descriptionVi'),
      descriptionEn: text('descriptionEn'),
      amount: dongOf(text('amount')),
      provincialShare: dongOf(text('provincialShare')),
      centralShare: dongOf(text('centralShare')),
      enterpriseShare: dongOf(text('enterpriseShare')),
      isActive: text('isActive') === '1',
      position: /^\d{1,4}$/.test(text('position')) ? Number(text('position')) : text('position'),
    };
    const saved = await ctx.api.put<SupportLineDto>(`/admin/programme/support-lines/${code}`, { body });
    if (!saved.ok) {
      const lines = required(await ctx.api.get<SupportLineDto[]>('/admin/programme/support-lines'));
      const values = Object.fromEntries(Object.keys(body).map((name) => [name, text(name)]));
      const refused = { code, values, errors: supportFieldErrors(saved.problem) };
      return sendPage(reply, <LinesPage ctx={ctx} lines={lines} isAdmin refused={refused} />, {
        status: formStatus(saved.problem),
      });
    }
    setFlash(reply, ctx.t.support.lineSaved(saved.data.nameVi));
    return redirectTo(reply, ctx.href(`${LINES}#line-${code}`));
  });

  app.get<Id>(`${SUPPORT}/:id`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const application = await loadApplication(ctx, request.params.id);
    return sendPage(reply, <ReviewPage ctx={ctx} application={application} form={null} />);
  });

  for (const action of Object.keys(ACTIONS) as StaffAction[]) {
    app.post<Id>(`${SUPPORT}/:id/${ACTIONS[action].page}`, hide, async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      requireStaff(ctx, 'moderator');
      if (!UUID.test(request.params.id)) throw pageNotFound();
      const values = Object.fromEntries(
        ['message', 'reason', 'amount', 'paidOn', 'reference'].map((field) => [field, formText(request.body, field)]),
      );
      const body =
        action === 'ask_more'
          ? { message: values.message }
          : action === 'reject'
            ? { reason: values.reason }
            : action === 'pay'
              ? { amount: dongOf(values.amount ?? ''), paidOn: values.paidOn, reference: values.reference }
              : undefined;
      const done: ApiResult<SupportApplicationDto> = await ctx.api.post<SupportApplicationDto>(
        `/admin/programme/support-applications/${request.params.id}/${ACTIONS[action].api}`,
        body === undefined ? {} : { body },
      );
      if (!done.ok) {
        if (done.status === 404) throw pageNotFound();
        const application = await loadApplication(ctx, request.params.id);
        const form = { action, values, errors: supportFieldErrors(done.problem) };
        return sendPage(reply, <ReviewPage ctx={ctx} application={application} form={form} />, {
          status: formStatus(done.problem),
        });
      }
      setFlash(reply, ctx.t.support.done[action] ?? '');
      return redirectTo(reply, ctx.href(`${SUPPORT}/${request.params.id}`));
    });
  }

  app.get<{ Params: { id: string; documentId: string } }>(`${SUPPORT}/:id/tai-lieu/:documentId`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const { id, documentId } = request.params;
    if (!UUID.test(id) || !UUID.test(documentId)) throw pageNotFound();
    const file = passFile(
      await app.inject({
        method: 'GET',
        url: `/api/v1/admin/programme/support-applications/${id}/documents/${documentId}`,
        headers: { ...internalCallHeaders(), authorization: `Bearer ${ctx.viewer.accessToken}`, 'accept-language': ctx.locale },
        remoteAddress: request.ip,
      }),
    );
    if (!file) throw pageNotFound();
    return reply
      .type(file.contentType)
      .header('content-disposition', file.disposition)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .send(file.data);
  });
}

async function loadApplication(ctx: PageContext, id: string): Promise<SupportApplicationDto> {
  if (!UUID.test(id)) throw pageNotFound();
  return required(await ctx.api.get<SupportApplicationDto>(`/admin/programme/support-applications/${id}`));
}

function ReviewPage({ ctx, application, form }: { ctx: PageContext; application: SupportApplicationDto; form: ActionForm }) {
  const t = ctx.t.support;
  const here = `${SUPPORT}/${application.id}`;
  const line = ctx.locale === 'en' ? application.lineNameEn : application.lineNameVi;
  const actions = staffActions(application.status);
  const errorsOf = (action: StaffAction) => (form?.action === action ? form.errors : {});
  const typedValue = (action: StaffAction, name: string, fallback = '') =>
    form?.action === action ? (form.values[name] ?? fallback) : fallback;
  return (
    <ConsoleDocument ctx={ctx} active="support" title={t.applicationTitle(line, application.year)}>
      <SupportTabs ctx={ctx} />
      <ApplicationFacts ctx={ctx} application={application} />
      <ApplicationDocuments ctx={ctx} application={application} documentHref={(id) => `${here}/tai-lieu/${id}`} />
      <div class="support-actions" data-actions={actions.join(' ')}>
        {actions.includes('approve') ? (
          <section aria-labelledby="approve">
            <h2 id="approve">{t.approve}</h2>
            <ErrorSummary ctx={ctx} errors={errorsOf('approve')} labels={t.fields} />
            <p>{t.approveHint}</p>
            <form method="post" action={ctx.href(`${here}/phe-duyet`)} class="work-form">
              <CsrfField ctx={ctx} />
              <button type="submit" class="button" data-approve>
                {t.approve}
              </button>
            </form>
          </section>
        ) : null}
        {actions.includes('ask_more') ? (
          <section aria-labelledby="ask-more">
            <h2 id="ask-more">{t.askMore}</h2>
            <ErrorSummary ctx={ctx} errors={errorsOf('ask_more')} labels={t.fields} />
            <form method="post" action={ctx.href(`${here}/bo-sung`)} class="work-form" novalidate data-ask-more>
              <CsrfField ctx={ctx} />
              <TextField
                name="message"
                label={t.fields.message ?? ''}
                value={typedValue('ask_more', 'message')}
                error={errorsOf('ask_more').message}
                required
                multiline
                maxLength={5000}
              />
              <button type="submit" class="button button-secondary">
                {t.askMoreSubmit}
              </button>
            </form>
          </section>
        ) : null}
        {actions.includes('reject') ? (
          <section aria-labelledby="reject">
            <h2 id="reject">{t.reject}</h2>
            <ErrorSummary ctx={ctx} errors={errorsOf('reject')} labels={t.fields} />
            <form method="post" action={ctx.href(`${here}/tu-choi`)} class="work-form" novalidate data-reject>
              <CsrfField ctx={ctx} />
              <TextField
                name="reason"
                label={t.fields.reason ?? ''}
                value={typedValue('reject', 'reason')}
                error={errorsOf('reject').reason}
                required
                multiline
                maxLength={2000}
              />
              <button type="submit" class="button button-secondary">
                {t.rejectSubmit}
              </button>
            </form>
          </section>
        ) : null}
        {actions.includes('pay') ? (
          <section aria-labelledby="pay">
            <h2 id="pay">{t.pay}</h2>
            <ErrorSummary ctx={ctx} errors={errorsOf('pay')} labels={t.fields} />
            <form method="post" action={ctx.href(`${here}/giai-ngan`)} class="work-form" novalidate data-pay>
              <CsrfField ctx={ctx} />
              <TextField
                name="amount"
                label={t.fields.amount ?? ''}
                hint={t.amountHint}
                inputMode="numeric"
                value={typedValue('pay', 'amount', String(application.provincialShare + application.centralShare))}
                error={errorsOf('pay').amount}
                required
              />
              <TextField
                name="paidOn"
                type="date"
                label={t.fields.paidOn ?? ''}
                value={typedValue('pay', 'paidOn', vnDateOf(new Date()))}
                error={errorsOf('pay').paidOn}
                required
              />
              <TextField
                name="reference"
                label={t.fields.reference ?? ''}
                value={typedValue('pay', 'reference')}
                error={errorsOf('pay').reference}
                required
                maxLength={200}
              />
              <button type="submit" class="button" data-record-payment>
                {t.paySubmit}
              </button>
            </form>
          </section>
        ) : null}
      </div>
      <ApplicationHistory ctx={ctx} application={application} />
    </ConsoleDocument>
  );
}

function BudgetPage({
  ctx,
  years,
  isAdmin,
  values,
  errors,
}: {
  ctx: PageContext;
  years: SupportBudgetYearDto[];
  isAdmin: boolean;
  values: Record<'year' | 'provincial' | 'central' | 'enterprise', string>;
  errors: FieldErrors;
}) {
  const t = ctx.t.support;
  const c = t.budgetColumns;
  const money = (amount: number) => formatVnd(amount);
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  const grand = years.reduce(
    (sum, one) => ({
      planned: sum.planned + one.total.planned,
      committed: sum.committed + one.total.committed,
      paid: sum.paid + one.total.paid,
      available: sum.available + one.total.available,
    }),
    { planned: 0, committed: 0, paid: 0, available: 0 },
  );
  return (
    <ConsoleDocument ctx={ctx} active="support" title={t.budgetTitle}>
      <SupportTabs ctx={ctx} />
      <p>{t.budgetIntro}</p>
      {years.length === 0 ? (
        <p class="empty">{t.budgetEmpty}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls sideways, and a keyboard scrolls only what takes focus
        <section class="table-scroll" tabIndex={0} aria-label={t.budgetCaption}>
          <table class="data-table budget-table" data-budget>
            <caption>{t.budgetCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.year}</th>
                <th scope="col">{c.source}</th>
                <th scope="col">{c.planned}</th>
                <th scope="col">{c.committed}</th>
                <th scope="col">{c.paid}</th>
                <th scope="col">{c.available}</th>
              </tr>
            </thead>
            {years.map((year) => (
              <tbody id={`year-${year.year}`} data-year={year.year}>
                {year.sources.map((cell, index) => (
                  <tr data-source={cell.source}>
                    {index === 0 ? (
                      <th scope="rowgroup" rowSpan={year.sources.length + 1}>
                        {year.year}
                      </th>
                    ) : null}
                    <th scope="row">{t.sources[cell.source]}</th>
                    <td data-planned={cell.planned}>{money(cell.planned)}</td>
                    <td data-committed={cell.committed}>{money(cell.committed)}</td>
                    <td data-paid={cell.paid}>{money(cell.paid)}</td>
                    <td data-available={cell.available}>{money(cell.available)}</td>
                  </tr>
                ))}
                <tr class="budget-year-total" data-source="total">
                  <th scope="row">{t.yearTotal}</th>
                  <td data-planned={year.total.planned}>{money(year.total.planned)}</td>
                  <td data-committed={year.total.committed}>{money(year.total.committed)}</td>
                  <td data-paid={year.total.paid}>{money(year.total.paid)}</td>
                  <td data-available={year.total.available}>{money(year.total.available)}</td>
                </tr>
              </tbody>
            ))}
            <tfoot>
              <tr class="budget-grand-total" data-grand-total>
                <th scope="row" colSpan={2}>
                  {t.grandTotal(first ?? 0, last ?? 0)}
                </th>
                <td data-planned={grand.planned}>{money(grand.planned)}</td>
                <td data-committed={grand.committed}>{money(grand.committed)}</td>
                <td data-paid={grand.paid}>{money(grand.paid)}</td>
                <td data-available={grand.available}>{money(grand.available)}</td>
              </tr>
            </tfoot>
          </table>
        </section>
      )}
      {isAdmin ? (
        <section aria-labelledby="plan">
          <h2 id="plan">{t.planTitle}</h2>
          <ErrorSummary ctx={ctx} errors={errors} labels={t.planFields} />
          <form method="post" action={ctx.href(BUDGET)} class="work-form" novalidate data-plan-form>
            <CsrfField ctx={ctx} />
            <TextField
              name="year"
              type="number"
              inputMode="numeric"
              min={2016}
              max={2100}
              label={t.planFields.year ?? ''}
              value={values.year}
              error={errors.year}
              required
            />
            {(['provincial', 'central', 'enterprise'] as const).map((source) => (
              <TextField
                name={source}
                inputMode="numeric"
                label={t.planFields[source] ?? ''}
                hint={t.amountHint}
                value={values[source]}
                error={errors[source]}
                required
              />
            ))}
            <button type="submit" class="button" data-save-plan>
              {t.planSubmit}
            </button>
          </form>
        </section>
      ) : null}
    </ConsoleDocument>
  );
}

function LinesPage({
  ctx,
  lines,
  isAdmin,
  refused,
}: {
  ctx: PageContext;
  lines: SupportLineDto[];
  isAdmin: boolean;
  refused: { code: string; values: Record<string, string>; errors: FieldErrors } | null;
}) {
  const t = ctx.t.support;
  const f = t.lineFields;
  return (
    <ConsoleDocument ctx={ctx} active="support" title={t.linesTitle}>
      <SupportTabs ctx={ctx} />
      <p>{t.linesIntro}</p>
      {lines.map((line) => {
        const own = refused?.code === line.code ? refused : null;
        const errors = own?.errors ?? {};
        const value = (name: keyof SupportLineDto) => own?.values[name] ?? String(line[name]);
        const name = ctx.locale === 'en' ? line.nameEn : line.nameVi;
        return (
          <section id={`line-${line.code}`} aria-labelledby={`line-${line.code}-name`} data-line={line.code}>
            <h2 id={`line-${line.code}-name`}>
              {name} {line.isActive ? null : <span class="status status-rejected">{t.inactive}</span>}
            </h2>
            <p>
              <strong>{formatVnd(line.amount)}</strong> —{' '}
              {t.split(formatVnd(line.provincialShare), formatVnd(line.centralShare), formatVnd(line.enterpriseShare))}
            </p>
            {isAdmin ? (
              <details open={own !== null}>
                <summary>{t.lineSubmit}</summary>
                <ErrorSummary ctx={ctx} errors={errors} labels={f} />
                <form
                  method="post"
                  action={ctx.href(`${LINES}/${line.code}`)}
                  class="work-form"
                  novalidate
                  data-line-form={line.code}
                >
                  <CsrfField ctx={ctx} />
                  {(['nameVi', 'nameEn'] as const).map((field) => (
                    <TextField
                      name={field}
                      label={f[field] ?? ''}
                      value={value(field)}
                      error={errors[field]}
                      required
                      maxLength={200}
                    />
                  ))}
                  {(['descriptionVi', 'descriptionEn'] as const).map((field) => (
                    <TextField
                      name={field}
                      label={f[field] ?? ''}
                      value={value(field)}
                      error={errors[field]}
                      multiline
                      maxLength={2000}
                    />
                  ))}
                  {(['amount', 'provincialShare', 'centralShare', 'enterpriseShare', 'position'] as const).map((field) => (
                    <TextField
                      name={field}
                      inputMode="numeric"
                      label={f[field] ?? ''}
                      value={value(field)}
                      error={errors[field]}
                      required
                    />
                  ))}
                  <div class="field">
                    <label>
                      <input
                        type="checkbox"
                        name="isActive"
                        value="1"
                        checked={own ? own.values.isActive === '1' : line.isActive}
                      />{' '}
                      {f.isActive}
                    </label>
                  </div>
                  <button type="submit" class="button">
                    {t.lineSubmit}
                  </button>
                </form>
              </details>
            ) : null}
          </section>
        );
      })}
    </ConsoleDocument>
  );
}
