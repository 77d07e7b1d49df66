import type { App } from '@tradeqn/kit';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, SelectField, TextField } from '../../components/form.tsx';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';

/** The public report form; the product page and the storefront link here with the target filled in. */
export const REPORT_PATH = '/bao-cao-vi-pham';
const SENT_PATH = '/bao-cao-vi-pham/da-gui';
const KINDS = ['listing', 'enterprise'] as const;
const REASONS = ['counterfeit', 'prohibited', 'misleading', 'fraud', 'intellectual_property', 'offensive', 'other'] as const;

interface ReportValues {
  targetKind: string;
  target: string;
  reason: string;
  details: string;
  email: string;
}

/** The report form's address for a listing (by its slug) or an enterprise (by its slug). */
export function reportPathFor(kind: 'listing' | 'enterprise', slug: string): string {
  return `${REPORT_PATH}?loai=${kind === 'listing' ? 'tin-dang' : 'doanh-nghiep'}&ma=${encodeURIComponent(slug)}`;
}

const one = (query: unknown, name: string) => {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim().slice(0, 500) : '';
};

/**
 * `/bao-cao-vi-pham`: anyone reports a listing or an enterprise (a visitor gives an e-mail for the
 * outcome); the API limits how many a person sends and checks the target exists.
 */
export async function reportPages(app: App): Promise<void> {
  app.get(REPORT_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const kind = one(request.query, 'loai') === 'doanh-nghiep' ? 'enterprise' : 'listing';
    const values = { targetKind: kind, target: one(request.query, 'ma'), reason: '', details: '', email: '' };
    return sendPage(reply, <ReportForm ctx={ctx} values={values} errors={{}} />);
  });

  app.post(REPORT_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const values: ReportValues = {
      targetKind: formText(request.body, 'targetKind'),
      target: formText(request.body, 'target'),
      reason: formText(request.body, 'reason'),
      details: formText(request.body, 'details'),
      email: formText(request.body, 'email'),
    };
    const answer = await ctx.api.post<{ id: string }>('/reports', {
      body: {
        targetKind: values.targetKind,
        target: values.target,
        reason: values.reason,
        details: values.details,
        ...(ctx.viewer || !values.email ? {} : { email: values.email }),
      },
    });
    if (!answer.ok) {
      const errors: FieldErrors = answer.status === 429 ? { _form: ctx.t.trust.report.tooMany } : fieldErrorsOf(answer.problem);
      return sendPage(reply, <ReportForm ctx={ctx} values={values} errors={errors} />, {
        status: answer.status === 429 ? 429 : formStatus(answer.problem),
      });
    }
    setFlash(reply, ctx.t.trust.report.sent);
    return redirectTo(reply, ctx.href(SENT_PATH));
  });

  app.get(SENT_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const t = ctx.t.trust.report;
    return sendPage(
      reply,
      <Document ctx={ctx} meta={{ title: t.sentTitle, canonicalPath: SENT_PATH, noindex: true }}>
        <section class="account-page">
          <h1>{t.sentTitle}</h1>
          <p role="status">{t.sent}</p>
          <p>
            <a href={ctx.href('/')}>{t.home}</a>
          </p>
        </section>
      </Document>,
    );
  });
}

function ReportForm({ ctx, values, errors }: { ctx: PageContext; values: ReportValues; errors: FieldErrors }) {
  const t = ctx.t.trust.report;
  const labels = { targetKind: t.targetKind, target: t.target, reason: t.reason, details: t.details, email: t.email };
  return (
    <Document ctx={ctx} meta={{ title: t.title, canonicalPath: REPORT_PATH, noindex: true }}>
      <section class="account-page report-page">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
        <form method="post" action={ctx.href(REPORT_PATH)} class="account-form" novalidate>
          <CsrfField ctx={ctx} />
          <SelectField
            name="targetKind"
            label={t.targetKind}
            value={values.targetKind}
            error={errors.targetKind}
            required
            options={KINDS.map((kind) => ({ value: kind, label: ctx.t.trust.kinds[kind] ?? kind }))}
          />
          <TextField name="target" label={t.target} value={values.target} error={errors.target} required maxLength={500} />
          <SelectField
            name="reason"
            label={t.reason}
            value={values.reason}
            error={errors.reason}
            required
            placeholder={t.choose}
            options={REASONS.map((reason) => ({ value: reason, label: ctx.t.trust.reasons[reason] ?? reason }))}
          />
          <TextField
            name="details"
            label={t.details}
            hint={t.detailsHint}
            value={values.details}
            error={errors.details}
            required
            multiline
            maxLength={2000}
          />
          {ctx.viewer ? (
            <p class="muted">{t.signedIn}</p>
          ) : (
            <TextField
              name="email"
              type="email"
              label={t.email}
              value={values.email}
              error={errors.email}
              required
              autoComplete="email"
              maxLength={254}
            />
          )}
          <button type="submit" class="button">
            {t.submit}
          </button>
        </form>
      </section>
    </Document>
  );
}
