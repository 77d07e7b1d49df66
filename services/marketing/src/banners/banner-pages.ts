import type { App } from '@tradeqn/kit';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { BannerService } from './banner-service.ts';
import { type ClickMarks, visitorOf } from './click-marks.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const Params = Type.Object({ id: Type.String({ maxLength: 64 }) });

/**
 * `GET /r/b/{id}`: a click. It counts once per visitor and hour, then redirects to the banner's
 * own stored target and nowhere else: nothing of the request (its query, its headers) goes into
 * the Location. A banner that exists but is not running (paused, ended) sends to the home page,
 * uncounted; an id that is no banner is a 404.
 *
 * `GET /r/b/{id}/i`: the banner's image, as pages show it. Loading it is the impression: counted
 * in memory (banner-counter.ts), then a redirect (never kept by a cache) to the image itself,
 * which is kept for a year. Pages kept whole by the web's page cache still load it on every view,
 * so every showing is counted, and nothing is counted for a page a robot reads without images.
 */
export function bannerPages(deps: { banners: BannerService; marks: ClickMarks }) {
  return async (app: App) => {
    const hidden = { schema: { hide: true, params: Params } };

    app.get<{ Params: { id: string } }>('/r/b/:id', hidden, async (request, reply) => {
      const { id } = request.params;
      if (!UUID.test(id)) return notFound(reply);
      const visitor = visitorOf(request.ip, request.headers['user-agent']);
      const click = await deps.banners.click(id, () => deps.marks.isFirst(id, visitor));
      if (!click.known) return notFound(reply);
      return redirect(reply, click.redirect ?? '/');
    });

    app.get<{ Params: { id: string } }>('/r/b/:id/i', hidden, async (request, reply) => {
      const { id } = request.params;
      if (!UUID.test(id)) return notFound(reply);
      const image = await deps.banners.impression(id);
      if (!image) return notFound(reply);
      return redirect(reply, image);
    });
  };
}

function redirect(reply: FastifyReply, location: string) {
  return reply.code(302).header('cache-control', 'no-store').header('x-robots-tag', 'noindex').redirect(location, 302);
}

function notFound(reply: FastifyReply) {
  return reply
    .code(404)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Không tìm thấy quảng cáo</title></head>' +
        '<body><h1>Quảng cáo này không còn</h1><p><a href="/">Về trang chủ Sàn giao dịch TMĐT Quảng Ngãi</a></p>' +
        '<p lang="en">This advertisement no longer exists. <a href="/en">Home</a></p></body></html>',
    );
}
