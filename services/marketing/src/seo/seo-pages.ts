import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { App } from '@tradeqn/kit';
import type { FileStore } from '@tradeqn/storage';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SeoFile } from '../db/schema.ts';
import { FEED_NAME } from './merchant-feed.ts';
import type { SeoState, SeoStateRow } from './seo-state.ts';
import { DISALLOWED_PATHS } from './site-paths.ts';
import { sitemapIndexXml } from './sitemap-series.ts';

/** Each process looks the current build up at most this often (one row by primary key). */
const STATE_TTL_MS = 2000;
const CACHE_CONTROL = 'public, max-age=300';

/**
 * What search engines and shopping services read: `/robots.txt`, the sitemap index and its
 * children, and the Merchant Center feed. The files come from the store as the last build wrote
 * them (gzip), streamed: sent as they are to a client that takes gzip, unzipped on the way
 * otherwise; nothing is held whole in memory.
 */
export function seoPages(deps: { state: SeoState; files: FileStore; publicUrl: string }) {
  let known: { row: SeoStateRow | undefined; at: number } | undefined;
  async function current(): Promise<SeoStateRow | undefined> {
    if (!known || Date.now() - known.at > STATE_TTL_MS) known = { row: await deps.state.read(), at: Date.now() };
    return known.row;
  }

  async function sendStored(request: FastifyRequest, reply: FastifyReply, file: SeoFile | undefined) {
    const row = await current();
    if (!row?.buildId) return notYet(reply);
    if (!file) return reply.code(404).type('text/plain; charset=utf-8').send('Không có tệp này. (No such file.)');
    const stored = await deps.files.getStream(`seo/${row.buildId}/${file.name}.gz`);
    if (!stored) return notYet(reply);
    const etag = `"${row.buildId}-${file.name}"`;
    reply
      .header('cache-control', CACHE_CONTROL)
      .header('etag', etag)
      .header('last-modified', new Date(file.lastmod).toUTCString())
      .header('vary', 'accept-encoding')
      .type('application/xml; charset=utf-8');
    if (request.headers['if-none-match'] === etag) {
      stored.stream.destroy();
      return reply.code(304).send();
    }
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      return reply.header('content-encoding', 'gzip').header('content-length', stored.size).send(stored.stream);
    }
    // pipeline: a broken file or a client gone closes both streams (and the file) with it
    const unzipped = createGunzip();
    pipeline(stored.stream, unzipped).catch(() => {});
    return reply.send(unzipped);
  }

  return async (app: App) => {
    const hidden = { schema: { hide: true } };

    app.get('/robots.txt', hidden, async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(robotsTxt(deps.publicUrl)),
    );

    app.get('/sitemap.xml', hidden, async (_request, reply) => {
      const row = await current();
      if (!row?.buildId) return notYet(reply);
      return reply
        .type('application/xml; charset=utf-8')
        .header('cache-control', CACHE_CONTROL)
        .send(sitemapIndexXml(deps.publicUrl, row.files));
    });

    app.get<{ Params: { name: string } }>('/sitemaps/:name', hidden, async (request, reply) => {
      const row = await current();
      const file = row?.files.find((candidate) => candidate.kind === 'sitemap' && candidate.name === request.params.name);
      return sendStored(request, reply, file);
    });

    app.get('/feeds/products.xml', hidden, async (request, reply) => {
      const row = await current();
      return sendStored(
        request,
        reply,
        row?.files.find((file) => file.kind === 'feed' && file.name === FEED_NAME),
      );
    });
  };
}

/** Before the first build (a minute after the first start): try again shortly. */
function notYet(reply: FastifyReply) {
  return reply
    .code(503)
    .header('retry-after', '30')
    .type('text/plain; charset=utf-8')
    .send('Sơ đồ trang đang được tạo, vui lòng thử lại sau ít phút. (The sitemap is being written.)');
}

export function robotsTxt(publicUrl: string): string {
  const disallowed = DISALLOWED_PATHS.flatMap((path) => [`Disallow: ${path}`, `Disallow: /en${path}`]);
  return ['User-agent: *', 'Allow: /', ...disallowed, '', `Sitemap: ${publicUrl}/sitemap.xml`, ''].join('\n');
}
