import { type App, internalCallHeaders } from '@tradeqn/kit';
import type { FastifyReply } from 'fastify';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, fieldId, TextField } from '../../components/form.tsx';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';

import { MY_DATA_PATH } from './my-data-paths.ts';

const EXPORT_PATH = `${MY_DATA_PATH}/tai-ve.zip`;
const DELETE_PATH = `${MY_DATA_PATH}/xoa-tai-khoan`;

/**
 * `/tai-khoan/du-lieu`: the person downloads everything the exchange holds about them
 * (`tai-ve.zip`, as the API makes it) and deletes their account (`xoa-tai-khoan`), after which
 * they are signed out.
 */
export async function myDataPages(app: App): Promise<void> {
  app.get(MY_DATA_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    return sendPage(reply, <MyDataPage ctx={ctx} errors={{}} />);
  });

  app.get(EXPORT_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, MY_DATA_PATH);
    const answer = await app.inject({
      method: 'GET',
      url: '/api/v1/me/data-export',
      headers: { ...internalCallHeaders(), 'accept-language': ctx.locale, authorization: `Bearer ${ctx.viewer.accessToken}` },
    });
    if (answer.statusCode !== 200) return redirectToSignIn(reply, MY_DATA_PATH);
    const disposition = answer.headers['content-disposition'];
    return reply
      .header('content-type', 'application/zip')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', typeof disposition === 'string' ? disposition : 'attachment')
      .send(answer.rawPayload);
  });

  app.post(DELETE_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, MY_DATA_PATH);
    const t = ctx.t.myData;
    // read as typed: a password is never trimmed
    const password = String((request.body as { password?: unknown } | undefined)?.password ?? '');
    const errors: FieldErrors = {};
    if (formText(request.body, 'confirm') !== '1') errors.confirm = t.confirmRequired;
    if (!password) errors.password = t.passwordRequired;
    if (Object.keys(errors).length > 0) return refuse(reply, ctx, errors, 422);
    const erased = await ctx.api.delete('/me', { body: { password } });
    if (!erased.ok) {
      const refused = fieldErrorsOf(erased.problem);
      // the wrong password belongs beside its field; a reason not to delete yet is about the whole form
      return refuse(
        reply,
        ctx,
        erased.status === 403 ? { password: refused._form ?? t.passwordRequired } : refused,
        formStatus(erased.problem),
      );
    }
    ctx.site.session.end(reply);
    setFlash(reply, t.deleted);
    return redirectTo(reply, ctx.href('/'));
  });
}

function refuse(reply: FastifyReply, ctx: PageContext, errors: FieldErrors, status: number) {
  return sendPage(reply, <MyDataPage ctx={ctx} errors={errors} />, { status });
}

function MyDataPage({ ctx, errors }: { ctx: PageContext; errors: FieldErrors }) {
  const t = ctx.t.myData;
  return (
    <Document ctx={ctx} meta={{ title: t.title, canonicalPath: MY_DATA_PATH, noindex: true }}>
      <section class="account-page">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <section aria-labelledby="my-data-export">
          <h2 id="my-data-export">{t.exportHeading}</h2>
          <p>{t.exportText}</p>
          <p>
            <a class="button" href={ctx.href(EXPORT_PATH)} download type="application/zip" data-export>
              {t.exportLink}
            </a>
          </p>
        </section>
        <section aria-labelledby="my-data-delete" class="danger-zone">
          <h2 id="my-data-delete">{t.deleteHeading}</h2>
          <p>{t.deleteText}</p>
          <p class="muted">{t.deleteBlockedHint}</p>
          <ErrorSummary ctx={ctx} errors={errors} labels={{ password: t.password, confirm: t.confirm }} />
          <form method="post" action={ctx.href(DELETE_PATH)} class="stacked-form" data-delete-account>
            <CsrfField ctx={ctx} />
            <TextField
              name="password"
              type="password"
              label={t.password}
              error={errors.password}
              autoComplete="current-password"
              required
            />
            <div class={errors.confirm ? 'field field-invalid' : 'field'}>
              {errors.confirm ? (
                <p class="field-error" id={`${fieldId('confirm')}-error`}>
                  {errors.confirm}
                </p>
              ) : null}
              <input
                id={fieldId('confirm')}
                name="confirm"
                type="checkbox"
                value="1"
                required
                aria-invalid={errors.confirm ? 'true' : undefined}
                aria-describedby={errors.confirm ? `${fieldId('confirm')}-error` : undefined}
              />{' '}
              <label for={fieldId('confirm')}>{t.confirm}</label>
            </div>
            <button type="submit" class="button-danger">
              {t.deleteButton}
            </button>
          </form>
        </section>
      </section>
    </Document>
  );
}
