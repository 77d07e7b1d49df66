import { type App, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { SeoBuilder } from './seo-builder.ts';
import { seoErrors } from './seo-errors.ts';
import type { SeoState } from './seo-state.ts';

const SeoFileSchema = Type.Object({
  name: Type.String({ examples: ['sitemap-products-1.xml'] }),
  kind: Type.Union([Type.Literal('sitemap'), Type.Literal('feed')]),
  entries: Type.Integer({ description: 'URLs (sitemap) or items (feed)' }),
  bytes: Type.Integer({ description: 'Stored size, gzip' }),
  lastmod: Type.String({ format: 'date-time' }),
});

const SeoStatusSchema = Type.Object({
  buildId: Type.Union([Type.String(), Type.Null()]),
  previousBuildId: Type.Union([Type.String(), Type.Null()], { description: 'The build this one replaced' }),
  builtAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastDurationMs: Type.Union([Type.Integer(), Type.Null()]),
  /** Changes noted since the build began that the files do not yet hold. */
  changesWaiting: Type.Integer(),
  due: Type.Boolean({ description: 'A worker will rebuild at its next look (every few seconds)' }),
  lastError: Type.Union([Type.String(), Type.Null()]),
  lastErrorAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  files: Type.Array(SeoFileSchema),
});

/** Province staff see what the sitemaps and the feed hold, and can have them rewritten at once. */
export function seoAdminRoutes(deps: { state: SeoState; builder: SeoBuilder }) {
  return async (app: App) => {
    const staff = requireRole('admin', 'moderator');
    const status = async () => {
      const row = await deps.state.read();
      const now = new Date();
      return {
        buildId: row?.buildId ?? null,
        previousBuildId: row?.previousBuildId ?? null,
        builtAt: row?.builtAt?.toISOString() ?? null,
        lastDurationMs: row?.lastDurationMs ?? null,
        changesWaiting: row ? Math.max(0, row.changes - Math.max(row.builtChanges, 0)) : 0,
        due: row ? deps.builder.isDue(row, now) : true,
        lastError: row?.lastError ?? null,
        lastErrorAt: row?.lastErrorAt?.toISOString() ?? null,
        files: row?.files ?? [],
      };
    };

    app.get(
      '/admin/seo',
      {
        onRequest: staff,
        schema: {
          tags: ['admin', 'seo'],
          summary: 'Trạng thái sơ đồ trang (sitemap) và nguồn cấp sản phẩm (sitemaps and feed status)',
          security: [{ bearerAuth: [] }],
          response: { 200: SeoStatusSchema, ...problemResponses(401, 403) },
        },
      },
      status,
    );

    app.post(
      '/admin/seo/rebuild',
      {
        onRequest: staff,
        schema: {
          tags: ['admin', 'seo'],
          summary: 'Tạo lại sơ đồ trang và nguồn cấp ngay (rebuild the sitemaps and feed now)',
          security: [{ bearerAuth: [] }],
          response: { 200: SeoStatusSchema, ...problemResponses(401, 403, 409) },
        },
      },
      async () => {
        const outcome = await deps.builder.buildNow();
        if (!outcome.built) throw seoErrors.MARKETING_SEO_BUILD_RUNNING();
        return status();
      },
    );
  };
}
