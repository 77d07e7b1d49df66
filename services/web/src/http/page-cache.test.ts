import { brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowKeeping, createPageCache, type PageCache } from './page-cache.ts';

const PAGE = `<!doctype html><html lang="vi"><body>${'<p>Tỏi Lý Sơn — 120.000 ₫</p>'.repeat(80)}`;

let app: FastifyInstance;
let cache: PageCache;
let clock: number;
let version: string | null;
let versionFails: boolean;
let versionReads: number;
let renders: number;

/** A site shaped as the web's: compression, then the cache, then pages that say what they are. */
async function site(maxEntries?: number) {
  app = Fastify();
  await app.register(async (scope) => {
    await scope.register(compress, {
      threshold: 100,
      syncThreshold: 256 * 1024,
      encodings: ['br', 'gzip'],
      brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    });
    cache = createPageCache({
      version: async () => {
        versionReads++;
        if (versionFails) throw new Error('connection refused');
        return version;
      },
      maxAgeMs: 10_000,
      now: () => clock,
      ...(maxEntries ? { maxEntries } : {}),
    });
    scope.addHook('onRoute', (route) => cache.onRoute(route));
    const page =
      (cacheControl: string, options: { keep?: boolean; cookie?: boolean; status?: number } = {}) =>
      async (_request: unknown, reply: import('fastify').FastifyReply) => {
        renders++;
        if (options.keep !== false) allowKeeping(reply);
        if (options.cookie) reply.header('set-cookie', 'tq_flash=; Path=/');
        return reply
          .code(options.status ?? 200)
          .header('cache-control', cacheControl)
          .header('content-security-policy', `script-src 'nonce-${renders}'`)
          .header('vary', 'cookie, accept-encoding')
          .type('text/html; charset=utf-8')
          .send(`${PAGE}<i>render ${renders}</i>`);
      };
    const kept = { config: { pageCache: true } };
    scope.get('/danh-muc/:slug', kept, page('public, max-age=60'));
    scope.get('/private', kept, page('private, no-cache'));
    scope.get('/flash', kept, page('public, max-age=60', { cookie: true }));
    scope.get('/not-asked', kept, page('public, max-age=60', { keep: false }));
    scope.get('/missing', kept, page('public, max-age=60', { status: 404 }));
    scope.get('/not-configured', page('public, max-age=60'));
  });
  await app.ready();
}

const get = async (url: string, headers: Record<string, string> = {}) => {
  const answer = await app.inject({
    method: 'GET',
    url,
    headers: { accept: 'text/html', 'accept-encoding': 'gzip', ...headers },
  });
  const encoding = answer.headers['content-encoding'];
  const text =
    encoding === 'gzip'
      ? gunzipSync(answer.rawPayload).toString()
      : encoding === 'br'
        ? brotliDecompressSync(answer.rawPayload).toString()
        : answer.body;
  return Object.assign(answer, { text });
};

beforeEach(() => {
  clock = 1_000_000;
  version = '7';
  versionFails = false;
  versionReads = 0;
  renders = 0;
});
afterEach(async () => {
  await app?.close();
});

describe('the page cache', () => {
  it('answers the same compressed bytes and page headers again, without making the page', async () => {
    await site();
    const first = await get('/danh-muc/nong-san', { 'accept-encoding': 'br' });
    const second = await get('/danh-muc/nong-san', { 'accept-encoding': 'br' });
    expect(renders).toBe(1);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(second.headers['content-encoding']).toBe('br');
    expect(second.headers['content-security-policy']).toBe("script-src 'nonce-1'");
    expect(second.headers['cache-control']).toBe('public, max-age=60');
    expect(brotliDecompressSync(second.rawPayload).toString()).toContain('render 1');
  });

  it('keeps a page apart for each address, cookie header and accepted encoding (its Vary)', async () => {
    await site();
    await get('/danh-muc/nong-san', { 'accept-encoding': 'br' });
    const gzip = await get('/danh-muc/nong-san', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toContain('render 2');
    expect((await get('/danh-muc/nong-san', { cookie: 'tq_cart=abc' })).text).toContain('render 3');
    expect((await get('/danh-muc/hai-san')).text).toContain('render 4');
    expect((await get('/danh-muc/nong-san?sort=price_asc')).text).toContain('render 5');
    expect((await get('/danh-muc/nong-san', { host: 'toilyson.vn' })).text).toContain('render 6');
    expect((await get('/danh-muc/nong-san')).text).toContain('render 2');
    expect(cache.size).toBe(6);
  });

  it('never keeps an uncompressed page, nor one for a request with huge cookies', async () => {
    await site();
    const odd: Record<string, string>[] = [
      { 'accept-encoding': '' },
      { 'x-no-compression': '1' },
      { cookie: `a=${'x'.repeat(3000)}` },
    ];
    for (const headers of odd) {
      const before = renders;
      await get('/danh-muc/nong-san', headers);
      await get('/danh-muc/nong-san', headers);
      expect(renders - before, JSON.stringify(headers).slice(0, 40)).toBe(2);
    }
    expect(cache.size).toBe(0);
  });

  it('makes the page again once the search index moved on, or after its time', async () => {
    await site();
    await get('/danh-muc/nong-san');
    version = '8';
    expect((await get('/danh-muc/nong-san')).text).toContain('render 2');
    expect((await get('/danh-muc/nong-san')).text).toContain('render 2');
    clock += 10_000;
    expect((await get('/danh-muc/nong-san')).text).toContain('render 3');
  });

  it('never keeps a private page, one that sets a cookie, one not asked for, an error or an unconfigured route', async () => {
    await site();
    for (const url of ['/private', '/flash', '/not-asked', '/missing', '/not-configured']) {
      const before = renders;
      await get(url);
      await get(url);
      expect(renders - before, url).toBe(2);
    }
    expect(cache.size).toBe(0);
  });

  it('keeps nothing and still answers when there is no version or it cannot be read', async () => {
    await site();
    version = null;
    await get('/danh-muc/nong-san');
    expect((await get('/danh-muc/nong-san')).text).toContain('render 2');
    version = '7';
    versionFails = true;
    const answered = await get('/danh-muc/nong-san');
    expect(answered.statusCode).toBe(200);
    expect(answered.text).toContain('render 3');
    expect(cache.size).toBe(0);
  });

  it('reads the version once for requests that arrive together', async () => {
    await site();
    await Promise.all(Array.from({ length: 5 }, () => get('/danh-muc/nong-san')));
    expect(versionReads).toBeLessThan(5);
  });

  it('holds at most maxEntries pages, dropping the oldest', async () => {
    await site(2);
    for (const slug of ['a', 'b', 'c']) await get(`/danh-muc/${slug}`);
    expect(cache.size).toBe(2);
    expect((await get('/danh-muc/c')).text).toContain('render 3');
    expect((await get('/danh-muc/a')).text).toContain('render 4');
  });
});
