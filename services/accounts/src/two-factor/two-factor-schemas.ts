import { SIGNED_LINK_PATTERN } from '@tradeqn/kit';
import { Type } from 'typebox';
import { SessionSchema } from '../auth/auth-schemas.ts';

/** Six digits from the app, or a recovery code (`ab3de-fg7hk`); spaces are ignored. */
const Code = Type.String({
  minLength: 6,
  maxLength: 20,
  pattern: '^[0-9A-Za-z -]+$',
  description: 'Mã 6 chữ số từ ứng dụng xác thực, hoặc một mã khôi phục',
  examples: ['123456'],
});

export const CodeBody = Type.Object({ code: Code }, { additionalProperties: false });

export const TwoFactorLoginBody = Type.Object(
  {
    challengeToken: Type.String({
      maxLength: 1000,
      pattern: SIGNED_LINK_PATTERN,
      description: 'Từ câu trả lời 202 của /auth/login',
    }),
    code: Code,
  },
  { additionalProperties: false },
);

export const TwoFactorChallengeSchema = Type.Object({
  twoFactorRequired: Type.Literal(true),
  challengeToken: Type.String({ description: 'Gửi kèm mã tới /auth/login/two-factor' }),
  expiresIn: Type.Integer({ description: 'Số giây còn hiệu lực', examples: [300] }),
});

export const TwoFactorStatusSchema = Type.Object({
  isEnabled: Type.Boolean(),
  isPending: Type.Boolean({ description: 'Đã tạo khoá bí mật nhưng chưa xác nhận bằng mã' }),
  recoveryCodesLeft: Type.Integer(),
});

export const TwoFactorSetupSchema = Type.Object({
  secret: Type.String({ description: 'Khoá bí mật (Base32) để nhập tay vào ứng dụng' }),
  otpauthUri: Type.String({ examples: ['otpauth://totp/...'] }),
  qrSvg: Type.String({ description: 'Mã QR của otpauthUri, dạng SVG' }),
});

export const TwoFactorEnabledSchema = Type.Object({
  recoveryCodes: Type.Array(Type.String(), { description: 'Chỉ hiện một lần; mỗi mã dùng được một lần' }),
  session: SessionSchema,
});
