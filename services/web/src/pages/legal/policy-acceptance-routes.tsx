import type { App } from '@tradeqn/kit';
import type { PolicyVersionSummaryDto } from '@tradeqn/trust/contract';
import { formatDateTimeVn } from '@tradeqn/vn';
import { CsrfField } from '../../components/form.tsx';
import { required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';
import { safeNextPath } from '../account/next-path.ts';
import { ACCEPT_POLICIES_PATH, LEGAL_PAGES, legalPath, policyVersionPath } from './legal-page-list.ts';
import { forgetPolicyAnswers, vnDay } from './policy-notices.tsx';
import { parseVersionsField, versionsFieldValue } from './policy-versions-field.ts';

type Mine = { pending: PolicyVersionSummaryDto[]; accepted: { slug: string; version: number; acceptedAt: string }[] };

/** `/tai-khoan/chinh-sach`: the versions in force the person has yet to accept, accepted with one button. */
export async function policyAcceptancePages(app: App): Promise<void> {
  app.get<{ Querystring: { next?: string } }>(ACCEPT_POLICIES_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const mine = required(await ctx.api.get<Mine>('/me/policies'));
    return sendPage(reply, <AcceptancePage ctx={ctx} mine={mine} next={safeNextPath(request.query.next)} />);
  });

  app.post(ACCEPT_POLICIES_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, ACCEPT_POLICIES_PATH);
    const next = safeNextPath(formText(request.body, 'next'));
    const versions = parseVersionsField(formText(request.body, 'versions'));
    const accepted = versions.length > 0 ? await ctx.api.post<Mine>('/me/policies/accept', { body: { versions } }) : null;
    forgetPolicyAnswers(ctx.site, ctx.viewer.userId);
    if (!accepted?.ok) {
      // a version came into force while the page was open: show the new list
      setFlash(reply, ctx.t.legal.acceptStale, 'error');
      const back = `${ACCEPT_POLICIES_PATH}${next ? `?next=${encodeURIComponent(next)}` : ''}`;
      return redirectTo(reply, ctx.href(back));
    }
    setFlash(reply, ctx.t.legal.acceptDone);
    return redirectTo(reply, ctx.href(next ?? ACCEPT_POLICIES_PATH));
  });
}

function AcceptancePage({ ctx, mine, next }: { ctx: PageContext; mine: Mine; next: string | null }) {
  const t = ctx.t.legal;
  const titleOf = (slug: string) => {
    const document = LEGAL_PAGES.find((one) => one.slug === slug);
    return document ? document[ctx.locale] : slug;
  };
  return (
    <Document ctx={ctx} meta={{ title: t.acceptTitle, canonicalPath: ACCEPT_POLICIES_PATH, noindex: true }}>
      <h1>{t.acceptTitle}</h1>
      {mine.pending.length === 0 ? (
        <p class="notice" data-nothing-pending>
          {t.nothingPending}
        </p>
      ) : (
        <>
          <p>{t.acceptIntro}</p>
          <ul class="plain-list policy-pending">
            {mine.pending.map((one) => (
              <li data-pending={one.slug}>
                <h2>
                  <a href={ctx.href(legalPath(one.slug))}>{titleOf(one.slug)}</a>
                </h2>
                <p class="muted">{t.versionLine(one.version, vnDay(one.effectiveFrom))}</p>
                <p>{one.summary}</p>
                {one.version > 1 ? (
                  <p>
                    <a href={ctx.href(policyVersionPath(one.slug, one.version))}>{t.seeChanges}</a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <form method="post" action={ctx.href(ACCEPT_POLICIES_PATH)} class="work-form">
            <CsrfField ctx={ctx} />
            <input type="hidden" name="versions" value={versionsFieldValue(mine.pending)} />
            {next ? <input type="hidden" name="next" value={next} /> : null}
            <button type="submit" class="button" data-accept-policies>
              {t.acceptSubmit}
            </button>
          </form>
        </>
      )}
      {mine.accepted.length > 0 ? (
        <section aria-labelledby="policies-accepted">
          <h2 id="policies-accepted">{t.acceptedTitle}</h2>
          <ul class="policy-accepted">
            {mine.accepted.map((one) => (
              <li>{t.acceptedItem(titleOf(one.slug), one.version, formatDateTimeVn(one.acceptedAt))}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </Document>
  );
}
