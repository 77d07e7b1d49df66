import type { App } from '@tradeqn/kit';
import { internalCallHeaders } from '@tradeqn/kit';
import { COMPLAINT_REASONS, type ComplaintDetailDto, type OrderDetailDto } from '@tradeqn/ordering/contract';
import type { FastifyReply } from 'fastify';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, SelectField, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { type MultipartBody, multipartForm } from '../../http/multipart-form.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';
import { isStep, loadComplaint, MAX_PHOTOS, photosOf, postStep, UUID, uploadPhotos } from './complaint-actions.ts';
import { ComplaintView, type Typed } from './complaint-view.tsx';

const photoForm = multipartForm({ maxFiles: MAX_PHOTOS, maxFileBytes: 10 * 1024 * 1024 });

/**
 * The buyer's complaints: `/don-hang/{id}/khieu-nai` opens one about a delivered order,
 * `/khieu-nai/{id}` shows it with its thread and the buyer's next steps. Its photos are served
 * at `/khieu-nai/{id}/anh/{photoId}` to any of its parties (the API decides who).
 */
export async function complaintPages(app: App): Promise<void> {
  app.get<{ Params: { id: string } }>('/don-hang/:id/khieu-nai', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    return renderNew(reply, ctx, request.params.id, {}, {});
  });

  app.post<{ Params: { id: string } }>(
    '/don-hang/:id/khieu-nai',
    { schema: { hide: true }, preValidation: photoForm },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const id = request.params.id;
      const body = request.body;
      const typed = { reason: formText(body, 'reason'), text: formText(body, 'text') };
      if ((body as MultipartBody | undefined)?._uploadError) {
        return renderNew(reply, ctx, id, { photos: ctx.t.complaints.tooManyPhotos }, typed, 422);
      }
      if (!UUID.test(id)) throw pageNotFound();
      const opened = await ctx.api.post<ComplaintDetailDto>(`/orders/${id}/complaints`, { body: typed });
      if (!opened.ok) {
        if (opened.status === 404) required(opened);
        return renderNew(reply, ctx, id, fieldErrorsOf(opened.problem), typed, formStatus(opened.problem));
      }
      const refused = await uploadPhotos(ctx, `/complaints/${opened.data.id}/photos`, photosOf(body));
      setFlash(reply, refused ? ctx.t.complaints.photoRefused : ctx.t.complaints.done.opened, refused ? 'error' : 'success');
      return redirectTo(reply, ctx.href(`/khieu-nai/${opened.data.id}`));
    },
  );

  app.get<{ Params: { id: string } }>('/khieu-nai/:id', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    return renderComplaint(reply, ctx, await loadComplaint(ctx, request.params.id), {}, {});
  });

  app.post<{ Params: { id: string; step: string } }>(
    '/khieu-nai/:id/:step',
    { schema: { hide: true }, preValidation: photoForm },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { id, step } = request.params;
      if (!UUID.test(id) || !isStep(step)) throw pageNotFound();
      return postStep(ctx, request, reply, {
        id,
        step,
        back: ctx.href(`/khieu-nai/${id}`),
        rerender: async (errors, typed, status) =>
          renderComplaint(reply, ctx, await loadComplaint(ctx, id), errors, typed, status),
      });
    },
  );

  // a photo, read from the API as the viewer (any party of the complaint), shown inline
  app.get<{ Params: { id: string; photoId: string } }>(
    '/khieu-nai/:id/anh/:photoId',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { id, photoId } = request.params;
      if (!UUID.test(id) || !UUID.test(photoId)) throw pageNotFound();
      const file = await app.inject({
        method: 'GET',
        url: `/api/v1/complaints/${id}/photos/${photoId}`,
        headers: { ...internalCallHeaders(), authorization: `Bearer ${ctx.viewer.accessToken}` },
        remoteAddress: request.ip,
      });
      const type = String(file.headers['content-type'] ?? '');
      if (file.statusCode !== 200 || !/^image\/(jpeg|png|webp)$/.test(type)) throw pageNotFound();
      return reply
        .type(type)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; frame-ancestors 'self'")
        .send(file.rawPayload);
    },
  );
}

async function renderNew(reply: FastifyReply, ctx: PageContext, id: string, errors: FieldErrors, typed: Typed, status = 200) {
  if (!UUID.test(id)) throw pageNotFound();
  const order = required(await ctx.api.get<OrderDetailDto>(`/orders/${id}`));
  const t = ctx.t.complaints;
  return sendPage(
    reply,
    <Document ctx={ctx} meta={{ title: t.newTitle(order.code), canonicalPath: `/don-hang/${order.id}/khieu-nai`, noindex: true }}>
      <p>
        <a href={ctx.href(`/don-hang/${order.id}`)}>← {ctx.t.orders.orderTitle(order.code)}</a>
      </p>
      <h1>{t.newTitle(order.code)}</h1>
      <p>{t.newIntro}</p>
      <ErrorSummary ctx={ctx} errors={errors} labels={{ reason: t.reason, text: t.text, photos: t.photos }} />
      <form
        method="post"
        action={ctx.href(`/don-hang/${order.id}/khieu-nai`)}
        enctype="multipart/form-data"
        class="complaint-form"
      >
        <CsrfField ctx={ctx} />
        <SelectField
          name="reason"
          label={t.reason}
          value={typed.reason}
          error={errors.reason}
          options={COMPLAINT_REASONS.map((value) => ({ value, label: t.reasons[value] ?? value }))}
          required
        />
        <TextField
          name="text"
          label={t.text}
          hint={t.textHint}
          value={typed.text}
          error={errors.text}
          maxLength={4000}
          multiline
          required
        />
        <div class="field">
          <label for="field-photos">{t.photos}</label>
          {errors.photos ? (
            <p class="field-error" id="field-photos-error">
              {errors.photos}
            </p>
          ) : null}
          <input id="field-photos" type="file" name="photos" accept="image/jpeg,image/png,image/webp" multiple />
        </div>
        <button type="submit">{t.submit}</button>
      </form>
    </Document>,
    { status },
  );
}

function renderComplaint(
  reply: FastifyReply,
  ctx: PageContext,
  complaint: ComplaintDetailDto,
  errors: FieldErrors,
  typed: Typed,
  status = 200,
) {
  const t = ctx.t.complaints;
  return sendPage(
    reply,
    <Document
      ctx={ctx}
      meta={{ title: t.complaintTitle(complaint.orderCode), canonicalPath: `/khieu-nai/${complaint.id}`, noindex: true }}
    >
      <p>
        <a href={ctx.href(`/don-hang/${complaint.orderId}`)}>← {ctx.t.orders.orderTitle(complaint.orderCode)}</a>
      </p>
      <h1>{t.complaintTitle(complaint.orderCode)}</h1>
      <ComplaintView
        ctx={ctx}
        complaint={complaint}
        area={{ base: `/khieu-nai/${complaint.id}`, viewer: 'buyer' }}
        errors={errors}
        typed={typed}
      />
    </Document>,
    { status },
  );
}
