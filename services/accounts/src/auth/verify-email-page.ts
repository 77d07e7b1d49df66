import type { App } from '@tradeqn/kit';
import { AppError } from '@tradeqn/kit';
import { escapeHtml } from '@tradeqn/mail';
import { Type } from 'typebox';
import type { AuthService } from './auth-service.ts';

/**
 * `GET /verify-email?token=…`, the link in the verification e-mail: confirms the address and
 * shows the outcome. A second visit is harmless (the address stays confirmed).
 */
export function verifyEmailPage(deps: { auth: AuthService }) {
  return async (app: App) => {
    app.get(
      '/verify-email',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Trang xác nhận email mở từ liên kết trong thư (verification link)',
          querystring: Type.Object({ token: Type.String({ maxLength: 1000 }) }),
          produces: ['text/html'],
        },
      },
      async (request, reply) => {
        let ok = false;
        try {
          await deps.auth.verifyEmail(request.query.token);
          ok = true;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
        }
        const title = ok ? 'Email đã được xác nhận' : 'Liên kết không hợp lệ hoặc đã hết hạn';
        const text = ok
          ? 'Cảm ơn bạn. Bạn có thể đăng nhập, đăng ký doanh nghiệp và đặt hàng trên sàn.'
          : 'Hãy đăng nhập và yêu cầu gửi lại thư xác nhận.';
        return reply
          .code(ok ? 200 : 400)
          .type('text/html; charset=utf-8')
          .send(
            `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body style="font-family:Arial,sans-serif;max-width:560px;margin:48px auto;padding:0 16px"><p style="color:#0b6e4f;font-weight:700">Sàn giao dịch TMĐT Quảng Ngãi</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="/">Về trang chủ</a></p></body></html>`,
          );
      },
    );
  };
}
