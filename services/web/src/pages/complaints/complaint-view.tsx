import type { ComplaintDetailDto } from '@tradeqn/ordering/contract';
import { formatDateTimeVn, formatVnd } from '@tradeqn/vn';
import { CsrfField, ErrorSummary, type FieldErrors, SelectField, TextField } from '../../components/form.tsx';
import type { PageContext } from '../../http/page-context.ts';

/** Where a complaint's pages live in one area (the buyer's, the workspace, the console). */
export interface ComplaintArea {
  /** The complaint's own page in this area; its forms post under it. */
  base: string;
  /** Who looks: what the forms offer follows the API's `allowedActions`, this only picks the wording. */
  viewer: 'buyer' | 'seller' | 'staff';
}

/** What was typed in a form that came back with errors, kept for the person to fix. */
export type Typed = Record<string, string>;

/** A photo, as this viewer's pages serve it (the API's file, read as the viewer). */
export const photoHref = (ctx: PageContext, complaintId: string, photoId: string) =>
  ctx.href(`/khieu-nai/${complaintId}/anh/${photoId}`);

export function ComplaintStatus({ ctx, status }: { ctx: PageContext; status: string }) {
  return (
    <span class={`status status-complaint-${status}`} data-complaint-status={status}>
      {ctx.t.complaints.statuses[status] ?? status}
    </span>
  );
}

