import { type App, countBy, principalOf, problemResponses, requireUser, trimBodyFields } from '@tradeqn/kit';
import { Type } from 'typebox';
import { TwoFactorChallengeSchema } from '../two-factor/two-factor-schemas.ts';
import { normalizeEmail } from '../users/user-mapping.ts';
import { ChangePasswordBody, ForgotPasswordBody, ResetPasswordBody, SessionSchema, StatusSchema } from './auth-schemas.ts';
import type { PasswordService } from './password-service.ts';

const tags = ['accounts'];

/** Reset e-mails one address may receive an hour; past it the request is answered alike and nothing is sent. */
export const RESET_MAILS_PER_ADDRESS_PER_HOUR = 3;

export function passwordRoutes(deps: { passwords: PasswordService }) {
  return async (app: App) => {
    const { passwords } = deps;
    // counted whether or not the address has an account, so the answer cannot tell them apart
    const mailsToAddress = countBy(app, {
      timeWindow: '1 hour',
      key: (request) => `password-reset:${normalizeEmail(String((request.body as { email?: unknown }).email ?? ''))}`,
    });

    app.post(
      '/auth/password/forgot',
      {
        preValidation: trimBodyFields('email'),
        config: { rateLimit: { max: 10, timeWindow: '1 hour' } },
        schema: {
          tags,
          summary: 'Quên mật khẩu: gửi liên kết đặt lại (forgot password)',
          description:
            'Luôn trả lời 202, dù email có tài khoản hay không. Nếu có, thư chứa liên kết `<PUBLIC_URL>/dat-lai-mat-khau?token=…` có hiệu lực 1 giờ và chỉ dùng được một lần. Giới hạn theo địa chỉ IP (10 lần một giờ, quá thì 429) và theo email (3 thư một giờ; quá thì vẫn 202 nhưng không gửi thêm).',
          body: ForgotPasswordBody,
          response: { 202: StatusSchema, ...problemResponses(400, 429) },
        },
      },
      async (request, reply) => {
        const sent = await mailsToAddress.add(request);
        if (sent.count <= RESET_MAILS_PER_ADDRESS_PER_HOUR) await passwords.requestReset(request.body.email);
        return reply.code(202).send({ status: 'accepted' });
      },
    );

    app.post(
      '/auth/password/reset',
      {
        config: { rateLimit: { max: 20, timeWindow: '1 hour' } },
        schema: {
          tags,
          summary: 'Đặt mật khẩu mới bằng liên kết trong thư (reset password)',
          description:
            'Đặt mật khẩu mới, kết thúc mọi phiên đăng nhập của người đó (access token đã cấp còn hiệu lực tối đa 15 phút) và trả về một phiên mới; tài khoản đã bật xác thực hai lớp nhận 202 với `challengeToken` cho bước nhập mã (POST /auth/login/two-factor). Liên kết hết hạn, đã dùng, hoặc sai: 400.',
          body: ResetPasswordBody,
          response: { 200: SessionSchema, 202: TwoFactorChallengeSchema, ...problemResponses(400, 429) },
        },
      },
      async (request, reply) => {
        const answer = await passwords.reset(request.body.token, request.body.password);
        // two-factor on: the password is changed, and signing in continues with the code step
        return 'twoFactorRequired' in answer ? reply.code(202).send(answer) : answer;
      },
    );

    app.post(
      '/auth/password/change',
      {
        onRequest: requireUser,
        config: { rateLimit: { max: 10, timeWindow: '15 minutes' } },
        schema: {
          tags,
          summary: 'Đổi mật khẩu khi đã đăng nhập (change password)',
          description:
            'Cần mật khẩu hiện tại. Các phiên đăng nhập khác của người đó kết thúc (access token đã cấp còn hiệu lực tối đa 15 phút); phiên đang dùng vẫn giữ.',
          security: [{ bearerAuth: [] }],
          body: ChangePasswordBody,
          response: { 204: Type.Null({ description: 'Đã đổi mật khẩu' }), ...problemResponses(400, 401, 404, 429) },
        },
      },
      async (request, reply) => {
        const { userId, sessionId } = principalOf(request);
        await passwords.change({ userId, sessionId, ...request.body });
        return reply.code(204).send(null);
      },
    );
  };
}
