import { settingsPart } from '@tradeqn/runtime';
import { Type } from 'typebox';

const optionalUrl = (description: string) => Type.Optional(Type.String({ pattern: '^https?://', description }));

/** What payments reads from the environment. */
export const PaymentsEnvSchema = Type.Object({
  STRIPE_SECRET_KEY: Type.Optional(Type.String({ pattern: '^sk_' })),
  STRIPE_WEBHOOK_SECRET: Type.Optional(Type.String({ pattern: '^whsec_' })),
  VNPAY_TMN_CODE: Type.Optional(Type.String()),
  VNPAY_HASH_SECRET: Type.Optional(Type.String()),
  VNPAY_URL: optionalUrl('VNPay payment page URL'),
  VNPAY_API_URL: optionalUrl('VNPay merchant API URL (refunds)'),
});

export interface PaymentsSettings {
  /** VNPay is on when its terminal code and secret are set. */
  vnpay: { tmnCode: string; hashSecret: string; payUrl: string; apiUrl?: string } | undefined;
  /** Card payments are on when the secret key and the webhook secret are set. */
  stripe: { secretKey: string; webhookSecret: string } | undefined;
}

export const paymentsSettings = settingsPart({
  env: PaymentsEnvSchema,
  problems(env) {
    const problems: string[] = [];
    if (Boolean(env.VNPAY_TMN_CODE) !== Boolean(env.VNPAY_HASH_SECRET)) {
      problems.push('VNPAY_TMN_CODE, VNPAY_HASH_SECRET: set both to turn VNPay on');
    }
    if (Boolean(env.STRIPE_SECRET_KEY) !== Boolean(env.STRIPE_WEBHOOK_SECRET)) {
      problems.push('STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET: set both to turn card payments on');
    }
    return problems;
  },
  settings: (env): PaymentsSettings => ({
    vnpay:
      env.VNPAY_TMN_CODE && env.VNPAY_HASH_SECRET
        ? {
            tmnCode: env.VNPAY_TMN_CODE,
            hashSecret: env.VNPAY_HASH_SECRET,
            payUrl: env.VNPAY_URL ?? 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html',
            ...(env.VNPAY_API_URL ? { apiUrl: env.VNPAY_API_URL } : {}),
          }
        : undefined,
    stripe:
      env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
        ? { secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET }
        : undefined,
  }),
});
