import type { Db } from '@tradeqn/db';
import type { App } from '@tradeqn/kit';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { Type } from 'typebox';
import { campaignRecipients } from '../db/schema.ts';
import type { CampaignLinks } from './campaign-links.ts';
import { originOf } from './campaign-routes.ts';
import type { Subscriptions } from './subscriptions.ts';

// the smallest transparent GIF
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * The addresses in campaign e-mails: RFC 8058's one-click unsubscribe (a POST from the mail
 * client, answered without a page), and the open and click counters, which only ever record for
 * a recipient who agreed to be counted and only lead to the URL their token was signed for.
 */
export function campaignPages(deps: { db: Db; links: CampaignLinks; subscriptions: Subscriptions; publicUrl: string }) {
  // tokens go in the query: a path parameter is capped at 100 characters
  const querystring = Type.Object({ t: Type.String({ maxLength: 3000, pattern: '^[A-Za-z0-9_.-]+$' }) });
  return async (app: App) => {
    await app.register(async (scope) => {
      // mail clients post `List-Unsubscribe=One-Click` as a form; nothing in it is needed
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, done) =>
        done(null, {}),
      );

      scope.post<{ Querystring: { t: string } }>('/e/u', { schema: { hide: true, querystring } }, async (request, reply) => {
        try {
          await deps.subscriptions.unsubscribe(request.query.t, originOf(request));
        } catch {
          return reply.code(400).type('text/plain; charset=utf-8').send('Liên kết không hợp lệ. (Invalid link.)');
        }
        return reply.type('text/plain; charset=utf-8').send('Đã hủy nhận tin. (Unsubscribed.)');
      });

      // a person who opens the address sees the page with the button (a GET never unsubscribes:
      // link scanners open every address in a message)
      scope.get<{ Querystring: { t: string } }>('/e/u', { schema: { hide: true, querystring } }, async (request, reply) =>
        reply.redirect(deps.links.unsubscribePageUrl(request.query.t).replace(deps.publicUrl, ''), 303),
      );
    });

    app.get<{ Querystring: { t: string } }>('/e/o', { schema: { hide: true, querystring } }, async (request, reply) => {
      const claims = deps.links.open.verify(request.query.t);
      if (claims) {
        await deps.db
          .update(campaignRecipients)
          .set({ openedAt: sql`now()` })
          .where(
            and(eq(campaignRecipients.id, claims.r), eq(campaignRecipients.tracking, true), isNull(campaignRecipients.openedAt)),
          );
      }
      return reply.type('image/gif').header('cache-control', 'no-store').send(PIXEL);
    });

    app.get<{ Querystring: { t: string } }>('/e/c', { schema: { hide: true, querystring } }, async (request, reply) => {
      const claims = deps.links.click.verify(request.query.t);
      if (!claims || !/^https?:\/\//.test(claims.u)) return reply.redirect('/', 302);
      await deps.db
        .update(campaignRecipients)
        .set({
          clickedAt: sql`coalesce(${campaignRecipients.clickedAt}, now())`,
          openedAt: sql`coalesce(${campaignRecipients.openedAt}, now())`,
        })
        .where(and(eq(campaignRecipients.id, claims.r), eq(campaignRecipients.tracking, true)));
      return reply.redirect(claims.u, 302);
    });
  };
}
