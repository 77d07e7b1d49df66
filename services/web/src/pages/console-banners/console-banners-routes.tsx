import type { App } from '@tradeqn/kit';
import type { FastifyReply } from 'fastify';
import { type BannerStats, BannerStatsView } from '../../components/banner-stats.tsx';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { type Column, DataTable, FilterBar } from '../../components/data-table.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  fieldErrorsOf,
  fieldId,
  SelectField,
  TextField,
} from '../../components/form.tsx';
import { type ApiResult, pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { readListQuery } from '../../http/list-query.ts';
import { type FormFile, type MultipartBody, multipartForm } from '../../http/multipart-form.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';

const BANNERS = consolePath('banners');
const hide = { schema: { hide: true } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SLOTS = ['home_top', 'category_side', 'search_results', 'product_page'] as const;
const STATUSES = ['active', 'paused', 'archived'] as const;
const ACTIONS = { 'tam-dung': 'pause', 'chay-lai': 'resume', 'luu-tru': 'archive' } as const;
const PAGE_SIZE = 25;
/** Vietnam keeps UTC+7 all year: the form's date-times are read and shown in it. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

type Id = { Params: { id: string } };

/** A banner as `GET /admin/banners/{id}` answers it. */
export interface BannerView {
  id: string;
  slot: string;
  title: string;
  imageUrl: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  targetKind: 'path' | 'external' | 'product';
  target: string | null;
  targetApprovedAt: string | null;
  productId: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  campaign: string | null;
  weight: number;
  startsAt: string;
  endsAt: string;
  status: string;
  state: string;
}

interface FormValues {
  slot: string;
  title: string;
  target: string;
  externalTargetApproved: string;
  productId: string;
  enterpriseId: string;
  campaign: string;
  weight: string;
  startsAt: string;
  endsAt: string;
}

/** `2026-12-01T08:30` (Vietnam time, as a datetime-local field holds it) ↔ an ISO instant. */
export function vietnamLocalToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const at = Date.parse(`${value}:00.000Z`);
  return Number.isNaN(at) ? null : new Date(at - VIETNAM_OFFSET_MS).toISOString();
}
export function isoToVietnamLocal(iso: string): string {
  return new Date(Date.parse(iso) + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}
/** `01/12/2026 08:30` in Vietnam time. */
export function vietnamDateTime(iso: string): string {
  const local = isoToVietnamLocal(iso);
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

function staffPage(request: { page: PageContext }, reply: FastifyReply): PageContext | null {
  const ctx = request.page;
  if (!ctx.viewer) {
    redirectToSignIn(reply);
    return null;
  }
  requireStaff(ctx);
  return ctx;
}

function emptyValues(): FormValues {
  const start = new Date();
  return {
    slot: 'home_top',
    title: '',
    target: '',
    externalTargetApproved: '',
    productId: '',
    enterpriseId: '',
    campaign: '',
    weight: '1',
    startsAt: isoToVietnamLocal(start.toISOString()),
    endsAt: isoToVietnamLocal(new Date(start.getTime() + 30 * 86_400_000).toISOString()),
  };
}

function valuesOf(banner: BannerView): FormValues {
  return {
    slot: banner.slot,
    title: banner.title,
    target: banner.target ?? '',
    externalTargetApproved: banner.targetApprovedAt ? 'on' : '',
    productId: banner.productId ?? '',
    enterpriseId: banner.enterpriseId ?? '',
    campaign: banner.campaign ?? '',
    weight: String(banner.weight),
    startsAt: isoToVietnamLocal(banner.startsAt),
    endsAt: isoToVietnamLocal(banner.endsAt),
  };
}

function readForm(body: unknown): FormValues {
  const names: (keyof FormValues)[] = [
    'slot',
    'title',
    'target',
    'externalTargetApproved',
    'productId',
    'enterpriseId',
    'campaign',
    'weight',
    'startsAt',
    'endsAt',
  ];
  return Object.fromEntries(names.map((name) => [name, formText(body, name)])) as unknown as FormValues;
}

/** The API body of a form, or the fields the page itself finds wrong (the date-times). */
function inputOf(ctx: PageContext, values: FormValues): { body: Record<string, unknown> } | { errors: FieldErrors } {
  const startsAt = vietnamLocalToIso(values.startsAt);
  const endsAt = vietnamLocalToIso(values.endsAt);
  const errors: FieldErrors = {};
  if (!startsAt) errors.startsAt = ctx.t.banners.form.invalidDate;
  if (!endsAt) errors.endsAt = ctx.t.banners.form.invalidDate;
  if (Object.keys(errors).length > 0) return { errors };
  const isProduct = values.slot === 'search_results';
  const weight = Number(values.weight);
  return {
    body: {
      slot: values.slot,
      title: values.title,
      weight: Number.isInteger(weight) ? weight : values.weight,
      startsAt,
      endsAt,
      ...(isProduct ? { productId: values.productId || undefined } : { target: values.target || undefined }),
      ...(values.externalTargetApproved && !isProduct ? { externalTargetApproved: true } : {}),
      ...(values.enterpriseId && !isProduct ? { enterpriseId: values.enterpriseId } : {}),
      ...(values.campaign ? { campaign: values.campaign } : {}),
    },
  };
}

/** The image chosen in the form, if any, sent after the banner is saved. */
async function uploadImage(ctx: PageContext, id: string, file: FormFile | undefined): Promise<ApiResult<BannerView> | null> {
  if (!file) return null;
  return ctx.api.upload<BannerView>('PUT', `/admin/banners/${id}/image`, file);
}

/** `/quan-tri/quang-cao/**`: province staff manage banners and read their statistics. */
export async function consoleBannerPages(app: App): Promise<void> {
  app.get(BANNERS, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    const list = readListQuery(request.query, {
      filters: ['slot', 'status'] as const,
      sorts: ['created'] as const,
      defaultSort: { key: 'created', dir: 'desc' },
    });
    const slot = (SLOTS as readonly string[]).includes(list.filters.slot ?? '') ? list.filters.slot : undefined;
    const status = (STATUSES as readonly string[]).includes(list.filters.status ?? '') ? list.filters.status : undefined;
    const answer = await ctx.api.get<{ items: BannerView[]; nextCursor: string | null }>('/admin/banners', {
      query: { slot, status, limit: PAGE_SIZE, cursor: list.cursor },
    });
    // a cursor from an old link: the first page
    const page =
      !answer.ok && answer.status === 400 && list.cursor
        ? required(
            await ctx.api.get<{ items: BannerView[]; nextCursor: string | null }>('/admin/banners', {
              query: { slot, status, limit: PAGE_SIZE },
            }),
          )
        : required(answer);
    return sendPage(
      reply,
      <BannerList ctx={ctx} page={page} filters={{ slot, status }} cursor={answer.ok ? list.cursor : undefined} />,
    );
  });

  app.get(`${BANNERS}/moi`, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    return sendPage(reply, <BannerForm ctx={ctx} banner={null} values={emptyValues()} errors={{}} />);
  });

  app.post(`${BANNERS}/moi`, { ...hide, preValidation: multipartForm({ maxFiles: 1 }) }, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    const body = request.body as MultipartBody;
    const values = readForm(body);
    const t = ctx.t.banners.form;
    if (body?._uploadError) {
      return sendPage(reply, <BannerForm ctx={ctx} banner={null} values={values} errors={{ image: t.uploadTooLarge }} />, {
        status: 422,
      });
    }
    const input = inputOf(ctx, values);
    if ('errors' in input)
      return sendPage(reply, <BannerForm ctx={ctx} banner={null} values={values} errors={input.errors} />, { status: 422 });
    const created = await ctx.api.post<BannerView>('/admin/banners', { body: input.body });
    if (!created.ok) {
      if (created.status === 403) required(created);
      return sendPage(reply, <BannerForm ctx={ctx} banner={null} values={values} errors={fieldErrorsOf(created.problem)} />, {
        status: formStatus(created.problem),
      });
    }
    const image = await uploadImage(ctx, created.data.id, body?._files?.[0]);
    if (image && !image.ok) setFlash(reply, `${t.imageFailed}: ${image.problem.detail ?? image.problem.title}`, 'error');
    else setFlash(reply, t.created);
    return redirectTo(reply, ctx.href(`${BANNERS}/${created.data.id}`));
  });

  app.get<Id>(`${BANNERS}/:id`, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    const banner = await loadBanner(ctx, request.params.id);
    return sendPage(reply, <BannerForm ctx={ctx} banner={banner} values={valuesOf(banner)} errors={{}} />);
  });

  app.post<Id>(`${BANNERS}/:id`, { ...hide, preValidation: multipartForm({ maxFiles: 1 }) }, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    const banner = await loadBanner(ctx, request.params.id);
    const body = request.body as MultipartBody;
    const values = readForm(body);
    const t = ctx.t.banners.form;
    const again = (errors: FieldErrors, status = 422) =>
      sendPage(reply, <BannerForm ctx={ctx} banner={banner} values={values} errors={errors} />, { status });
    if (body?._uploadError) return again({ image: t.uploadTooLarge });
    const input = inputOf(ctx, values);
    if ('errors' in input) return again(input.errors);
    // the approval of an outside address stays with the address: sent again only when it changed
    if (values.target === banner.target) delete input.body.externalTargetApproved;
    const saved = await ctx.api.patch<BannerView>(`/admin/banners/${banner.id}`, { body: input.body });
    if (!saved.ok) {
      if (saved.status === 403 || saved.status === 404) required(saved);
      return again(fieldErrorsOf(saved.problem), formStatus(saved.problem));
    }
    const image = await uploadImage(ctx, banner.id, body?._files?.[0]);
    if (image && !image.ok) return again({ image: image.problem.detail ?? image.problem.title }, formStatus(image.problem));
    setFlash(reply, t.saved);
    return redirectTo(reply, ctx.href(`${BANNERS}/${banner.id}`));
  });

  app.post<Id & { Params: { action: string } }>(`${BANNERS}/:id/:action`, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    const action = ACTIONS[request.params.action as keyof typeof ACTIONS];
    if (!action || !UUID.test(request.params.id)) throw pageNotFound();
    const answer = await ctx.api.post<BannerView>(`/admin/banners/${request.params.id}/${action}`);
    if (!answer.ok && (answer.status === 403 || answer.status === 404)) required(answer);
    const t = ctx.t.banners.actions;
    if (answer.ok) setFlash(reply, action === 'pause' ? t.paused : action === 'resume' ? t.resumed : t.archived);
    else setFlash(reply, answer.problem.detail ?? answer.problem.title, 'error');
    return redirectTo(reply, ctx.href(action === 'archive' ? BANNERS : `${BANNERS}/${request.params.id}`));
  });

  app.get<Id>(`${BANNERS}/:id/thong-ke`, hide, async (request, reply) => {
    const ctx = staffPage(request, reply);
    if (!ctx) return reply;
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const stats = required(await ctx.api.get<BannerStats>(`/banners/${request.params.id}/stats`));
    const t = ctx.t.banners.stats;
    return sendPage(
      reply,
      <ConsoleDocument ctx={ctx} active="banners" title={t.title(stats.banner.title)}>
        <p>
          <a href={ctx.href(BANNERS)}>{t.back}</a> ·{' '}
          <a href={ctx.href(`${BANNERS}/${stats.banner.id}`)}>{ctx.t.banners.list.edit}</a>
        </p>
        <BannerStatsView ctx={ctx} stats={stats} />
      </ConsoleDocument>,
    );
  });
}

