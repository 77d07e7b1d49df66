import type { App } from '@tradeqn/kit';
import type { ComponentChildren } from 'preact';
import { CsrfField, ErrorSummary, type FieldErrors, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';

type Query = Record<string, string | undefined>;
interface Wording {
  version: string;
  vi: string;
  en: string;
}
type Wordings = Record<'newsletter' | 'tracking' | 'enterpriseNews', Wording>;
interface EnterpriseDto {
  id: string;
  slug: string;
  name: string;
}

const SIGN_UP = '/ban-tin';
const CONFIRM = '/ban-tin/xac-nhan';
const LEAVE = '/ban-tin/huy';

/** `{name}` in a message, filled. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

function Page({ ctx, title, path, children }: { ctx: PageContext; title: string; path: string; children: ComponentChildren }) {
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath: path, noindex: path !== SIGN_UP }}>
      <section class="account-page">
        <h1>{title}</h1>
        {children}
      </section>
    </Document>
  );
}

function Notice({ children }: { children: ComponentChildren }) {
  return (
    <p class="notice" role="status">
      {children}
    </p>
  );
}

const checkbox = (name: string, label: string, checked: boolean, error?: string) => (
  <div class={error ? 'field field-invalid' : 'field'}>
    {error ? (
      <p class="field-error" id={`field-${name}-error`}>
        {error}
      </p>
    ) : null}
    <label class="checkbox">
      <input
        type="checkbox"
        name={name}
        value="1"
        id={`field-${name}`}
        checked={checked}
        aria-describedby={error ? `field-${name}-error` : undefined}
      />{' '}
      {label}
    </label>
  </div>
);

/**
 * The newsletter on the storefront: sign-up (the consent wording shown is the version the API
 * records), confirmation and unsubscribe as a page with a button — a link opened by a mail
 * scanner changes nothing — and following an enterprise, with its own opt-in to news by e-mail.
 */
export async function newsletterPages(app: App): Promise<void> {
  const wordings = async (ctx: PageContext) => required(await ctx.api.get<Wordings>('/newsletter/consent-wording'));
  const inLocale = (ctx: PageContext, wording: Wording) => (ctx.locale === 'en' ? wording.en : wording.vi);

  async function signUpPage(
    ctx: PageContext,
    values: { email?: string; consent?: boolean; tracking?: boolean },
    errors: FieldErrors,
  ) {
    const t = ctx.t.newsletter.signUp;
    const words = await wordings(ctx);
    return (
      <Page ctx={ctx} title={t.title} path={SIGN_UP}>
        <p>{t.intro}</p>
        <ErrorSummary ctx={ctx} errors={errors} labels={{ email: t.email, consent: t.consentLegend }} />
        <form method="post" action={ctx.href(SIGN_UP)} class="account-form" noValidate>
          <CsrfField ctx={ctx} />
          <TextField
            name="email"
            type="email"
            label={t.email}
            value={values.email}
            error={errors.email}
            autoComplete="email"
            maxLength={254}
            required
          />
          <fieldset class="field">
            <legend>{t.consentLegend}</legend>
            {checkbox('consent', inLocale(ctx, words.newsletter), values.consent ?? false, errors.consent)}
            {checkbox('tracking', `${inLocale(ctx, words.tracking)} (${t.optional})`, values.tracking ?? false)}
          </fieldset>
          <button type="submit" class="button">
            {t.submit}
          </button>
        </form>
      </Page>
    );
  }

  app.get(SIGN_UP, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if ((request.query as Query)['da-gui'] === '1') {
      const t = ctx.t.newsletter.signUp;
      return sendPage(
        reply,
        <Page ctx={ctx} title={t.sentTitle} path={SIGN_UP}>
          <Notice>{t.sent}</Notice>
        </Page>,
      );
    }
    return sendPage(reply, await signUpPage(ctx, {}, {}));
  });

  app.post(SIGN_UP, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const t = ctx.t.newsletter.signUp;
    const values = {
      email: formText(request.body, 'email').trim(),
      consent: formText(request.body, 'consent') === '1',
      tracking: formText(request.body, 'tracking') === '1',
    };
    const errors: FieldErrors = {};
    if (!values.consent) errors.consent = t.errors.consent;
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.email = t.errors.email;
    if (Object.keys(errors).length === 0) {
      const asked = await ctx.api.post('/newsletter/subscriptions', { body: values });
      if (asked.ok) return redirectTo(reply, ctx.href(`${SIGN_UP}?da-gui=1`));
      if (asked.status === 422) errors.consent = t.errors.consent;
      else errors.email = t.errors.email;
    }
    return sendPage(reply, await signUpPage(ctx, values, errors), { status: 422 });
  });

  /** A page whose one button posts the link's token (confirm, unsubscribe). */
  function tokenPages(path: string, words: 'confirm' | 'leave', apiPath: string) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const ctx = request.page;
      const t = ctx.t.newsletter[words];
      const token = (request.query as Query).token ?? '';
      reply.header('referrer-policy', 'no-referrer');
      return sendPage(
        reply,
        <Page ctx={ctx} title={t.title} path={path}>
          <p>{t.intro}</p>
          <form method="post" action={ctx.href(path)}>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="token" value={token} />
            <button type="submit" class="button">
              {t.submit}
            </button>
          </form>
        </Page>,
      );
    });
    app.post(path, { schema: { hide: true } }, async (request, reply) => {
      const ctx = request.page;
      const t = ctx.t.newsletter[words];
      reply.header('referrer-policy', 'no-referrer');
      const answer = await ctx.api.post<{ email: string }>(apiPath, { body: { token: formText(request.body, 'token') } });
      return sendPage(
        reply,
        <Page ctx={ctx} title={answer.ok ? t.doneTitle : t.title} path={path}>
          <Notice>{answer.ok ? fill(t.done, { email: answer.data.email }) : t.invalid}</Notice>
          {!answer.ok && words === 'confirm' ? (
            <p>
              <a href={ctx.href(SIGN_UP)}>{ctx.t.newsletter.signUp.title}</a>
            </p>
          ) : null}
        </Page>,
        { status: answer.ok ? 200 : 400 },
      );
    });
  }
  tokenPages(CONFIRM, 'confirm', '/newsletter/confirm');
  tokenPages(LEAVE, 'leave', '/newsletter/unsubscribe');

  // following an enterprise: a page of its own, so the storefront stays one page for everyone
  const followPath = (slug: string) => `/doanh-nghiep/${slug}/theo-doi`;
  async function followPage(ctx: PageContext, slug: string, notice?: string) {
    const enterprise = await ctx.api.get<EnterpriseDto>(`/enterprises/${encodeURIComponent(slug)}`);
    if (!enterprise.ok) throw pageNotFound();
    const [state, words] = await Promise.all([
      ctx.api.get<{ following: boolean; news: boolean }>(`/enterprises/${enterprise.data.id}/follow`),
      wordings(ctx),
    ]);
    const t = ctx.t.newsletter.follow;
    const follow = required(state);
    return (
      <Page ctx={ctx} title={fill(t.title, { name: enterprise.data.name })} path={followPath(enterprise.data.slug)}>
        {notice ? <Notice>{notice}</Notice> : null}
        <p>{follow.following ? t.following : t.intro}</p>
        <form method="post" action={ctx.href(followPath(enterprise.data.slug))} class="account-form">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="action" value="follow" />
          {checkbox('news', `${t.news}. ${inLocale(ctx, words.enterpriseNews)}`, follow.news)}
          <button type="submit" class="button">
            {follow.following ? t.submit : t.button}
          </button>
        </form>
        {follow.following ? (
          <form method="post" action={ctx.href(followPath(enterprise.data.slug))}>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="action" value="unfollow" />
            <button type="submit" class="button button-secondary">
              {t.unfollow}
            </button>
          </form>
        ) : null}
        <p>
          <a href={ctx.href(`/doanh-nghiep/${enterprise.data.slug}`)}>{enterprise.data.name}</a>
        </p>
      </Page>
    );
  }

  app.get<{ Params: { slug: string } }>('/doanh-nghiep/:slug/theo-doi', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    return sendPage(reply, await followPage(ctx, request.params.slug));
  });

  app.post<{ Params: { slug: string } }>('/doanh-nghiep/:slug/theo-doi', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const enterprise = required(await ctx.api.get<EnterpriseDto>(`/enterprises/${encodeURIComponent(request.params.slug)}`));
    const t = ctx.t.newsletter.follow;
    if (formText(request.body, 'action') === 'unfollow') {
      required(await ctx.api.delete(`/enterprises/${enterprise.id}/follow`));
      return sendPage(reply, await followPage(ctx, enterprise.slug, t.left));
    }
    required(
      await ctx.api.put(`/enterprises/${enterprise.id}/follow`, { body: { news: formText(request.body, 'news') === '1' } }),
    );
    return sendPage(reply, await followPage(ctx, enterprise.slug, t.saved));
  });
}
