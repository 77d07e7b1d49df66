import type { App } from '@tradeqn/kit';
import type { PolicyDocumentDto, PolicyVersionDto, PolicyVersionSummaryDto } from '@tradeqn/trust/contract';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import { LEGAL_PAGES, legalPath, policyVersionPath } from '../legal/legal-page-list.ts';
import { forgetPolicyAnswers, vnDay } from '../legal/policy-notices.tsx';

const POLICIES = consolePath('policies');
type Row = Omit<PolicyDocumentDto, 'titleEn'> & {
  acceptedCount: number;
  announcedCount: number;
  announcementSentAt: string | null;
};
type AdminList = { items: Row[]; earliestEffectiveFrom: string };
type Values = { summary: string; effectiveFrom: string; body: string; bodyEn: string };
const newVersionPath = (slug: string) => `${POLICIES}/${slug}/phien-ban-moi`;

/**
 * `/quan-tri/chinh-sach` (admins): each document's version in force and how many accepted it,
 * the one announced and how far its mailing got; `/{slug}/phien-ban-moi` publishes the next.
 */
export async function consolePolicyPages(app: App): Promise<void> {
  app.get(POLICIES, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const list = required(await ctx.api.get<AdminList>('/admin/policies'));
    return sendPage(reply, <PolicyListPage ctx={ctx} list={list} />);
  });

  app.get<{ Params: { slug: string } }>(`${POLICIES}/:slug/phien-ban-moi`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const { current, earliest } = await currentOf(ctx, request.params.slug);
    const values = { summary: '', effectiveFrom: earliest, body: current.body, bodyEn: current.bodyEn ?? '' };
    return sendPage(reply, <NewVersionPage ctx={ctx} current={current} earliest={earliest} values={values} errors={{}} />);
  });

  app.post<{ Params: { slug: string } }>(
    `${POLICIES}/:slug/phien-ban-moi`,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      requireStaff(ctx, 'admin');
      const { slug } = request.params;
      const { current, earliest } = await currentOf(ctx, slug);
      // the texts as typed (their line breaks are the document's structure)
      const raw = (name: string) => String((request.body as Record<string, unknown> | undefined)?.[name] ?? '').slice(0, 100_001);
      const values: Values = {
        summary: formText(request.body, 'summary'),
        effectiveFrom: formText(request.body, 'effectiveFrom'),
        body: raw('body'),
        bodyEn: raw('bodyEn'),
      };
      const body = { ...values, ...(values.bodyEn.trim() ? {} : { bodyEn: undefined }) };
      const published = await ctx.api.post<PolicyVersionDto>(`/admin/policies/${slug}/versions`, { body });
      if (!published.ok) {
        const errors = fieldErrorsOf(published.problem);
        // the API says in Vietnamese what is wrong with the one field it names
        const named = Object.keys(errors).filter((key) => key !== '_form');
        if (named.length === 1 && named[0] && published.problem.code === 'TRUST_INVALID_INPUT' && published.problem.detail) {
          errors[named[0]] = published.problem.detail;
        }
        return sendPage(
          reply,
          <NewVersionPage ctx={ctx} current={current} earliest={earliest} values={values} errors={errors} />,
          { status: formStatus(published.problem) },
        );
      }
      forgetPolicyAnswers(ctx.site);
      setFlash(reply, ctx.t.consolePolicies.published(published.data.version, vnDay(published.data.effectiveFrom)));
      return redirectTo(reply, ctx.href(POLICIES));
    },
  );
}

async function currentOf(ctx: PageContext, slug: string) {
  if (!LEGAL_PAGES.some((one) => one.slug === slug)) throw pageNotFound();
  const detail = required(
    await ctx.api.get<{ inForce: PolicyVersionDto; upcoming: PolicyVersionSummaryDto | null }>(`/policies/${slug}`),
  );
  const list = required(await ctx.api.get<AdminList>('/admin/policies'));
  return { current: detail.inForce, earliest: list.earliestEffectiveFrom };
}

