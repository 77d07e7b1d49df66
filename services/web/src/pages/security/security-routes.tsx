import type { ConsentState } from '@tradeqn/accounts/contract';
import { type App, TWO_FACTOR_ROLES } from '@tradeqn/kit';
import type { FieldErrors } from '../../components/form.tsx';
import type { ApiProblem } from '../../http/api-client.ts';
import { required } from '../../http/api-client.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import type { Tokens } from '../../http/session.ts';
import { safeNextPath } from '../account/next-path.ts';
import { securityMessages } from './security-messages.ts';
import {
  type ConsentDecision,
  PrivacyPage,
  RecoveryCodesPage,
  SecurityPage,
  TwoFactorSetupPage,
  TwoFactorSignInPage,
  type TwoFactorStatus,
} from './security-pages.tsx';
import { CHALLENGE_COOKIE, PRIVACY_PATH, SECURITY_PATH, TWO_FACTOR_SIGN_IN_PATH } from './security-paths.ts';

const PURPOSE = /^(account|marketing|tracking)$/;
/** As long as accounts' challenge lives. */
const CHALLENGE_SECONDS = 5 * 60;

const isStaffViewer = (ctx: PageContext) =>
  (ctx.viewer?.staffRolesAwaitingTwoFactor.length ?? 0) > 0 ||
  (ctx.viewer?.roles.some((role) => TWO_FACTOR_ROLES.includes(role)) ?? false);

/** A wrong code, an expired step or too many tries, in the page's words. */
function codeErrors(ctx: PageContext, problem: ApiProblem): FieldErrors {
  const m = securityMessages(ctx.locale).signIn;
  if (problem.status === 429) return { _form: m.tooMany };
  return { code: m.wrongCode };
}

/**
 * The code step of signing in (`/dang-nhap/ma-xac-thuc`), the account's security page
 * (`/tai-khoan/bao-mat`: two-factor set up with a QR code, recovery codes, turned off) and its
 * privacy page (`/tai-khoan/quyen-rieng-tu`: consent per purpose). Every rule is accounts'.
 */
