import type { PageContext } from '../../http/page-context.ts';
import { Document } from '../../layout/document.tsx';

export type ErrorKind = 'notFound' | 'gone' | 'forbidden' | 'formExpired' | 'tooMany' | 'server';

export const ERROR_STATUS: Record<ErrorKind, number> = {
  notFound: 404,
  gone: 410,
  forbidden: 403,
  formExpired: 403,
  tooMany: 429,
  server: 500,
};

/** A real error page: the status a crawler needs, words a person can act on, and the way home. */
export function ErrorPage({ ctx, kind, requestId }: { ctx: PageContext; kind: ErrorKind; requestId?: string }) {
  const e = ctx.t.common.errors;
  const words: Record<ErrorKind, { title: string; text?: string }> = {
    notFound: { title: e.notFoundTitle, text: e.notFoundText },
    gone: { title: e.goneTitle, text: e.goneText },
    forbidden: { title: e.forbiddenTitle },
    formExpired: { title: e.formExpiredTitle, text: e.formExpiredText },
    tooMany: { title: e.tooManyTitle, text: e.tooManyText },
    server: { title: e.serverTitle, text: e.serverText },
  };
  const { title, text } = words[kind];
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath: ctx.path.split('?')[0] ?? '/', noindex: true }}>
      <section class="error-page">
        <h1>{title}</h1>
        {text ? <p>{text}</p> : null}
        {requestId ? (
          <p class="muted">
            {e.requestId}: <code>{requestId}</code>
          </p>
        ) : null}
        <p>
          <a class="button" href={ctx.href('/')}>
            {e.backHome}
          </a>
        </p>
      </section>
    </Document>
  );
}
