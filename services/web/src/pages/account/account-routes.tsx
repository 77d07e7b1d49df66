import type { UserDto } from '@tradeqn/accounts/contract';
import type { App } from '@tradeqn/kit';
import { PASSWORD_MIN_LENGTH } from '@tradeqn/kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { type FieldErrors, fieldErrorsOf } from '../../components/form.tsx';
import { type ApiProblem, createApiClient, required } from '../../http/api-client.ts';
import { formStatus } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, sendPage } from '../../http/send-page.ts';
import type { Tokens } from '../../http/session.ts';
import { LEGAL_PAGES } from '../legal/legal-page-list.ts';
import { parseVersionsField, versionsFieldValue } from '../legal/policy-versions-field.ts';
import { CHALLENGE_COOKIE, TWO_FACTOR_SIGN_IN_PATH } from '../security/security-paths.ts';
import { CHALLENGE_SECONDS } from '../security/security-routes.tsx';
import {
  ChangePasswordPage,
  CheckEmailPage,
  ForgotPasswordPage,
  type FormValues,
  ResetDonePage,
  ResetPasswordPage,
  SignInPage,
  SignUpPage,
  VerifyResultPage,
} from './account-pages.tsx';
import { safeNextPath } from './next-path.ts';

type Form = Record<string, string | string[] | undefined>;
type Query = Record<string, string | undefined>;

/** A form field as one string (a repeated field counts by its first value). */
function field(body: unknown, name: string): string {
  const value = (body as Form | undefined)?.[name];
  return String((Array.isArray(value) ? value[0] : value) ?? '');
}

/** A page that carries a token in its address says nothing of it to the sites its links lead to. */
function keepTokenPrivate(reply: FastifyReply): void {
  reply.header('referrer-policy', 'no-referrer');
}

/**
 * The API's problem in the page's words: its fields named by the API, each explained the way the
 * form's hints put it (the API's field messages are for developers, in English).
 */
function errorsOf(ctx: PageContext, problem: ApiProblem, words: Record<string, string>): FieldErrors {
  const a = ctx.t.account;
  if (problem.status === 429) return { _form: a.invalid.tooMany };
  const errors = fieldErrorsOf(problem);
  for (const name of Object.keys(errors)) {
    const word = words[name];
    if (word) errors[name] = word;
  }
  return errors;
}

/** Two-factor on: the challenge waits in a short-lived cookie for the code step. */
function startCodeStep(reply: FastifyReply, ctx: PageContext, challengeToken: string): void {
  reply.setCookie(CHALLENGE_COOKIE, challengeToken, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.site.secure,
    maxAge: CHALLENGE_SECONDS,
  });
}

/** The versions in force, for the sign-up form's box (every document; none if trust cannot say, and the person is asked later). */
async function policiesInForce(ctx: PageContext): Promise<string> {
  const documents = await ctx.site.shared.read('policies', 60_000, () =>
    ctx.api.get<{ slug: string; inForce: { slug: string; version: number } }[]>('/policies'),
  );
  if (!documents.ok) return '';
  return versionsFieldValue(
    documents.data.filter((one) => LEGAL_PAGES.some((page) => page.slug === one.slug)).map((one) => one.inForce),
  );
}

/** The sign-in page's address with where to come back to. */
const signInFor = (ctx: PageContext, back: string) => ctx.href(`/dang-nhap?next=${encodeURIComponent(back)}`);

/**
 * Sign up, sign in, confirming the e-mail, and the password pages: `/dang-ky`, `/dang-nhap`,
 * `/xac-minh-email`, `/quen-mat-khau`, `/dat-lai-mat-khau`, `/tai-khoan/mat-khau`. Every rule
 * (the password's, the limits on attempts, which link is still good) is accounts'; the pages ask
 * the API and say what it answered.
 */
