import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { httpErrors } from '@tradeqn/kit';
import type { FastifyInstance } from 'fastify';

const ASSETS_DIR = fileURLToPath(new URL('../../assets/', import.meta.url));
const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

interface Asset {
  type: string;
  raw: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

/** `site.css` → `/assets/site.3f9a1c2b.css`: what pages link to. */
export type AssetUrls = Record<string, string>;

/**
 * The stylesheet, scripts and icons, read once at start: each is served under a name holding
 * its content's hash with a year's `immutable` cache, so a deploy changes the URL instead of
 * waiting for caches to expire; gzip and brotli are made once here, not per request.
 */
export function loadAssets(dir = ASSETS_DIR): { urls: AssetUrls; byPath: Map<string, Asset> } {
  const urls: AssetUrls = {};
  const byPath = new Map<string, Asset>();
  const files: { name: string; raw: Buffer }[] = readdirSync(dir)
    .filter((name) => TYPES[extname(name)])
    .map((name) => ({ name, raw: readFileSync(join(dir, name)) }));
  files.push({ name: 'site.css', raw: stylesheet(join(dir, 'css')) });
  for (const { name, raw } of files) {
    const type = TYPES[extname(name)] ?? 'application/octet-stream';
    const hash = createHash('sha256').update(raw).digest('hex').slice(0, 10);
    const path = `/assets/${name.replace(/(\.[a-z]+)$/, `.${hash}$1`)}`;
    urls[name] = path;
    byPath.set(path, {
      type,
      raw,
      gzip: gzipSync(raw, { level: 9 }),
      brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    });
  }
  return { urls, byPath };
}

/**
 * The one stylesheet, written as a file per area (`css/00-base.css`, `css/catalog.css`…) so each
 * area keeps its rules beside the others', joined in name order: one request, one cache entry.
 */
function stylesheet(cssDir: string): Buffer {
  const parts = readdirSync(cssDir)
    .filter((name) => name.endsWith('.css'))
    .sort()
    .map((name) => readFileSync(join(cssDir, name), 'utf8').trim());
  return Buffer.from(`${parts.filter(Boolean).join('\n')}\n`);
}

export function assetRoutes(byPath: Map<string, Asset>) {
  return async (app: FastifyInstance) => {
    app.get('/assets/:file', { schema: { hide: true } }, async (request, reply) => {
      const asset = byPath.get(request.url.split('?')[0] ?? '');
      // an old hash after a deploy, or a name that never was
      if (!asset) throw httpErrors.HTTP_NOT_FOUND();
      const accepts = String(request.headers['accept-encoding'] ?? '');
      reply.header('cache-control', 'public, max-age=31536000, immutable').header('vary', 'accept-encoding').type(asset.type);
      if (accepts.includes('br')) return reply.header('content-encoding', 'br').send(asset.brotli);
      if (accepts.includes('gzip')) return reply.header('content-encoding', 'gzip').send(asset.gzip);
      return reply.send(asset.raw);
    });
  };
}
