import type { App } from '@tradeqn/kit';
import { acceptEmptyBody, countBy, httpErrors, principalOf, problemResponses, requireUser } from '@tradeqn/kit';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AuthService } from '../auth/auth-service.ts';
import { CodeBody, TwoFactorEnabledSchema, TwoFactorSetupSchema, TwoFactorStatusSchema } from './two-factor-schemas.ts';
import type { TwoFactorService } from './two-factor-service.ts';

const tags = ['accounts'];
/** Wrong codes one account may send in a quarter of an hour, in set-up, sign-in and disabling together. */
export const WRONG_CODES_PER_ACCOUNT = 10;

/** `/me/two-factor`: a person sets up, confirms and turns off their own second factor. */
export function twoFactorRoutes(deps: { twoFactor: TwoFactorService; auth: AuthService }) {
  return async (app: App) => {
    const { twoFactor, auth } = deps;
    const wrongCodes = countBy(app, {
      timeWindow: '15 minutes',
      key: (request) => `two-factor-wrong:${principalOf(request).userId}`,
    });
    const security = [{ bearerAuth: [] }];
    // wrong codes are counted per account, so guessing is slow whatever the addresses
    const guarded = async <T>(request: FastifyRequest, run: () => Promise<T>): Promise<T> => {
      if ((await wrongCodes.read(request)).count >= WRONG_CODES_PER_ACCOUNT) throw httpErrors.HTTP_RATE_LIMITED();
      try {
        return await run();
      } catch (error) {
        if ((error as { code?: string }).code === 'ACCOUNTS_TWO_FACTOR_CODE_INVALID') await wrongCodes.add(request);
        throw error;
      }
    };

    app.get(
      '/me/two-factor',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Trạng thái xác thực hai lớp (two-factor status)',
          security,
          response: { 200: TwoFactorStatusSchema, ...problemResponses(401) },
        },
      },
      async (request) => twoFactor.status(principalOf(request).userId),
    );

    app.post(
      '/me/two-factor/setup',
      {
        onRequest: requireUser,
        preValidation: acceptEmptyBody,
        config: { rateLimit: { max: 20, timeWindow: '1 hour' } },
        schema: {
          tags,
          summary: 'Bắt đầu thiết lập xác thực hai lớp: khoá bí mật và mã QR (start two-factor set-up)',
          description: 'Khoá chỉ có hiệu lực sau khi xác nhận bằng một mã từ ứng dụng (POST /me/two-factor/confirm).',
          security,
          body: Type.Object({}, { additionalProperties: false }),
          response: { 200: TwoFactorSetupSchema, ...problemResponses(401, 404, 409, 429) },
        },
      },
      async (request) => twoFactor.beginSetup(principalOf(request).userId),
    );

    app.post(
      '/me/two-factor/confirm',
      {
        onRequest: requireUser,
        config: { rateLimit: { max: 30, timeWindow: '15 minutes' } },
        schema: {
          tags,
          summary: 'Xác nhận thiết lập bằng một mã; nhận mã khôi phục (confirm two-factor)',
          description:
            'Bật xác thực hai lớp. Phiên hiện tại kết thúc; câu trả lời mang phiên mới đã qua xác thực hai lớp và 10 mã khôi phục (chỉ hiện một lần).',
          security,
          body: CodeBody,
          response: { 200: TwoFactorEnabledSchema, ...problemResponses(400, 401, 409, 429) },
        },
      },
      async (request) => {
        const { userId, sessionId } = principalOf(request);
        const done = await guarded(request, () =>
          twoFactor.confirmSetup(userId, request.body.code, (tx) => auth.startTwoFactorSession(tx, userId, sessionId)),
        );
        return { recoveryCodes: done.recoveryCodes, session: done.outcome };
      },
    );

    app.post(
      '/me/two-factor/disable',
      {
        onRequest: requireUser,
        config: { rateLimit: { max: 30, timeWindow: '15 minutes' } },
        schema: {
          tags,
          summary: 'Tắt xác thực hai lớp bằng một mã (turn two-factor off)',
          description: 'Cán bộ tỉnh sẽ không vào được khu quản trị cho tới khi bật lại.',
          security,
          body: CodeBody,
          response: { 204: Type.Null({ description: 'Đã tắt' }), ...problemResponses(400, 401, 409, 429) },
        },
      },
      async (request, reply) => {
        await guarded(request, () => twoFactor.disable(principalOf(request).userId, request.body.code));
        return reply.code(204).send(null);
      },
    );
  };
}