function Photos({ ctx, complaint, photos }: { ctx: PageContext; complaint: ComplaintDetailDto; photos: { id: string }[] }) {
  const t = ctx.t.complaints;
  if (photos.length === 0) return null;
  return (
    <ul class="complaint-photos plain-list">
      {photos.map((photo, index) => (
        <li>
          <a href={photoHref(ctx, complaint.id, photo.id)}>
            <img
              src={photoHref(ctx, complaint.id, photo.id)}
              alt={t.photoAlt(index + 1)}
              width={160}
              height={160}
              loading="lazy"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The complaint: its facts, photos, the seller's answer, the outcome, the thread, and the forms this viewer may use. */
export function ComplaintView({
  ctx,
  complaint,
  area,
  errors = {},
  typed = {},
}: {
  ctx: PageContext;
  complaint: ComplaintDetailDto;
  area: ComplaintArea;
  errors?: FieldErrors;
  typed?: Typed;
}) {
  const t = ctx.t.complaints;
  const can = (action: string) => complaint.allowedActions.includes(action as never);
  const form = (path: string) => ctx.href(`${area.base}/${path}`);
  return (
    <div class="complaint" data-complaint={complaint.id}>
      <ErrorSummary
        ctx={ctx}
        errors={errors}
        labels={{
          text: t.message,
          answer: t.answer,
          reason: t.closeReason,
          outcome: t.closeOutcome,
          refundAmount: t.refundAmount,
        }}
      />
      <dl class="order-facts">
        <dt>{t.status}</dt>
        <dd>
          <ComplaintStatus ctx={ctx} status={complaint.status} />
        </dd>
        <dt>{t.order}</dt>
        <dd>
          {area.viewer === 'buyer' ? (
            <a href={ctx.href(`/don-hang/${complaint.orderId}`)}>{complaint.orderCode}</a>
          ) : (
            complaint.orderCode
          )}{' '}
          · {formatVnd(complaint.orderTotal)}
        </dd>
        <dt>{t.seller}</dt>
        <dd>{complaint.enterprise.name}</dd>
        <dt>{t.openedAt}</dt>
        <dd>{formatDateTimeVn(complaint.createdAt)}</dd>
        <dt>{t.reason}</dt>
        <dd>{t.reasons[complaint.reason] ?? complaint.reason}</dd>
        {complaint.status === 'open' ? (
          <>
            <dt>{t.answerDue}</dt>
            <dd>{formatDateTimeVn(complaint.answerDueAt)}</dd>
          </>
        ) : null}
        {complaint.mediationBy ? (
          <>
            <dt>{t.mediation}</dt>
            <dd>{t.mediationBy[complaint.mediationBy] ?? complaint.mediationBy}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="complaint-text">
        <h2 id="complaint-text">{t.text}</h2>
        <p class="complaint-text">{complaint.text}</p>
        {complaint.photos.length > 0 ? <h3>{t.attachedPhotos}</h3> : null}
        <Photos ctx={ctx} complaint={complaint} photos={complaint.photos} />
      </section>
      {complaint.outcome ? (
        <section aria-labelledby="complaint-outcome" class="complaint-outcome" data-outcome={complaint.outcome}>
          <h2 id="complaint-outcome">{t.outcome}</h2>
          <p>
            <strong>{t.outcomes[complaint.outcome] ?? complaint.outcome}</strong>
            {complaint.outcome === 'refund' && complaint.refundAmount !== null
              ? ` · ${t.refund}: ${formatVnd(complaint.refundAmount)}`
              : ''}
          </p>
          {complaint.resolution ? (
            <p>
              {t.resolution}: {complaint.resolution}
            </p>
          ) : null}
          {complaint.refundedAmount ? <p class="complaint-refunded">{t.refunded(formatVnd(complaint.refundedAmount))}</p> : null}
        </section>
      ) : null}
      <section aria-labelledby="complaint-thread">
        <h2 id="complaint-thread">{t.thread}</h2>
        {complaint.messages.length === 0 ? (
          <p class="muted">{t.noMessages}</p>
        ) : (
          <ol class="complaint-thread plain-list">
            {complaint.messages.map((message) => (
              <li data-author={message.authorRole}>
                <p>
                  <strong>{t.roles[message.authorRole] ?? message.authorRole}</strong> ·{' '}
                  <time dateTime={message.createdAt}>{formatDateTimeVn(message.createdAt)}</time>
                </p>
                <p class="complaint-message">{message.text}</p>
                <Photos ctx={ctx} complaint={complaint} photos={message.photos} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {can('answer') ? (
        <section aria-labelledby="complaint-answer">
          <h2 id="complaint-answer">{t.answerTitle}</h2>
          <form method="post" action={form('tra-loi')}>
            <CsrfField ctx={ctx} />
            <TextField
              name="answer"
              label={t.answer}
              value={typed.answer}
              error={errors.answer}
              maxLength={4000}
              multiline
              required
            />
            <button type="submit">{t.answerSubmit}</button>
          </form>
        </section>
      ) : null}
      {can('close') ? (
        <section aria-labelledby="complaint-close">
          <h2 id="complaint-close">{t.closeTitle}</h2>
          <form method="post" action={form('dong')}>
            <CsrfField ctx={ctx} />
            <SelectField
              name="outcome"
              label={t.closeOutcome}
              value={typed.outcome}
              error={errors.outcome}
              options={Object.entries(t.staffOutcomes).map(([value, label]) => ({ value, label }))}
              required
            />
            <TextField
              name="reason"
              label={t.closeReason}
              value={typed.reason}
              error={errors.reason}
              maxLength={2000}
              multiline
              required
            />
            <TextField
              name="refundAmount"
              label={t.refundAmount}
              hint={t.refundAmountHint(formatVnd(complaint.orderTotal))}
              value={typed.refundAmount}
              error={errors.refundAmount}
              type="number"
              inputMode="numeric"
              min={1}
              max={complaint.orderTotal}
            />
            <button type="submit">{t.closeSubmit}</button>
          </form>
        </section>
      ) : null}
      {can('message') ? (
        <section aria-labelledby="complaint-message">
          <h2 id="complaint-message">{t.message}</h2>
          <form method="post" action={form('tin-nhan')} enctype="multipart/form-data">
            <CsrfField ctx={ctx} />
            <TextField name="text" label={t.message} value={typed.text} error={errors.text} maxLength={4000} multiline required />
            <div class="field">
              <label for="field-photos">{t.messagePhotos}</label>
              <input id="field-photos" type="file" name="photos" accept="image/jpeg,image/png,image/webp" multiple />
            </div>
            <button type="submit">{t.send}</button>
          </form>
        </section>
      ) : null}
      {can('mediation') || can('accept') || can('withdraw') ? (
        <section aria-label={t.mediation} class="complaint-actions">
          {can('accept') ? (
            <form method="post" action={form('dong-y')}>
              <CsrfField ctx={ctx} />
              <button type="submit">{t.accept}</button>
            </form>
          ) : null}
          {can('mediation') ? (
            <form method="post" action={form('hoa-giai')}>
              <CsrfField ctx={ctx} />
              <TextField name="reason" label={t.mediationReason} value={typed.mediationReason} maxLength={1000} />
              <button type="submit">{t.askMediation}</button>
            </form>
          ) : null}
          {can('withdraw') ? (
            <form method="post" action={form('rut')}>
              <CsrfField ctx={ctx} />
              <button type="submit" class="button-secondary">
                {t.withdraw}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
