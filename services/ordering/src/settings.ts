import { settingsPart } from '@tradeqn/runtime';
import { Type } from 'typebox';

/** What ordering reads from the environment. */
export const OrderingEnvSchema = Type.Object({
  ORDER_PAYMENT_TTL_MINUTES: Type.Integer({ minimum: 1, maximum: 1440, default: 30 }),
  BANK_TRANSFER_TTL_HOURS: Type.Integer({ minimum: 1, maximum: 720, default: 48 }),
});

export interface OrderingSettings {
  /** How long an order waits for an online payment (VNPay, card) or a bank transfer before it is cancelled. */
  paymentTtl: { onlineMs: number; bankTransferMs: number };
  /** Reserved units go back by themselves if their order is not written within this time. */
  reservationHoldMs: number;
}

export const orderingSettings = settingsPart({
  env: OrderingEnvSchema,
  settings: (env): OrderingSettings => ({
    paymentTtl: { onlineMs: env.ORDER_PAYMENT_TTL_MINUTES * 60_000, bankTransferMs: env.BANK_TRANSFER_TTL_HOURS * 3_600_000 },
    reservationHoldMs: 15 * 60_000,
  }),
});
