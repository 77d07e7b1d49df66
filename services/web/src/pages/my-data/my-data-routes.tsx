import { DATA_REQUEST_KINDS, type DataRequestDto } from '@tradeqn/accounts/contract';
import { type App, internalCallHeaders } from '@tradeqn/kit';
import { formatDateTimeVn } from '@tradeqn/vn';
import type { FastifyReply } from 'fastify';
import {
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  fieldErrorsOf,
  fieldId,
  SelectField,
  TextField,
} from '../../components/form.tsx';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';

import { MY_DATA_PATH } from './my-data-paths.ts';

const EXPORT_PATH = `${MY_DATA_PATH}/tai-ve.zip`;
const DELETE_PATH = `${MY_DATA_PATH}/xoa-tai-khoan`;
const REQUEST_PATH = `${MY_DATA_PATH}/yeu-cau`;
type Typed = { kind: string; text: string };

/**
 * `/tai-khoan/du-lieu`: the person downloads everything the exchange holds about them
 * (`tai-ve.zip`, as the API makes it) and deletes their account (`xoa-tai-khoan`), after which
 * they are signed out.
 */
export async function myDataPages(app: App): Promise<void> {
  app.get(MY_DATA_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    return sendPage(reply, <MyDataPage ctx={ctx} requests={await requestsOf(ctx)} errors={{}} />);
  });

  app.post(REQUEST_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, MY_DATA_PATH);
    const typed = { kind: formText(request.body, 'kind'), text: formText(request.body, 'text') };
    const sent = await ctx.api.post<DataRequestDto>('/me/data-requests', { body: typed });
    if (!sent.ok) {
      const errors = fieldErrorsOf(sent.problem);
      // the schema's English names a shape; the person is told what to write
      if (errors.text) errors.text = ctx.t.myData.requestRequired;
      return refuse(reply, ctx, errors, formStatus(sent.problem), typed);
    }
    setFlash(reply, ctx.t.myData.sent);
    return redirectTo(reply, ctx.href(`${MY_DATA_PATH}#my-data-requests`));
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

async function requestsOf(ctx: PageContext): Promise<DataRequestDto[]> {
  const answer = await ctx.api.get<{ items: DataRequestDto[] }>('/me/data-requests');
  return answer.ok ? answer.data.items : [];
}

async function refuse(reply: FastifyReply, ctx: PageContext, errors: FieldErrors, status: number, typed?: Typed) {
  return sendPage(reply, <MyDataPage ctx={ctx} requests={await requestsOf(ctx)} errors={errors} typed={typed} />, { status });
}

function MyDataPage({
  ctx,
  requests,
  errors,
  typed,
}: {
  ctx: PageContext;
  requests: DataRequestDto[];
  errors: FieldErrors;
  typed?: Typed | undefined;
}) {
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
        <section aria-labelledby="my-data-requests" id="my-data-requests">
          <h2 id="my-data-requests-title">{t.requestsHeading}</h2>
          <p>{t.requestsText}</p>
          <ErrorSummary ctx={ctx} errors={typed ? errors : {}} labels={{ kind: t.kind, text: t.requestText }} />
          <form method="post" action={ctx.href(REQUEST_PATH)} class="stacked-form" data-data-request>
            <CsrfField ctx={ctx} />
            <SelectField
              name="kind"
              label={t.kind}
              value={typed?.kind ?? 'access'}
              error={typed ? errors.kind : undefined}
              options={DATA_REQUEST_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] ?? kind }))}
            />
            <TextField
              name="text"
              label={t.requestText}
              value={typed?.text}
              error={typed ? errors.text : undefined}
              multiline
              required
              maxLength={5000}
            />
            <button type="submit" class="button">
              {t.send}
            </button>
          </form>
          {requests.length === 0 ? (
            <p class="muted">{t.none}</p>
          ) : (
            <ul class="plain-list data-requests">
              {requests.map((one) => (
                <li data-request={one.id} data-status={one.status}>
                  <strong>{t.kinds[one.kind] ?? one.kind}</strong> · {formatDateTimeVn(one.createdAt)} ·{' '}
                  <span class="status">{t.statuses[one.status] ?? one.status}</span>
                  {one.status === 'open' ? <span class="muted"> · {t.dueBy(formatDateTimeVn(one.dueAt))}</span> : null}
                  <p>{one.text}</p>
                  {one.answer ? (
                    <p class="data-request-answer">
                      {t.answer}: {one.answer}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="my-data-delete" class="danger-zone">
          <h2 id="my-data-delete">{t.deleteHeading}</h2>
          <p>{t.deleteText}</p>
          <p class="muted">{t.deleteBlockedHint}</p>
          <ErrorSummary ctx={ctx} errors={typed ? {} : errors} labels={{ password: t.password, confirm: t.confirm }} />
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