async function loadBanner(ctx: PageContext, id: string): Promise<BannerView> {
  if (!UUID.test(id)) throw pageNotFound();
  return required(await ctx.api.get<BannerView>(`/admin/banners/${id}`));
}

function BannerList({
  ctx,
  page,
  filters,
  cursor,
}: {
  ctx: PageContext;
  page: { items: BannerView[]; nextCursor: string | null };
  filters: { slot?: string | undefined; status?: string | undefined };
  cursor: string | undefined;
}) {
  const t = ctx.t.banners;
  const columns: Column<BannerView>[] = [
    {
      key: 'title',
      label: t.list.columns.title,
      cell: (banner) => (
        <>
          <a href={ctx.href(`${BANNERS}/${banner.id}`)}>{banner.title}</a>
          {banner.campaign ? <span class="muted"> · {banner.campaign}</span> : null}
        </>
      ),
    },
    { key: 'slot', label: t.list.columns.slot, cell: (banner) => t.slots[banner.slot] ?? banner.slot },
    { key: 'enterprise', label: t.list.columns.enterprise, cell: (banner) => banner.enterpriseName ?? '—' },
    {
      key: 'period',
      label: t.list.columns.period,
      cell: (banner) => `${vietnamDateTime(banner.startsAt)} – ${vietnamDateTime(banner.endsAt)}`,
    },
    { key: 'weight', label: t.list.columns.weight, numeric: true, cell: (banner) => banner.weight },
    {
      key: 'state',
      label: t.list.columns.state,
      cell: (banner) => (
        <span class={`status status-${banner.state}`} data-state={banner.state}>
          {t.states[banner.state] ?? banner.state}
        </span>
      ),
    },
    {
      key: 'actions',
      label: t.list.columns.actions,
      cell: (banner) => <a href={ctx.href(`${BANNERS}/${banner.id}/thong-ke`)}>{t.list.stats}</a>,
    },
  ];
  return (
    <ConsoleDocument
      ctx={ctx}
      active="banners"
      title={t.list.title}
      actions={
        <a class="button" href={ctx.href(`${BANNERS}/moi`)}>
          {t.list.create}
        </a>
      }
    >
      <FilterBar ctx={ctx} basePath={BANNERS}>
        <SelectField
          name="slot"
          label={t.list.filterSlot}
          value={filters.slot}
          placeholder={t.list.any}
          options={SLOTS.map((slot) => ({ value: slot, label: t.slots[slot] ?? slot }))}
        />
        <SelectField
          name="status"
          label={t.list.filterStatus}
          value={filters.status}
          placeholder={t.list.any}
          options={STATUSES.map((status) => ({ value: status, label: t.statuses[status] ?? status }))}
        />
      </FilterBar>
      <DataTable
        ctx={ctx}
        caption={t.list.caption}
        columns={columns}
        rows={page.items}
        rowKey={(banner) => banner.id}
        rowAttributes={(banner) => ({ 'data-banner': banner.id })}
        basePath={BANNERS}
        params={{ slot: filters.slot, status: filters.status }}
        cursor={cursor}
        nextCursor={page.nextCursor}
        empty={<p>{t.list.empty}</p>}
      />
    </ConsoleDocument>
  );
}

