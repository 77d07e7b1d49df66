import type { App } from '@tradeqn/kit';
import { redirectTo } from '../../http/send-page.ts';

/** `POST /dang-xuat`: ends the session in accounts (every device keeps its own) and drops the cookies. */
export async function signOutPages(app: App): Promise<void> {
  app.post('/dang-xuat', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (ctx.viewer) await ctx.api.post('/auth/logout');
    ctx.site.session.end(reply);
    return redirectTo(reply, ctx.href('/'));
  });
}
