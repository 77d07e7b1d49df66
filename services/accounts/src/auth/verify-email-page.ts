import type { App } from '@tradeqn/kit';
import { Type } from 'typebox';

/** The site's page that confirms an address (services/web, `/xac-minh-email`). */
export const VERIFY_EMAIL_PAGE = '/xac-minh-email';

/**
 * `GET /verify-email?token=…`, the link in the verification e-mail (and in every e-mail already
 * sent): moves permanently to the site's own page, which confirms the address and says what next.
 * The token is passed on untouched; the page, through `POST /auth/verify-email`, decides on it.
 */
export function verifyEmailPage() {
  return async (app: App) => {
    app.get(
      '/verify-email',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Liên kết xác nhận email trong thư: chuyển tới trang /xac-minh-email (verification link)',
          querystring: Type.Object({ token: Type.String({ maxLength: 1000 }) }),
          produces: ['text/html'],
        },
      },
      async (request, reply) => {
        const target = `${VERIFY_EMAIL_PAGE}?${new URLSearchParams({ token: request.query.token })}`;
        return reply.code(301).header('cache-control', 'no-store').redirect(target, 301);
      },
    );
  };
}