export async function accountPages(app: App): Promise<void> {
  const page = (reply: FastifyReply, node: VNode, status = 200) => sendPage(reply, node, { status });

  // sign up ----------------------------------------------------------------------------------------
  app.get('/dang-ky', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (ctx.viewer) return redirectTo(reply, ctx.href('/'), 302);
    return page(reply, <SignUpPage ctx={ctx} values={{}} errors={{}} policyVersions={await policiesInForce(ctx)} />);
  });

  app.post('/dang-ky', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const a = ctx.t.account;
    const values: FormValues = {
      fullName: field(request.body, 'fullName'),
      email: field(request.body, 'email').trim(),
      phone: field(request.body, 'phone').trim(),
      acceptPolicies: field(request.body, 'acceptPolicies') === '1' ? '1' : '',
    };
    const password = field(request.body, 'password');
    const policyVersions = field(request.body, 'policyVersions').slice(0, 2000) || (await policiesInForce(ctx));
    const signUpPage = (errors: FieldErrors, status: number) =>
      page(reply, <SignUpPage ctx={ctx} values={values} errors={errors} policyVersions={policyVersions} />, status);
    // the law asks that the rules be accepted at sign-up: nothing is created without it
    if (!values.acceptPolicies) return signUpPage({ acceptPolicies: ctx.t.legal.signUpConsentRequired }, 422);
    const body = { fullName: values.fullName, email: values.email, password, ...(values.phone ? { phone: values.phone } : {}) };
    const registered = await ctx.api.post<{ user: UserDto }>('/auth/register', { body });
    if (!registered.ok) {
      const errors =
        registered.problem.code === 'ACCOUNTS_EMAIL_TAKEN'
          ? { email: a.invalid.emailTaken }
          : errorsOf(ctx, registered.problem, {
              fullName: a.invalid.fullName,
              email: a.invalid.email,
              phone: a.invalid.phone,
              password: a.invalid.password(PASSWORD_MIN_LENGTH),
            });
      return signUpPage(errors, formStatus(registered.problem));
    }
    // signed in right away, so the page after can offer to send the confirmation again
    const session = await ctx.api.post<Tokens>('/auth/login', { body: { email: values.email, password } });
    if (!session.ok) return redirectTo(reply, ctx.href('/dang-nhap'));
    ctx.site.session.start(reply, session.data);
    // the versions the form showed; one that changed meanwhile is asked for on the next page
    const versions = parseVersionsField(policyVersions);
    if (versions.length > 0) {
      const asNewcomer = createApiClient(app, { accessToken: session.data.accessToken, ip: request.ip, locale: ctx.locale });
      await asNewcomer.post('/me/policies/accept', { body: { versions } });
    }
    return redirectTo(reply, ctx.href('/xac-minh-email'));
  });

  // sign in ----------------------------------------------------------------------------------------
  app.get('/dang-nhap', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const next = safeNextPath((request.query as Query).next);
    if (ctx.viewer) return redirectTo(reply, ctx.href(next ?? '/'), 302);
    return page(reply, <SignInPage ctx={ctx} values={{}} errors={{}} next={next} />);
  });

  app.post('/dang-nhap', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const a = ctx.t.account;
    const next = safeNextPath(field(request.body, 'next'));
    const values: FormValues = { email: field(request.body, 'email').trim() };
    const password = field(request.body, 'password');
    const session = await ctx.api.post<Tokens>('/auth/login', { body: { email: values.email, password } });
    if (!session.ok) {
      // a wrong e-mail and a wrong password are one answer: the form does not say which
      const errors =
        session.problem.status === 401
          ? { _form: a.invalid.wrongCredentials }
          : errorsOf(ctx, session.problem, { email: a.invalid.email, password: a.invalid.passwordRequired });
      return page(reply, <SignInPage ctx={ctx} values={values} errors={errors} next={next} />, formStatus(session.problem));
    }
    if (session.status === 202) {
      startCodeStep(reply, ctx, (session.data as unknown as { challengeToken: string }).challengeToken);
      const step = `${TWO_FACTOR_SIGN_IN_PATH}${next ? `?next=${encodeURIComponent(next)}` : ''}`;
      return redirectTo(reply, ctx.href(step));
    }
    ctx.site.session.start(reply, session.data);
    return redirectTo(reply, ctx.href(next ?? '/'));
  });

  // confirming the e-mail --------------------------------------------------------------------------
  app.get('/xac-minh-email', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const query = request.query as Query;
    if (query.token !== undefined) {
      keepTokenPrivate(reply);
      const verified = await ctx.api.post<{ user: UserDto }>('/auth/verify-email', { body: { token: query.token } });
      if (verified.ok) await refreshIfStale(request, reply, verified.data.user);
      return page(reply, <VerifyResultPage ctx={ctx} verified={verified.ok} />, verified.ok ? 200 : 400);
    }
    if (!ctx.viewer) return redirectTo(reply, signInFor(ctx, '/xac-minh-email'), 302);
    const me = required(await ctx.api.get<UserDto>('/me'));
    return page(reply, <CheckEmailPage ctx={ctx} user={me} resent={query['da-gui'] === '1'} errors={{}} />);
  });

  app.post('/xac-minh-email/gui-lai', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectTo(reply, signInFor(ctx, '/xac-minh-email'));
    const sent = await ctx.api.post<{ status: string }>('/auth/resend-verification');
    if (!sent.ok) {
      const me = required(await ctx.api.get<UserDto>('/me'));
      const errors = errorsOf(ctx, sent.problem, {});
      return page(reply, <CheckEmailPage ctx={ctx} user={me} resent={false} errors={errors} />, sent.problem.status);
    }
    return redirectTo(reply, ctx.href('/xac-minh-email?da-gui=1'));
  });

  // forgot and reset the password ------------------------------------------------------------------
  app.get('/quen-mat-khau', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const sent = (request.query as Query)['da-gui'] === '1';
    return page(reply, <ForgotPasswordPage ctx={ctx} values={{}} errors={{}} sent={sent} />);
  });

  app.post('/quen-mat-khau', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const values: FormValues = { email: field(request.body, 'email').trim() };
    const asked = await ctx.api.post('/auth/password/forgot', { body: { email: values.email } });
    if (!asked.ok) {
      const errors = errorsOf(ctx, asked.problem, { email: ctx.t.account.invalid.email });
      return page(
        reply,
        <ForgotPasswordPage ctx={ctx} values={values} errors={errors} sent={false} />,
        formStatus(asked.problem),
      );
    }
    // the same answer whether or not the address has an account
    return redirectTo(reply, ctx.href('/quen-mat-khau?da-gui=1'));
  });

  app.get('/dat-lai-mat-khau', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const token = (request.query as Query).token;
    if (!token) return redirectTo(reply, ctx.href('/quen-mat-khau'), 302);
    keepTokenPrivate(reply);
    return page(reply, <ResetPasswordPage ctx={ctx} token={token} errors={{}} linkInvalid={false} />);
  });

  app.post('/dat-lai-mat-khau', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const a = ctx.t.account;
    keepTokenPrivate(reply);
    const token = field(request.body, 'token');
    const password = field(request.body, 'password');
    if (password !== field(request.body, 'confirmPassword')) {
      const errors = { confirmPassword: a.invalid.confirmMismatch };
      return page(reply, <ResetPasswordPage ctx={ctx} token={token} errors={errors} linkInvalid={false} />, 422);
    }
    const reset = await ctx.api.post<Tokens>('/auth/password/reset', { body: { token, password } });
    if (!reset.ok) {
      const errors = errorsOf(ctx, reset.problem, { password: a.invalid.password(PASSWORD_MIN_LENGTH) });
      const linkInvalid = reset.problem.code === 'ACCOUNTS_PASSWORD_RESET_TOKEN_INVALID' || 'token' in errors;
      return page(
        reply,
        <ResetPasswordPage ctx={ctx} token={token} errors={errors} linkInvalid={linkInvalid} />,
        linkInvalid ? 400 : formStatus(reset.problem),
      );
    }
    if (reset.status === 202) {
      // two-factor on: the new password is set, and the code step signs the person in
      startCodeStep(reply, ctx, (reset.data as unknown as { challengeToken: string }).challengeToken);
      return redirectTo(reply, ctx.href(`${TWO_FACTOR_SIGN_IN_PATH}?next=${encodeURIComponent('/dat-lai-mat-khau/xong')}`));
    }
    // every earlier session ended in accounts; this browser starts a new one
    ctx.site.session.start(reply, reset.data);
    return redirectTo(reply, ctx.href('/dat-lai-mat-khau/xong'));
  });

  app.get('/dat-lai-mat-khau/xong', { schema: { hide: true } }, async (request, reply) =>
    page(reply, <ResetDonePage ctx={request.page} />),
  );

  // change the password ----------------------------------------------------------------------------
  app.get('/tai-khoan/mat-khau', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectTo(reply, signInFor(ctx, '/tai-khoan/mat-khau'), 302);
    const me = required(await ctx.api.get<UserDto>('/me'));
    const done = (request.query as Query)['da-doi'] === '1';
    return page(reply, <ChangePasswordPage ctx={ctx} user={me} errors={{}} done={done} />);
  });

  app.post('/tai-khoan/mat-khau', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const a = ctx.t.account;
    if (!ctx.viewer) return redirectTo(reply, signInFor(ctx, '/tai-khoan/mat-khau'));
    const currentPassword = field(request.body, 'currentPassword');
    const newPassword = field(request.body, 'newPassword');
    let errors: FieldErrors | null = null;
    let status = 422;
    if (newPassword !== field(request.body, 'confirmPassword')) errors = { confirmPassword: a.invalid.confirmMismatch };
    else {
      const changed = await ctx.api.post('/auth/password/change', { body: { currentPassword, newPassword } });
      if (changed.ok) return redirectTo(reply, ctx.href('/tai-khoan/mat-khau?da-doi=1'));
      if (changed.status === 401) return redirectTo(reply, signInFor(ctx, '/tai-khoan/mat-khau'));
      errors = errorsOf(ctx, changed.problem, {
        currentPassword: a.invalid.currentPassword,
        newPassword: a.invalid.password(PASSWORD_MIN_LENGTH),
      });
      status = formStatus(changed.problem);
    }
    const me = required(await ctx.api.get<UserDto>('/me'));
    return page(reply, <ChangePasswordPage ctx={ctx} user={me} errors={errors} done={false} />, status);
  });
}

/**
 * Once the signed-in person confirms their address, their access token still says otherwise
 * until it is renewed: renew it now, so what needs a confirmed e-mail works from the next page.
 */
async function refreshIfStale(request: FastifyRequest, reply: FastifyReply, user: UserDto): Promise<void> {
  const ctx = request.page;
  if (!ctx.viewer || ctx.viewer.userId !== user.id || ctx.viewer.emailVerified) return;
  // renewed already on this request (its access token had lapsed): the cookie's refresh token is spent,
  // and spending it again would read as theft and end the session
  if (ctx.site.session.accessTokenOf(request) !== ctx.viewer.accessToken) return;
  const refreshToken = ctx.site.session.refreshTokenOf(request);
  if (!refreshToken) return;
  const renewed = await ctx.api.post<Tokens>('/auth/refresh', { body: { refreshToken } });
  if (renewed.ok) ctx.site.session.start(reply, renewed.data);
}