function DateTimeField({
  name,
  label,
  value,
  error,
}: {
  name: string;
  label: string;
  value: string;
  error?: string | undefined;
}) {
  const id = fieldId(name);
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="datetime-local"
        value={value}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}

function BannerForm({
  ctx,
  banner,
  values,
  errors,
}: {
  ctx: PageContext;
  banner: BannerView | null;
  values: FormValues;
  errors: FieldErrors;
}) {
  const t = ctx.t.banners;
  const f = t.form;
  const labels: Record<string, string> = {
    slot: f.slot,
    title: f.title,
    image: f.image,
    target: f.target,
    externalTargetApproved: f.externalApproved,
    productId: f.productId,
    enterpriseId: f.enterpriseId,
    campaign: f.campaign,
    weight: f.weight,
    startsAt: f.startsAt,
    endsAt: f.endsAt,
  };
  const title = banner ? f.editTitle(banner.title) : f.newTitle;
  const action = banner ? `${BANNERS}/${banner.id}` : `${BANNERS}/moi`;
  return (
    <ConsoleDocument
      ctx={ctx}
      active="banners"
      title={title}
      actions={
        banner ? (
          <a class="button button-secondary" href={ctx.href(`${BANNERS}/${banner.id}/thong-ke`)}>
            {t.list.stats}
          </a>
        ) : undefined
      }
    >
      {banner ? (
        <p>
          <span class={`status status-${banner.state}`} data-state={banner.state}>
            {t.states[banner.state] ?? banner.state}
          </span>
        </p>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <form method="post" action={ctx.href(action)} enctype="multipart/form-data" class="banner-form" novalidate>
        <CsrfField ctx={ctx} />
        <SelectField
          name="slot"
          label={f.slot}
          value={values.slot}
          error={errors.slot}
          options={SLOTS.map((slot) => ({ value: slot, label: t.slots[slot] ?? slot }))}
        />
        <TextField name="title" label={f.title} value={values.title} error={errors.title} required maxLength={140} />
        {banner?.imageUrl ? (
          <figure>
            <img
              class="banner-thumb"
              src={banner.imageUrl}
              alt={`${f.currentImage}: ${banner.title}`}
              width={banner.imageWidth ?? undefined}
              height={banner.imageHeight ?? undefined}
            />
            <figcaption class="muted">{f.currentImage}</figcaption>
          </figure>
        ) : null}
        <div class={errors.image ? 'field field-invalid' : 'field'}>
          <label for={fieldId('image')}>{f.image}</label>
          <p class="field-hint" id={`${fieldId('image')}-hint`}>
            {f.imageHint}
          </p>
          {errors.image ? (
            <p class="field-error" id={`${fieldId('image')}-error`}>
              {errors.image}
            </p>
          ) : null}
          <input
            id={fieldId('image')}
            name="image"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={`${fieldId('image')}-hint`}
          />
        </div>
        <TextField
          name="target"
          label={f.target}
          hint={f.targetHint}
          value={values.target}
          error={errors.target}
          maxLength={500}
        />
        <div class={errors.externalTargetApproved ? 'field field-invalid' : 'field'}>
          {errors.externalTargetApproved ? (
            <p class="field-error" id={`${fieldId('externalTargetApproved')}-error`}>
              {errors.externalTargetApproved}
            </p>
          ) : null}
          <label class="checkbox">
            <input
              id={fieldId('externalTargetApproved')}
              type="checkbox"
              name="externalTargetApproved"
              value="on"
              checked={values.externalTargetApproved !== ''}
            />{' '}
            {f.externalApproved}
          </label>
        </div>
        <TextField name="productId" label={f.productId} value={values.productId} error={errors.productId} maxLength={36} />
        <TextField
          name="enterpriseId"
          label={f.enterpriseId}
          value={values.enterpriseId}
          error={errors.enterpriseId}
          maxLength={36}
        />
        <TextField name="campaign" label={f.campaign} value={values.campaign} error={errors.campaign} maxLength={120} />
        <TextField
          name="weight"
          label={f.weight}
          hint={f.weightHint}
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          value={values.weight}
          error={errors.weight}
          required
        />
        <DateTimeField name="startsAt" label={f.startsAt} value={values.startsAt} error={errors.startsAt} />
        <DateTimeField name="endsAt" label={f.endsAt} value={values.endsAt} error={errors.endsAt} />
        <button type="submit">{f.save}</button>
      </form>
      {banner && banner.status !== 'archived' ? (
        <div class="row-actions">
          <form
            method="post"
            action={ctx.href(`${BANNERS}/${banner.id}/${banner.status === 'paused' ? 'chay-lai' : 'tam-dung'}`)}
          >
            <CsrfField ctx={ctx} />
            <button type="submit" class="button button-secondary" data-action={banner.status === 'paused' ? 'resume' : 'pause'}>
              {banner.status === 'paused' ? t.actions.resume : t.actions.pause}
            </button>
          </form>
          <ConfirmAction
            ctx={ctx}
            action={`${BANNERS}/${banner.id}/luu-tru`}
            label={t.actions.archive}
            question={t.actions.archiveConfirm}
            name="archive"
          />
        </div>
      ) : null}
    </ConsoleDocument>
  );
}
