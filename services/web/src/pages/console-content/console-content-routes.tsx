import type { App } from '@tradeqn/kit';
import { CONTENT_KINDS, CONTENT_STATES, type ContentDto, type ContentPageDto, OFFER_TYPES } from '@tradeqn/programme/contract';
import type { ComponentChildren } from 'preact';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, SelectField, TextField } from '../../components/form.tsx';
import { type ApiResult, pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { type MultipartBody, multipartForm } from '../../http/multipart-form.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import { RichText } from '../content/rich-text.tsx';
import { LocalDateTimeField, vietnamDateTime, vietnamLocalToIso } from '../trust/trust-views.tsx';
import { requireEditorial } from './editorial-access.ts';

const BASE = consolePath('content');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FIELDS = [
  'kind',
  'title',
  'slug',
  'summary',
  'bodyHtml',
  'metaTitle',
  'metaDescription',
  'ogImage',
  'chapter',
  'docNumber',
  'issuingBody',
  'issuedOn',
  'effectiveOn',
  'offerType',
  'product',
  'quantity',
  'contact',
  'expiresOn',
] as const;
type Values = Record<(typeof FIELDS)[number], string>;
/** Which fields go with which kind (the others are not sent). */
const KIND_FIELDS: Record<string, readonly (typeof FIELDS)[number][]> = {
  handbook: ['chapter'],
  legal: ['docNumber', 'issuingBody', 'issuedOn', 'effectiveOn'],
  trade: ['offerType', 'product', 'quantity', 'contact', 'expiresOn'],
};
const COMMON = ['title', 'slug', 'summary', 'bodyHtml', 'metaTitle', 'metaDescription', 'ogImage'] as const;
/** The workflow's actions, by their path word. */
const ACTIONS = { 'gui-duyet': 'submit', 'tra-lai': 'return', dang: 'publish', go: 'withdraw' } as const;
type Id = { Params: { id: string } };

const emptyValues = (): Values => Object.fromEntries(FIELDS.map((field) => [field, ''])) as Values;

function valuesOf(item: ContentDto): Values {
  const values = emptyValues();
  for (const field of FIELDS) {
    const value = item[field];
    values[field] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

/** The API's body from the form: the common fields, and only the chosen kind's own ones. */
function bodyOf(values: Values): Record<string, unknown> {
  const body: Record<string, unknown> = { kind: values.kind };
  for (const field of [...COMMON, ...(KIND_FIELDS[values.kind] ?? [])]) {
    const value = values[field];
    if (field === 'title' || field === 'summary' || field === 'bodyHtml') body[field] = value;
    else if (value.trim()) body[field] = field === 'chapter' && /^\d+$/.test(value) ? Number(value) : value.trim();
  }
  return body;
}

function editorialPage(ctx: PageContext): boolean {
  if (!ctx.viewer) return false;
  requireEditorial(ctx);
  return true;
}

/** `/quan-tri/noi-dung`: the editorial board writes, reviews, publishes and schedules the portal's content. */
export async function consoleContentPages(app: App): Promise<void> {
  app.get(BASE, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!editorialPage(ctx)) return redirectToSignIn(reply);
    const query = request.query as { loai?: string; 'trang-thai'?: string; trang?: string };
    const kind = (CONTENT_KINDS as readonly string[]).includes(query.loai ?? '') ? query.loai : undefined;
    const state = (CONTENT_STATES as readonly string[]).includes(query['trang-thai'] ?? '') ? query['trang-thai'] : undefined;
    const page = /^\d{1,4}$/.test(query.trang ?? '') && Number(query.trang) > 0 ? Number(query.trang) : 1;
    const list = required(await ctx.api.get<ContentPageDto>('/admin/programme/content', { query: { kind, state, page } }));
    return sendPage(reply, <ListPage ctx={ctx} list={list} kind={kind} state={state} />);
  });

  app.get(`${BASE}/moi`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!editorialPage(ctx)) return redirectToSignIn(reply);
    return sendPage(reply, <EditPage ctx={ctx} item={null} values={{ ...emptyValues(), kind: 'news' }} errors={{}} />);
  });

  app.post(`${BASE}/moi`, { schema: { hide: true }, preValidation: multipartForm({ maxFiles: 1 }) }, async (request, reply) => {
    const ctx = request.page;
    if (!editorialPage(ctx)) return redirectToSignIn(reply);
    const values = readValues(request.body);
    const created = await ctx.api.post<ContentDto>('/admin/programme/content', { body: bodyOf(values) });
    if (!created.ok) {
      if (created.status === 403) required(created);
      return sendPage(reply, <EditPage ctx={ctx} item={null} values={values} errors={fieldErrorsOf(created.problem)} />, {
        status: formStatus(created.problem),
      });
    }
    await attachFile(ctx, reply, created.data, request.body as MultipartBody);
    return redirectTo(reply, ctx.href(`${BASE}/${created.data.id}`));
  });

  app.get<Id>(`${BASE}/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!editorialPage(ctx)) return redirectToSignIn(reply);
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const item = required(await ctx.api.get<ContentDto>(`/admin/programme/content/${request.params.id}`));
    return sendPage(reply, <EditPage ctx={ctx} item={item} values={valuesOf(item)} errors={{}} />);
  });

  app.post<Id>(
    `${BASE}/:id`,
    { schema: { hide: true }, preValidation: multipartForm({ maxFiles: 1 }) },
    async (request, reply) => {
      const ctx = request.page;
      if (!editorialPage(ctx)) return redirectToSignIn(reply);
      if (!UUID.test(request.params.id)) throw pageNotFound();
      const values = readValues(request.body);
      const saved = await ctx.api.put<ContentDto>(`/admin/programme/content/${request.params.id}`, { body: bodyOf(values) });
      if (!saved.ok) {
        if (saved.status === 403 || saved.status === 404) required(saved);
        const item = required(await ctx.api.get<ContentDto>(`/admin/programme/content/${request.params.id}`));
        return sendPage(reply, <EditPage ctx={ctx} item={item} values={values} errors={fieldErrorsOf(saved.problem)} />, {
          status: formStatus(saved.problem),
        });
      }
      await attachFile(ctx, reply, saved.data, request.body as MultipartBody);
      return redirectTo(reply, ctx.href(`${BASE}/${saved.data.id}`));
    },
  );

  app.post<{ Params: { id: string; action: string } }>(
    `${BASE}/:id/:action`,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!editorialPage(ctx)) return redirectToSignIn(reply);
      const { id } = request.params;
      const action = ACTIONS[request.params.action as keyof typeof ACTIONS];
      if (!UUID.test(id) || !action) throw pageNotFound();
      const t = ctx.t.content.console;
      const comment = formText(request.body, 'comment');
      const publishAt = formText(request.body, 'publishAt');
      const body =
        action === 'return' || action === 'withdraw'
          ? { comment }
          : action === 'publish' && publishAt
            ? { publishAt: vietnamLocalToIso(publishAt) ?? publishAt }
            : {};
      const done = await ctx.api.post<ContentDto>(`/admin/programme/content/${id}/${action}`, { body });
      if (!done.ok) {
        if (done.status === 404 || done.status === 401) required(done);
        const item = required(await ctx.api.get<ContentDto>(`/admin/programme/content/${id}`));
        const errors: FieldErrors = {
          [action === 'publish' ? 'publishAt' : 'comment']: done.problem.detail ?? done.problem.title ?? '',
        };
        return sendPage(reply, <EditPage ctx={ctx} item={item} values={valuesOf(item)} errors={{}} actionErrors={errors} />, {
          status: formStatus(done.problem),
        });
      }
      const flash =
        action === 'submit'
          ? t.submitted
          : action === 'return'
            ? t.returned
            : action === 'withdraw'
              ? t.withdrawn
              : publishAt
                ? t.scheduled
                : t.publishedNow;
      setFlash(reply, flash);
      return redirectTo(reply, ctx.href(`${BASE}/${id}`));
    },
  );
}

function readValues(body: unknown): Values {
  return Object.fromEntries(FIELDS.map((field) => [field, formText(body, field)])) as Values;
}

/** The PDF chosen in the form, if any, sent once the item is saved; says how it went. */
async function attachFile(ctx: PageContext, reply: Parameters<typeof setFlash>[0], item: ContentDto, body: MultipartBody) {
  const t = ctx.t.content.console;
  const file = body?._files?.[0];
  let uploaded: ApiResult<ContentDto> | null = null;
  if (file && item.kind === 'legal')
    uploaded = await ctx.api.upload<ContentDto>('POST', `/admin/programme/content/${item.id}/file`, file);
  if (body?._uploadError || (uploaded && !uploaded.ok)) {
    const reason = uploaded && !uploaded.ok ? (uploaded.problem.detail ?? uploaded.problem.title) : body._uploadError;
    setFlash(reply, `${t.fileFailed}: ${reason ?? ''}`, 'error');
  } else setFlash(reply, t.saved);
}

function ListPage({
  ctx,
  list,
  kind,
  state,
}: {
  ctx: PageContext;
  list: ContentPageDto;
  kind: string | undefined;
  state: string | undefined;
}) {
  const t = ctx.t.content;
  const c = t.console;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const link = (page: number) => {
    const params = new URLSearchParams();
    if (kind) params.set('loai', kind);
    if (state) params.set('trang-thai', state);
    if (page > 1) params.set('trang', String(page));
    const search = params.toString();
    return ctx.href(search ? `${BASE}?${search}` : BASE);
  };
  return (
    <ConsoleDocument
      ctx={ctx}
      active="content"
      title={c.title}
      actions={
        <a class="button" href={ctx.href(`${BASE}/moi`)} data-new-content>
          {c.newItem}
        </a>
      }
    >
      <p class="lead">{c.intro}</p>
      <form method="get" action={ctx.href(BASE)} class="filter-bar">
        <SelectField
          name="loai"
          label={c.kind}
          value={kind ?? ''}
          options={[{ value: '', label: c.all }, ...CONTENT_KINDS.map((one) => ({ value: one, label: t.kinds[one] ?? one }))]}
        />
        <SelectField
          name="trang-thai"
          label={c.state}
          value={state ?? ''}
          options={[{ value: '', label: c.all }, ...CONTENT_STATES.map((one) => ({ value: one, label: t.states[one] ?? one }))]}
        />
        <button type="submit" class="button button-secondary">
          {c.filter}
        </button>
      </form>
      {list.items.length === 0 ? <p class="empty">{c.empty}</p> : null}
      {list.items.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <div class="table-scroll" tabIndex={0}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{c.fields.title}</th>
                <th scope="col">{c.kind}</th>
                <th scope="col">{c.state}</th>
                <th scope="col">{c.updated}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr data-content-row={item.id} data-state={item.state}>
                  <td>
                    <a href={ctx.href(`${BASE}/${item.id}`)}>{item.title}</a>
                  </td>
                  <td>{t.kinds[item.kind]}</td>
                  <td>
                    <StateBadge ctx={ctx} item={item} />
                  </td>
                  <td>{vietnamDateTime(item.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pages > 1 ? (
        <nav class="pager" aria-label={ctx.t.common.pagination.label}>
          {list.page > 1 ? <a href={link(list.page - 1)}>{t.newer}</a> : <span />}
          <span>{t.pageOf(list.page, pages)}</span>
          {list.page < pages ? <a href={link(list.page + 1)}>{t.older}</a> : <span />}
        </nav>
      ) : null}
    </ConsoleDocument>
  );
}

function StateBadge({ ctx, item }: { ctx: PageContext; item: ContentDto }) {
  const t = ctx.t.content;
  const scheduled = item.state === 'published' && item.publishAt !== null && Date.parse(item.publishAt) > Date.now();
  const css = item.state === 'published' ? 'status-active' : item.state === 'in_review' ? 'status-pending' : 'status-draft';
  return (
    <span class={`status ${css}`} data-content-state={item.state}>
      {t.states[item.state]}
      {scheduled && item.publishAt ? ` · ${t.console.scheduledFor(vietnamDateTime(item.publishAt))}` : ''}
    </span>
  );
}

function EditPage({
  ctx,
  item,
  values,
  errors,
  actionErrors = {},
}: {
  ctx: PageContext;
  item: ContentDto | null;
  values: Values;
  errors: FieldErrors;
  actionErrors?: FieldErrors;
}) {
  const t = ctx.t.content;
  const c = t.console;
  const editable = !item || item.state === 'draft';
  const action = ctx.href(item ? `${BASE}/${item.id}` : `${BASE}/moi`);
  const wrote =
    item !== null &&
    item !== undefined &&
    (item.authorId === ctx.viewer?.userId || item.contributors.includes(ctx.viewer?.userId ?? ''));
  const mayPublish = !wrote || (ctx.viewer?.roles.includes('admin') ?? false);
  return (
    <ConsoleDocument ctx={ctx} active="content" title={item ? item.title : c.newItem}>
      <p>
        <a href={ctx.href(BASE)}>{c.back}</a>
        {item?.state === 'published' ? (
          <>
            {' · '}
            <a href={ctx.href(item.path)} data-public-link>
              {c.view}
            </a>
          </>
        ) : null}
      </p>
      {item ? (
        <section aria-labelledby="workflow-title" class="content-workflow">
          <h2 id="workflow-title">{c.workflow}</h2>
          <p>
            <StateBadge ctx={ctx} item={item} />
            {item.state === 'published' && item.publishAt ? ` · ${c.publishedAt(vietnamDateTime(item.publishAt))}` : ''}
          </p>
          {item.reviewComment ? (
            <p class="content-review-comment" data-review-comment>
              <strong>{c.reviewComment}:</strong> {item.reviewComment}
            </p>
          ) : null}
          {item.state === 'draft' ? <ActionForm ctx={ctx} item={item} path="gui-duyet" label={c.submit} /> : null}
          {item.state === 'in_review' ? (
            <>
              {mayPublish ? (
                <ActionForm ctx={ctx} item={item} path="dang" label={c.publish}>
                  <LocalDateTimeField
                    name="publishAt"
                    label={c.publishAt}
                    hint={c.publishAtHint}
                    value=""
                    error={actionErrors.publishAt}
                  />
                </ActionForm>
              ) : (
                <p class="muted">{c.selfPublish}</p>
              )}
              <ActionForm ctx={ctx} item={item} path="tra-lai" label={c.returnToDraft} secondary>
                <TextField name="comment" label={c.comment} error={actionErrors.comment} multiline rows={3} maxLength={1000} />
              </ActionForm>
            </>
          ) : null}
          {item.state === 'published' ? (
            <ActionForm ctx={ctx} item={item} path="go" label={c.withdraw} secondary>
              <TextField
                name="comment"
                label={c.withdrawReason}
                error={actionErrors.comment}
                multiline
                rows={2}
                maxLength={1000}
              />
            </ActionForm>
          ) : null}
        </section>
      ) : null}
      {editable ? (
        <ContentForm ctx={ctx} action={action} values={values} errors={errors} item={item} />
      ) : (
        <>
          <p class="muted">{c.readOnly}</p>
          <h2>{c.preview}</h2>
          <p class="lead">{item?.summary}</p>
          <RichText html={item?.bodyHtml ?? ''} />
        </>
      )}
    </ConsoleDocument>
  );
}

function ActionForm({
  ctx,
  item,
  path,
  label,
  secondary,
  children,
}: {
  ctx: PageContext;
  item: ContentDto;
  path: keyof typeof ACTIONS;
  label: string;
  secondary?: boolean;
  children?: ComponentChildren;
}) {
  return (
    <form method="post" action={ctx.href(`${BASE}/${item.id}/${path}`)} class="work-form content-action" data-action={path}>
      <CsrfField ctx={ctx} />
      {children}
      <button type="submit" class={secondary ? 'button button-secondary' : 'button'}>
        {label}
      </button>
    </form>
  );
}

function ContentForm({
  ctx,
  action,
  values,
  errors,
  item,
}: {
  ctx: PageContext;
  action: string;
  values: Values;
  errors: FieldErrors;
  item: ContentDto | null;
}) {
  const t = ctx.t.content;
  const c = t.console;
  const f = c.fields;
  const text = (
    name: (typeof FIELDS)[number],
    options: { maxLength?: number; type?: 'text' | 'date' | 'url' | 'number'; required?: boolean } = {},
  ) => (
    <TextField
      name={name}
      label={f[name] ?? name}
      value={values[name]}
      error={errors[name]}
      type={options.type ?? 'text'}
      maxLength={options.maxLength}
      required={options.required}
    />
  );
  return (
    <section aria-labelledby="content-form-title">
      <h2 id="content-form-title">{item ? c.save : c.newItem}</h2>
      <ErrorSummary ctx={ctx} errors={errors} labels={f} />
      <form
        method="post"
        action={action}
        enctype="multipart/form-data"
        class="work-form content-form"
        novalidate
        data-content-form
      >
        <CsrfField ctx={ctx} />
        <SelectField
          name="kind"
          label={f.kind ?? 'kind'}
          value={values.kind}
          error={errors.kind}
          options={CONTENT_KINDS.map((one) => ({ value: one, label: t.kinds[one] ?? one }))}
        />
        {text('title', { maxLength: 200, required: true })}
        {text('slug', { maxLength: 100 })}
        <TextField
          name="summary"
          label={f.summary ?? ''}
          value={values.summary}
          error={errors.summary}
          multiline
          rows={3}
          maxLength={500}
          required
        />
        <div class="rich-text-field" data-rich-text-field>
          <TextField
            name="bodyHtml"
            label={f.bodyHtml ?? ''}
            hint={c.bodyHint}
            value={values.bodyHtml}
            error={errors.bodyHtml}
            multiline
            rows={16}
            maxLength={100_000}
            required
          />
        </div>
        <fieldset>
          <legend>{c.kindFields.handbook}</legend>
          {text('chapter', { type: 'number' })}
        </fieldset>
        <fieldset>
          <legend>{c.kindFields.legal}</legend>
          {text('docNumber', { maxLength: 60 })}
          {text('issuingBody', { maxLength: 200 })}
          {text('issuedOn', { type: 'date' })}
          {text('effectiveOn', { type: 'date' })}
          <div class="field">
            <label for="field-file">{f.file}</label>
            {item?.fileName ? <p class="field-hint">{item.fileName}</p> : null}
            <input id="field-file" name="file" type="file" accept="application/pdf" />
          </div>
        </fieldset>
        <fieldset>
          <legend>{c.kindFields.trade}</legend>
          <SelectField
            name="offerType"
            label={f.offerType ?? ''}
            value={values.offerType}
            error={errors.offerType}
            placeholder=""
            options={OFFER_TYPES.map((one) => ({ value: one, label: t.offerTypes[one] ?? one }))}
          />
          {text('product', { maxLength: 200 })}
          {text('quantity', { maxLength: 100 })}
          {text('contact', { maxLength: 300 })}
          {text('expiresOn', { type: 'date' })}
        </fieldset>
        <fieldset>
          <legend>{c.kindFields.seo}</legend>
          {text('metaTitle', { maxLength: 70 })}
          {text('metaDescription', { maxLength: 170 })}
          {text('ogImage', { type: 'url', maxLength: 500 })}
        </fieldset>
        <button type="submit" class="button" data-save-content>
          {c.save}
        </button>
      </form>
      <script type="module" src={ctx.site.assets['content-editor.js']} nonce={ctx.nonce} />
    </section>
  );
}
