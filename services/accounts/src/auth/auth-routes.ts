import type { App } from '@tradeqn/kit';
import {
  AppError,
  acceptEmptyBody,
  countBy,
  httpErrors,
  principalOf,
  problemResponses,
  requireUser,
  trimBodyFields,
} from '@tradeqn/kit';
import { Type } from 'typebox';
import { WRONG_CODES_PER_ACCOUNT } from '../two-factor/two-factor-routes.ts';
import { TwoFactorChallengeSchema, TwoFactorLoginBody } from '../two-factor/two-factor-schemas.ts';
import {
  LoginBody,
  LogoutBody,
  MeSchema,
  RefreshBody,
  RegisterBody,
  SessionSchema,
  StatusSchema,
  TokenBody,
  UserEnvelope,
} from './auth-schemas.ts';
import type { AuthService } from './auth-service.ts';
import { createLoginLimits, type LoginLimits } from './login-limits.ts';

export type { LoginLimits } from './login-limits.ts';

const tags = ['accounts'];

export function authRoutes(deps: { auth: AuthService; loginLimits: LoginLimits }) {
  return async (app: App) => {
    const { auth } = deps;
    const loginLimits = createLoginLimits(app, deps.loginLimits);

    app.post(
      '/auth/register',
      {
        preValidation: trimBodyFields('email', 'phone'),
        config: { rateLimit: { max: 20, timeWindow: '1 hour' } },
        schema: {
          tags,
          summary: 'Đăng ký tài khoản (register)',
          description: 'Tạo tài khoản và gửi thư xác nhận email chứa liên kết `<PUBLIC_URL>/verify-email?token=…`.',
          body: RegisterBody,
          response: { 201: UserEnvelope, ...problemResponses(400, 409, 429) },
        },
      },
      async (request, reply) => reply.code(201).send({ user: await auth.register(request.body) }),
    );

    app.post(
      '/auth/verify-email',
      {
        schema: {
          tags,
          summary: 'Xác nhận email bằng mã trong thư (verify e-mail)',
          body: TokenBody,
          response: { 200: UserEnvelope, ...problemResponses(400) },
        },
      },
      async (request) => ({ user: await auth.verifyEmail(request.body.token) }),
    );

    app.post(
      '/auth/resend-verification',
      {
        onRequest: requireUser,
        config: { rateLimit: { max: 5, timeWindow: '1 hour' } },
        schema: {
          tags,
          summary: 'Gửi lại thư xác nhận email (resend the verification e-mail)',
          security: [{ bearerAuth: [] }],
          response: { 202: StatusSchema, ...problemResponses(401, 404, 429) },
        },
      },
      async (request, reply) => reply.code(202).send({ status: await auth.requestVerification(principalOf(request).userId) }),
    );

    app.post(
      '/auth/login',
      {
        preValidation: trimBodyFields('email'),
        config: { rateLimit: { max: deps.loginLimits.perIpPerMinute, timeWindow: '1 minute' } },
        preHandler: loginLimits.check,
        schema: {
          tags,
          summary: 'Đăng nhập (sign in)',
          description:
            'Giới hạn số lần thử theo địa chỉ IP, và số lần sai mật khẩu theo tài khoản và địa chỉ (rate-limited per IP; wrong passwords limited per account and address). ' +
            'Tài khoản đã bật xác thực hai lớp nhận 202 với `challengeToken`: gửi nó cùng mã tới POST /auth/login/two-factor (accounts with two-factor on get a 202 and a challenge token for the code step).',
          body: LoginBody,
          response: { 200: SessionSchema, 202: TwoFactorChallengeSchema, ...problemResponses(400, 401, 429) },
        },
      },
      async (request, reply) => {
        try {
          const session = await auth.login(request.body.email, request.body.password);
          await loginLimits.succeeded(request);
          return 'twoFactorRequired' in session ? reply.code(202).send(session) : session;
        } catch (error) {
          if (error instanceof AppError && error.code === 'ACCOUNTS_INVALID_CREDENTIALS') await loginLimits.failed(request);
          throw error;
        }
      },
    );

    // wrong codes per account (from every address together): six digits are guessed in a million tries, never in ten
    const wrongCodes = countBy(app, {
      timeWindow: '15 minutes',
      key: (request) =>
        `two-factor-wrong:${auth.challengeUserId(String((request.body as { challengeToken?: unknown }).challengeToken ?? '')) ?? 'none'}`,
    });

    app.post(
      '/auth/login/two-factor',
      {
        config: { rateLimit: { max: deps.loginLimits.perIpPerMinute, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Bước hai của đăng nhập: mã xác thực (two-factor sign-in step)',
          description:
            'Mã 6 chữ số từ ứng dụng (mỗi mã chỉ dùng một lần) hoặc một mã khôi phục. Sai quá 10 lần trong 15 phút thì tài khoản bị tạm chặn bước này (429).',
          body: TwoFactorLoginBody,
          response: { 200: SessionSchema, ...problemResponses(400, 401, 429) },
        },
      },
      async (request) => {
        if ((await wrongCodes.read(request)).count >= WRONG_CODES_PER_ACCOUNT) throw httpErrors.HTTP_RATE_LIMITED();
        try {
          return await auth.completeTwoFactorLogin(request.body.challengeToken, request.body.code);
        } catch (error) {
          if (error instanceof AppError && error.code === 'ACCOUNTS_TWO_FACTOR_CODE_INVALID') await wrongCodes.add(request);
          throw error;
        }
      },
    );

    app.post(
      '/auth/refresh',
      {
        config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Đổi refresh token lấy cặp token mới (rotate tokens)',
          description: 'Mỗi refresh token chỉ dùng được một lần; dùng lại sẽ thu hồi cả phiên đăng nhập.',
          body: RefreshBody,
          response: { 200: SessionSchema, ...problemResponses(400, 401, 429) },
        },
      },
      async (request) => auth.refresh(request.body.refreshToken),
    );

    app.post(
      '/auth/logout',
      {
        preValidation: acceptEmptyBody,
        schema: {
          tags,
          summary: 'Đăng xuất (sign out)',
          description:
            'Thu hồi phiên đăng nhập: theo access token (header Authorization) hoặc theo refresh token trong thân yêu cầu.',
          body: LogoutBody,
          response: { 204: Type.Null({ description: 'Đã đăng xuất' }), ...problemResponses(400, 401) },
        },
      },
      async (request, reply) => {
        const refreshToken = request.body?.refreshToken;
        if (refreshToken) await auth.logout({ refreshToken });
        else {
          await requireUser(request);
          await auth.logout({ sessionId: principalOf(request).sessionId });
        }
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/me',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Thông tin người đang đăng nhập (the signed-in person)',
          security: [{ bearerAuth: [] }],
          response: { 200: MeSchema, ...problemResponses(401, 404) },
        },
      },
      async (request) => auth.me(principalOf(request).userId),
    );
  };
}