export async function securityPages(app: App): Promise<void> {
  // the secret and the recovery codes are kept by no cache, not even the browser's
  app.addHook('onSend', async (request, reply) => {
    if (request.method === 'POST' && request.url.includes(`${SECURITY_PATH}/`)) reply.header('cache-control', 'no-store');
  });
  // the code step of signing in --------------------------------------------------------------------
  app.get<{ Querystring: { next?: string } }>(TWO_FACTOR_SIGN_IN_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const next = safeNextPath(request.query.next);
    if (!request.cookies[CHALLENGE_COOKIE]) return redirectTo(reply, ctx.href('/dang-nhap'), 302);
    return sendPage(reply, <TwoFactorSignInPage ctx={ctx} errors={{}} next={next} />);
  });

  app.post(TWO_FACTOR_SIGN_IN_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const next = safeNextPath(formText(request.body, 'next'));
    const challengeToken = request.cookies[CHALLENGE_COOKIE];
    if (!challengeToken) return redirectTo(reply, ctx.href('/dang-nhap'));
    const code = formText(request.body, 'code').replace(/\s/g, '');
    if (code.length < 6) {
      const errors = { code: securityMessages(ctx.locale).signIn.wrongCode };
      return sendPage(reply, <TwoFactorSignInPage ctx={ctx} errors={errors} next={next} />, { status: 422 });
    }
    const session = await ctx.api.post<Tokens>('/auth/login/two-factor', { body: { challengeToken, code } });
    if (!session.ok) {
      if (session.status === 401) {
        reply.clearCookie(CHALLENGE_COOKIE, { path: '/' });
        return redirectTo(reply, ctx.href(`/dang-nhap${next ? `?next=${encodeURIComponent(next)}` : ''}`));
      }
      const errors = codeErrors(ctx, session.problem);
      return sendPage(reply, <TwoFactorSignInPage ctx={ctx} errors={errors} next={next} />, {
        status: formStatus(session.problem),
      });
    }
    reply.clearCookie(CHALLENGE_COOKIE, { path: '/' });
    ctx.site.session.start(reply, session.data);
    return redirectTo(reply, ctx.href(next ?? '/'));
  });

  // the security page ---------------------------------------------------------------------------------
  const showSecurity = async (ctx: PageContext, errors: FieldErrors, notice: string | undefined, next: string | null) => {
    const status = required(await ctx.api.get<TwoFactorStatus>('/me/two-factor'));
    return <SecurityPage ctx={ctx} status={status} isStaff={isStaffViewer(ctx)} errors={errors} notice={notice} next={next} />;
  };

  app.get<{ Querystring: { next?: string; 'da-tat'?: string } }>(
    SECURITY_PATH,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const notice = request.query['da-tat'] === '1' ? securityMessages(ctx.locale).security.disabled : undefined;
      return sendPage(reply, await showSecurity(ctx, {}, notice, safeNextPath(request.query.next)));
    },
  );

  app.post(`${SECURITY_PATH}/thiet-lap`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, SECURITY_PATH);
    const next = safeNextPath(formText(request.body, 'next'));
    const setup = await ctx.api.post<{ secret: string; qrSvg: string }>('/me/two-factor/setup', { body: {} });
    if (!setup.ok) return redirectTo(reply, ctx.href(SECURITY_PATH));
    return sendPage(reply, <TwoFactorSetupPage ctx={ctx} setup={setup.data} errors={{}} next={next} />);
  });

  app.post(`${SECURITY_PATH}/xac-nhan`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, SECURITY_PATH);
    const next = safeNextPath(formText(request.body, 'next'));
    const code = formText(request.body, 'code').replace(/\s/g, '');
    const confirmed = /^\d{6}$/.test(code)
      ? await ctx.api.post<{ recoveryCodes: string[]; session: Tokens }>('/me/two-factor/confirm', { body: { code } })
      : null;
    if (confirmed?.ok) {
      // the old session ended; the new one counts as two-factor
      ctx.site.session.start(reply, confirmed.data.session);
      return sendPage(reply, <RecoveryCodesPage ctx={ctx} codes={confirmed.data.recoveryCodes} next={next} />);
    }
    if (confirmed && confirmed.status === 409) return redirectTo(reply, ctx.href(SECURITY_PATH));
    // the secret not yet confirmed is shown again (accounts keeps it for a while), with the error
    const setup = await ctx.api.post<{ secret: string; qrSvg: string }>('/me/two-factor/setup', { body: {} });
    if (!setup.ok) return redirectTo(reply, ctx.href(SECURITY_PATH));
    const errors = confirmed ? codeErrors(ctx, confirmed.problem) : { code: securityMessages(ctx.locale).signIn.wrongCode };
    return sendPage(reply, <TwoFactorSetupPage ctx={ctx} setup={setup.data} errors={errors} next={next} />, { status: 422 });
  });

  app.post(`${SECURITY_PATH}/tat`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, SECURITY_PATH);
    const code = formText(request.body, 'code').replace(/\s/g, '');
    const disabled = code.length >= 6 ? await ctx.api.post('/me/two-factor/disable', { body: { code } }) : null;
    if (disabled?.ok) return redirectTo(reply, ctx.href(`${SECURITY_PATH}?da-tat=1`));
    const errors =
      disabled && !disabled.ok ? codeErrors(ctx, disabled.problem) : { code: securityMessages(ctx.locale).signIn.wrongCode };
    return sendPage(reply, await showSecurity(ctx, errors, undefined, null), { status: 422 });
  });

  // the privacy page ----------------------------------------------------------------------------------
  app.get<{ Querystring: { 'da-luu'?: string; 'doi-noi-dung'?: string } }>(
    PRIVACY_PATH,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const m = securityMessages(ctx.locale).privacy;
      const [consents, history] = await Promise.all([
        ctx.api.get<{ items: ConsentState[] }>('/me/consents'),
        ctx.api.get<{ items: ConsentDecision[] }>('/me/consents/history'),
      ]);
      const notice = request.query['da-luu'] === '1' ? m.saved : request.query['doi-noi-dung'] === '1' ? m.outdated : undefined;
      return sendPage(
        reply,
        <PrivacyPage ctx={ctx} consents={required(consents).items} history={required(history).items} notice={notice} />,
      );
    },
  );

  app.post<{ Params: { purpose: string } }>(`${PRIVACY_PATH}/:purpose`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, PRIVACY_PATH);
    if (!PURPOSE.test(request.params.purpose)) return redirectTo(reply, ctx.href(PRIVACY_PATH));
    const body = {
      isGranted: formText(request.body, 'isGranted') === 'true',
      wordingVersion: formText(request.body, 'wordingVersion'),
    };
    const decided = await ctx.api.put(`/me/consents/${request.params.purpose}`, { body });
    const anchor = `#dong-y-${request.params.purpose}`;
    if (decided.ok) return redirectTo(reply, ctx.href(`${PRIVACY_PATH}?da-luu=1${anchor}`));
    return redirectTo(reply, ctx.href(`${PRIVACY_PATH}?doi-noi-dung=1${anchor}`));
  });
}

export { CHALLENGE_SECONDS };
