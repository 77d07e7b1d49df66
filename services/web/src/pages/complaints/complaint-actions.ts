import type { ComplaintDetailDto, ComplaintMessageDto } from '@tradeqn/ordering/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type FieldErrors, fieldErrorsOf } from '../../components/form.tsx';
import { type ApiResult, pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { FormFile, MultipartBody } from '../../http/multipart-form.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo } from '../../http/send-page.ts';
import type { Typed } from './complaint-view.tsx';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const MAX_PHOTOS = 5;

/** The complaint as the viewer may see it (404 otherwise, as the API answers). */
export async function loadComplaint(ctx: PageContext, id: string): Promise<ComplaintDetailDto> {
  if (!UUID.test(id)) throw pageNotFound();
  return required(await ctx.api.get<ComplaintDetailDto>(`/complaints/${id}`));
}

/** Photos a form brought, each uploaded as the viewer; answers whether any was refused. */
export async function uploadPhotos(ctx: PageContext, path: string, files: FormFile[]): Promise<boolean> {
  let refused = false;
  for (const file of files.slice(0, MAX_PHOTOS)) {
    const answer = await ctx.api.upload('POST', path, {
      filename: file.filename,
      contentType: file.contentType,
      data: file.data,
    });
    if (!answer.ok) refused = true;
  }
  return refused || files.length > MAX_PHOTOS;
}

/** The photos of a multipart form (its `photos` field). */
export function photosOf(body: unknown): FormFile[] {
  return ((body as MultipartBody | undefined)?._files ?? []).filter((file) => file.field === 'photos');
}

export type Rerender = (errors: FieldErrors, typed: Typed, status: number) => Promise<FastifyReply> | FastifyReply;

/** The steps a complaint page posts (`/{base}/{step}`), each the API call it makes. */
const STEPS = ['tra-loi', 'hoa-giai', 'dong-y', 'rut', 'tin-nhan', 'dong'] as const;
type Step = (typeof STEPS)[number];
export const isStep = (value: string): value is Step => (STEPS as readonly string[]).includes(value);

/**
 * One posted step of a complaint page: the API decides (who, when, what input); a refusal comes
 * back on the page with what was typed, a success goes back to the complaint with a message.
 */
export async function postStep(
  ctx: PageContext,
  request: FastifyRequest,
  reply: FastifyReply,
  input: { id: string; step: Step; back: string; rerender: Rerender },
): Promise<FastifyReply> {
  const t = ctx.t.complaints;
  const { id, step } = input;
  const body = request.body;
  if ((body as MultipartBody | undefined)?._uploadError) {
    return input.rerender({ photos: t.tooManyPhotos }, { text: formText(body, 'text') }, 422);
  }
  let answer: ApiResult<unknown>;
  let typed: Typed = {};
  let rename: Record<string, string> = {};
  let done: string;
  switch (step) {
    case 'tra-loi':
      typed = { answer: formText(body, 'answer') };
      rename = { text: 'answer' };
      answer = await ctx.api.post(`/complaints/${id}/answer`, { body: { text: typed.answer } });
      done = t.done.answer;
      break;
    case 'hoa-giai': {
      const reason = formText(body, 'reason');
      typed = { mediationReason: reason };
      answer = await ctx.api.post(`/complaints/${id}/mediation`, { body: reason ? { reason } : {} });
      done = t.done.mediation;
      break;
    }
    case 'dong-y':
    case 'rut':
      answer = await ctx.api.post(`/complaints/${id}/${step === 'dong-y' ? 'accept' : 'withdraw'}`, { body: {} });
      done = step === 'dong-y' ? t.done.accept : t.done.withdraw;
      break;
    case 'tin-nhan': {
      typed = { text: formText(body, 'text') };
      const sent = await ctx.api.post<ComplaintMessageDto>(`/complaints/${id}/messages`, { body: { text: typed.text } });
      answer = sent;
      done = t.done.message;
      if (sent.ok && (await uploadPhotos(ctx, `/complaints/${id}/photos?messageId=${sent.data.id}`, photosOf(body)))) {
        setFlash(reply, t.photoRefused, 'error');
        return redirectTo(reply, input.back);
      }
      break;
    }
    case 'dong': {
      typed = {
        outcome: formText(body, 'outcome'),
        reason: formText(body, 'reason'),
        refundAmount: formText(body, 'refundAmount'),
      };
      const amount = typed.refundAmount;
      answer = await ctx.api.post(`/admin/complaints/${id}/close`, {
        body: {
          outcome: typed.outcome,
          reason: typed.reason,
          // a number when it is one; anything else goes as typed, for the API to refuse
          ...(amount ? { refundAmount: /^\d{1,15}$/.test(amount) ? Number(amount) : amount } : {}),
        },
      });
      done = t.done.close;
      break;
    }
  }
  if (!answer.ok) {
    if (answer.status === 404) required(answer);
    return input.rerender(fieldErrorsOf(answer.problem, rename), typed, formStatus(answer.problem));
  }
  setFlash(reply, done);
  return redirectTo(reply, input.back);
}