function PolicyListPage({ ctx, list }: { ctx: PageContext; list: AdminList }) {
  const t = ctx.t.consolePolicies;
  const columns: Column<Row>[] = [
    {
      key: 'document',
      label: t.document,
      cell: (row) => <a href={ctx.href(legalPath(row.slug))}>{row.title}</a>,
    },
    {
      key: 'inForce',
      label: t.inForce,
      cell: (row) => (
        <>
          <a href={ctx.href(policyVersionPath(row.slug, row.inForce.version))}>
            {t.versionFrom(row.inForce.version, vnDay(row.inForce.effectiveFrom))}
          </a>
          <br />
          <span class="muted" data-accepted={row.acceptedCount}>
            {t.accepted(row.acceptedCount)}
          </span>
        </>
      ),
    },
    {
      key: 'upcoming',
      label: t.upcoming,
      cell: (row) =>
        row.upcoming ? (
          <>
            <a href={ctx.href(policyVersionPath(row.slug, row.upcoming.version))}>
              {t.versionFrom(row.upcoming.version, vnDay(row.upcoming.effectiveFrom))}
            </a>
            <br />
            <span class="muted" data-announced={row.announcedCount}>
              {t.announced(row.announcedCount, row.announcementSentAt !== null)}
            </span>
          </>
        ) : (
          t.none
        ),
    },
    {
      key: 'action',
      label: '',
      cell: (row) =>
        row.upcoming ? (
          <span class="muted">{t.oneWaits}</span>
        ) : (
          <a href={ctx.href(newVersionPath(row.slug))} data-new-version={row.slug}>
            {t.newVersion}
          </a>
        ),
    },
  ];
  return (
    <ConsoleDocument ctx={ctx} active="policies" title={t.title}>
      <p>{t.intro}</p>
      <DataTable
        ctx={ctx}
        caption={t.title}
        columns={columns}
        rows={list.items}
        rowKey={(row) => row.slug}
        rowAttributes={(row) => ({ 'data-policy': row.slug })}
        basePath={POLICIES}
        params={{}}
        cursor={undefined}
        nextCursor={null}
        empty={<p>{t.none}</p>}
      />
    </ConsoleDocument>
  );
}

function NewVersionPage({
  ctx,
  current,
  earliest,
  values,
  errors,
}: {
  ctx: PageContext;
  current: PolicyVersionDto;
  earliest: string;
  values: Values;
  errors: FieldErrors;
}) {
  const t = ctx.t.consolePolicies;
  const labels = { summary: t.summary, effectiveFrom: t.effectiveFrom, body: t.body, bodyEn: t.bodyEn };
  return (
    <ConsoleDocument ctx={ctx} active="policies" title={t.formTitle(current.title)}>
      <p>{t.formIntro(current.version, vnDay(earliest))}</p>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <form method="post" action={ctx.href(newVersionPath(current.slug))} class="work-form policy-form" novalidate>
        <CsrfField ctx={ctx} />
        <TextField
          name="summary"
          label={t.summary}
          hint={t.summaryHint}
          value={values.summary}
          error={errors.summary}
          required
          maxLength={1000}
        />
        <TextField
          name="effectiveFrom"
          type="date"
          label={t.effectiveFrom}
          value={values.effectiveFrom}
          error={errors.effectiveFrom}
          required
        />
        <TextField
          name="body"
          label={t.body}
          hint={t.bodyHint}
          value={values.body}
          error={errors.body}
          required
          multiline
          rows={24}
          maxLength={100_000}
        />
        <TextField
          name="bodyEn"
          label={t.bodyEn}
          value={values.bodyEn}
          error={errors.bodyEn}
          multiline
          rows={12}
          maxLength={100_000}
        />
        <p class="form-actions">
          <button type="submit" class="button" data-publish>
            {t.submit}
          </button>{' '}
          <a href={ctx.href(POLICIES)}>{t.cancel}</a>
        </p>
      </form>
    </ConsoleDocument>
  );
}
