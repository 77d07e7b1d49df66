import type { PageContext } from '../http/page-context.ts';

/**
 * Keyset pagination: the API answers a `nextCursor`; the first page has no cursor. "Previous"
 * goes back to the first page (a keyset cursor does not run backwards), which is what a
 * browser's back button does better anyway.
 */
export function Pager({
  ctx,
  basePath,
  query,
  nextCursor,
}: {
  ctx: PageContext;
  basePath: string;
  query: Record<string, string | undefined>;
  nextCursor: string | null;
}) {
  const link = (cursor: string | undefined) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== '' && key !== 'cursor') params.set(key, value);
    if (cursor) params.set('cursor', cursor);
    const search = params.toString();
    return ctx.href(search ? `${basePath}?${search}` : basePath);
  };
  const onLaterPage = Boolean(query.cursor);
  if (!onLaterPage && !nextCursor) return null;
  return (
    <nav class="pager" aria-label={ctx.t.common.pagination.label}>
      {onLaterPage ? <a href={link(undefined)}>{ctx.t.common.pagination.first}</a> : <span />}
      {nextCursor ? (
        <a href={link(nextCursor)} rel="next">
          {ctx.t.common.pagination.next}
        </a>
      ) : null}
    </nav>
  );
}
