import type { SupportApplicationDto } from '@tradeqn/programme/contract';
import { formatDateTimeVn, formatDateVn, formatVnd } from '@tradeqn/vn';
import { type FieldErrors, fieldErrorsOf } from '../../components/form.tsx';
import type { ApiProblem } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';

/**
 * The API's problem on a form. A domain rule names its one field with a message for developers;
 * its detail already says it in the reader's language, so that is what the field shows.
 */
export function supportFieldErrors(problem: ApiProblem): FieldErrors {
  const errors = fieldErrorsOf(problem);
  const fields = Object.keys(errors).filter((name) => name !== '_form');
  const isDomainRule = problem.code?.startsWith('PROGRAMME_') && problem.detail;
  if (fields.length === 1 && isDomainRule) errors[fields[0] as string] = problem.detail as string;
  return errors;
}

/** An amount typed in a form (`30.000.000`, `30 000 000`) as the API takes it: a whole number, or the text as typed (the API refuses it). */
export function dongOf(typed: string): number | string {
  const digits = typed.replace(/[.\s,₫đ]/g, '');
  return /^\d{1,13}$/.test(digits) ? Number(digits) : typed;
}

export function StatusBadge({ ctx, status }: { ctx: PageContext; status: string }) {
  return (
    <span class={`status status-${status}`} data-status={status}>
      {ctx.t.support.statuses[status] ?? status}
    </span>
  );
}

/** What an application asks for and where it stands: the common top of the workspace's and the console's page. */
export function ApplicationFacts({ ctx, application }: { ctx: PageContext; application: SupportApplicationDto }) {
  const t = ctx.t.support;
  return (
    <dl class="facts" data-application={application.id}>
      <dt>{t.columns.status}</dt>
      <dd>
        <StatusBadge ctx={ctx} status={application.status} />
      </dd>
      <dt>{t.columns.enterprise}</dt>
      <dd>{application.enterpriseName}</dd>
      <dt>{t.columns.line}</dt>
      <dd>{ctx.locale === 'en' ? application.lineNameEn : application.lineNameVi}</dd>
      <dt>{t.columns.year}</dt>
      <dd>{application.year}</dd>
      <dt>{t.columns.amount}</dt>
      <dd>
        <strong>{formatVnd(application.amount)}</strong>
        <br />
        {t.split(
          formatVnd(application.provincialShare),
          formatVnd(application.centralShare),
          formatVnd(application.enterpriseShare),
        )}
      </dd>
      <dt>{t.description}</dt>
      <dd class="preserve-lines">{application.description}</dd>
      {application.rejectionReason ? (
        <>
          <dt>{t.rejectionReason}</dt>
          <dd data-rejection-reason>{application.rejectionReason}</dd>
        </>
      ) : null}
      {application.payment ? (
        <>
          <dt>{t.actions.pay}</dt>
          <dd data-payment>
            {t.payment(
              formatVnd(application.payment.amount),
              formatDateVn(application.payment.paidOn),
              application.payment.reference,
            )}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** The documents, each a link to download it through `documentHref`. */
export function ApplicationDocuments({
  ctx,
  application,
  documentHref,
}: {
  ctx: PageContext;
  application: SupportApplicationDto;
  documentHref: (documentId: string) => string;
}) {
  const t = ctx.t.support;
  return (
    <section aria-labelledby="documents">
      <h2 id="documents">{t.documents}</h2>
      {application.documents.length === 0 ? <p class="empty">{t.noDocuments}</p> : null}
      <ul class="plain-list" data-documents>
        {application.documents.map((document) => (
          <li data-document={document.id}>
            <a href={ctx.href(documentHref(document.id))}>{document.fileName}</a> ·{' '}
            {Math.ceil(document.sizeBytes / 1024).toLocaleString(ctx.locale === 'en' ? 'en-GB' : 'vi-VN')} KB ·{' '}
            {formatDateTimeVn(document.uploadedAt)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ApplicationHistory({ ctx, application }: { ctx: PageContext; application: SupportApplicationDto }) {
  const t = ctx.t.support;
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t.history}</h2>
      <ol class="plain-list history-list" data-history>
        {application.history.map((entry) => (
          <li data-action={entry.action}>
            <strong>{t.actions[entry.action] ?? entry.action}</strong> · {entry.byStaff ? t.byStaff : t.byEnterprise} ·{' '}
            {formatDateTimeVn(entry.at)}
            {entry.message ? <p class="preserve-lines">{entry.message}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A file passed on from the API (the browser holds no API token), or undefined when the API refused it. */
export function passFile(answer: {
  statusCode: number;
  headers: Record<string, unknown>;
  rawPayload: Buffer;
}): { contentType: string; disposition: string; data: Buffer } | undefined {
  if (answer.statusCode !== 200) return undefined;
  return {
    contentType: String(answer.headers['content-type'] ?? 'application/octet-stream'),
    disposition: String(answer.headers['content-disposition'] ?? 'attachment'),
    data: answer.rawPayload,
  };
}
