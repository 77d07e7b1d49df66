import type { PageContext } from '../http/page-context.ts';

/** OCOP stars, shown only where the catalog says a verified certificate stands behind them. */
export function OcopBadge({ ctx, stars }: { ctx: PageContext; stars: number }) {
  return (
    <span class="ocop-badge" title={ctx.t.common.ocopTitle(stars)}>
      OCOP <span aria-hidden="true">{'★'.repeat(stars)}</span>
      <span class="visually-hidden">{ctx.t.common.ocopStars(stars)}</span>
    </span>
  );
}
