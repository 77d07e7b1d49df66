import { settingsPart } from '@tradeqn/runtime';
import { Type } from 'typebox';

/** What ordering reads from the environment. */
export const OrderingEnvSchema = Type.Object({
  ORDER_PAYMENT_TTL_MINUTES: Type.Integer({ minimum: 1, maximum: 1440, default: 30 }),
  BANK_TRANSFER_TTL_HOURS: Type.Integer({ minimum: 1, maximum: 720, default: 48 }),
  /** How long after delivery a buyer may complain about an order. */
  COMPLAINT_WINDOW_DAYS: Type.Integer({ minimum: 1, maximum: 365, default: 30 }),
  /** How long a seller has to answer a complaint before the province mediates by itself. */
  COMPLAINT_ANSWER_DAYS: Type.Integer({ minimum: 1, maximum: 30, default: 3 }),
  /** The province's mailbox told when a complaint needs mediation (none: staff see the console's queue). */
  COMPLAINT_MEDIATION_EMAIL: Type.Optional(Type.String({ format: 'email' })),
});

export interface OrderingSettings {
  /** How long an order waits for an online payment (VNPay, card) or a bank transfer before it is cancelled. */
  paymentTtl: { onlineMs: number; bankTransferMs: number };
  /** Reserved units go back by themselves if their order is not written within this time. */
  reservationHoldMs: number;
  complaints: { windowMs: number; answerMs: number; mediationEmail: string | null };
}

export const orderingSettings = settingsPart({
  env: OrderingEnvSchema,
  settings: (env): OrderingSettings => ({
    paymentTtl: { onlineMs: env.ORDER_PAYMENT_TTL_MINUTES * 60_000, bankTransferMs: env.BANK_TRANSFER_TTL_HOURS * 3_600_000 },
    reservationHoldMs: 15 * 60_000,
    complaints: {
      windowMs: env.COMPLAINT_WINDOW_DAYS * 86_400_000,
      answerMs: env.COMPLAINT_ANSWER_DAYS * 86_400_000,
      mediationEmail: env.COMPLAINT_MEDIATION_EMAIL ?? null,
    },
  }),
});
