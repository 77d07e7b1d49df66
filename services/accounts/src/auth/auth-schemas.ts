import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SIGNED_LINK_PATTERN } from '@tradeqn/kit';
import { Type } from 'typebox';
import { UserSchema } from '../contract/index.ts';

const Email = Type.String({ format: 'email', maxLength: 254, examples: ['nguyenvana@example.vn'] });

export const RegisterBody = Type.Object(
  {
    email: Email,
    password: Type.String({
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
      description: `Ít nhất ${PASSWORD_MIN_LENGTH} ký tự, khác địa chỉ email`,
      examples: ['Mật-khẩu-2026'],
    }),
    fullName: Type.String({ minLength: 2, maxLength: 120, pattern: '\\S', examples: ['Nguyễn Văn A'] }),
    phone: Type.Optional(Type.String({ maxLength: 20, description: 'Số điện thoại Việt Nam', examples: ['0912345678'] })),
  },
  { additionalProperties: false },
);

export const LoginBody = Type.Object(
  { email: Email, password: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);

const OpaqueToken = Type.String({ minLength: 20, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' });

export const TokenBody = Type.Object(
  { token: Type.String({ maxLength: 1000, pattern: SIGNED_LINK_PATTERN, description: 'Mã trong liên kết xác nhận' }) },
  { additionalProperties: false },
);
export const RefreshBody = Type.Object({ refreshToken: OpaqueToken }, { additionalProperties: false });
export const LogoutBody = Type.Object({ refreshToken: Type.Optional(OpaqueToken) }, { additionalProperties: false });

export const UserEnvelope = Type.Object({ user: Type.Ref('User') });

export const SessionSchema = Type.Object({
  accessToken: Type.String({ description: 'JWT; gửi trong header Authorization: Bearer' }),
  refreshToken: Type.String({ description: 'Dùng một lần với /auth/refresh' }),
  tokenType: Type.Literal('Bearer'),
  expiresIn: Type.Integer({ description: 'Số giây accessToken còn hiệu lực', examples: [900] }),
  user: Type.Ref('User'),
});

export const MeSchema = Type.Object({
  ...UserSchema.properties,
  enterprises: Type.Array(Type.Object({ id: Type.String(), role: Type.String({ examples: ['owner'] }) })),
});

export const StatusSchema = Type.Object({ status: Type.String() });

const NewPassword = Type.String({
  minLength: PASSWORD_MIN_LENGTH,
  maxLength: PASSWORD_MAX_LENGTH,
  description: `Ít nhất ${PASSWORD_MIN_LENGTH} ký tự, khác địa chỉ email`,
});

export const ForgotPasswordBody = Type.Object({ email: Email }, { additionalProperties: false });

export const ResetPasswordBody = Type.Object(
  {
    token: Type.String({ maxLength: 1000, pattern: SIGNED_LINK_PATTERN, description: 'Mã trong liên kết đặt lại mật khẩu' }),
    password: NewPassword,
  },
  { additionalProperties: false },
);

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 128 }), newPassword: NewPassword },
  { additionalProperties: false },
);
