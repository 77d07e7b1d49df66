import { accountsMigrations } from '@tradeqn/accounts';
import { catalogMigrations } from '@tradeqn/catalog';
import { enterprisesMigrations } from '@tradeqn/enterprises';
import { createPaymentsModule, paymentsMigrations, paymentsSettings, type StripeGateway } from '@tradeqn/payments';
import { createTestPlatform, type TestPlatform } from '@tradeqn/runtime/testing';
import Stripe from 'stripe';
import {
  ADMIN,
  as,
  catalogTestModules,
  catalogTestServices,
  eventually,
  type Person,
  signIn,
} from '../../catalog/test/helpers.ts';
import { createOrderingModule, type OrderingModule, orderingMigrations, orderingSettings } from '../src/index.ts';

export {
  ADMIN,
  approvedEnterprise,
  as,
  eventually,
  expectProblem,
  type Person,
  signIn,
  signUp,
} from '../../catalog/test/helpers.ts';

export const VNPAY = {
  tmnCode: 'QNGTEST1',
  hashSecret: 'VNPAYTESTSECRET0123456789ABCDEF',
  payUrl: 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html',
};
export const STRIPE_WEBHOOK_SECRET = 'whsec_test_quangngai';

/**
 * Stripe's servers cannot be reached here: where STRIPE_SECRET_KEY is set the real API makes the
 * PaymentIntent; elsewhere intents get local ids. Webhooks are verified by the real library either way.
 */
export function testStripeGateway(): StripeGateway & {
  cancelled: string[];
  refunds: { paymentIntentId: string; amount: number; idempotencyKey: string }[];
  /** While true, a refund fails as if Stripe could not be reached. */
  isDown: boolean;
} {
  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_test_offline');
  let next = 0;
  const cancelled: string[] = [];
  const refunds: { paymentIntentId: string; amount: number; idempotencyKey: string }[] = [];
  return {
    cancelled,
    refunds,
    isDown: false,
    async refundPayment(input) {
      if (this.isDown) throw new Error('connect ECONNREFUSED api.stripe.com');
      if (process.env.STRIPE_SECRET_KEY) {
        const refund = await stripe.refunds.create(
          { payment_intent: input.paymentIntentId, amount: input.amount },
          { idempotencyKey: input.idempotencyKey },
        );
        refunds.push(input);
        return { id: refund.id, status: refund.status ?? 'pending' };
      }
      // Stripe's own idempotency: the same key refunds once
      if (!refunds.some((one) => one.idempotencyKey === input.idempotencyKey)) refunds.push(input);
      return { id: `re_offline_${input.idempotencyKey.slice(-12)}`, status: 'succeeded' };
    },
    async cancelPaymentIntent(id) {
      if (process.env.STRIPE_SECRET_KEY) await stripe.paymentIntents.cancel(id);
      cancelled.push(id);
    },
    async createPaymentIntent(input) {
      if (process.env.STRIPE_SECRET_KEY) {
        const intent = await stripe.paymentIntents.create(
          { amount: input.amount, currency: 'vnd', metadata: { paymentId: input.paymentId } },
          { idempotencyKey: input.idempotencyKey },
        );
        return { id: intent.id, clientSecret: String(intent.client_secret) };
      }
      next += 1;
      const id = `pi_offline_${Date.now().toString(36)}${next}`;
      return { id, clientSecret: `${id}_secret_offline` };
    },
    async verifyEvent(rawBody, signature) {
      return stripe.webhooks.constructEvent(rawBody, signature, STRIPE_WEBHOOK_SECRET);
    },
  };
}

export function signStripePayload(payload: string, secret = STRIPE_WEBHOOK_SECRET): string {
  return new Stripe('sk_test_offline').webhooks.generateTestHeaderString({ payload, secret });
}

export type MarketplaceTest = TestPlatform<
  typeof catalogTestServices & { payments: typeof paymentsSettings; ordering: typeof orderingSettings }
> & {
  ordering: OrderingModule;
  payments: ReturnType<typeof createPaymentsModule>;
  /** The card gateway the payments service was given (it records the intents it cancelled). */
  stripe: ReturnType<typeof testStripeGateway>;
};

/** The whole marketplace on one fresh database: accounts, enterprises, catalog, payments, ordering. */
export async function buildMarketplaceTestApp(
  options: { paymentTtlMs?: number; vnpayApiUrl?: string } = {},
): Promise<MarketplaceTest> {
  let ordering: OrderingModule | undefined;
  let payments: ReturnType<typeof createPaymentsModule> | undefined;
  const stripe = testStripeGateway();
  const t = await createTestPlatform({
    migrations: [accountsMigrations, enterprisesMigrations, catalogMigrations, paymentsMigrations, orderingMigrations],
    env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
    services: { ...catalogTestServices, payments: paymentsSettings, ordering: orderingSettings },
    modules: (infra, settings) => {
      const { accounts, enterprises, catalog } = catalogTestModules(infra, settings);
      payments = createPaymentsModule({
        db: infra.database.db,
        enterprises: enterprises.api,
        publicUrl: settings.core.publicUrl,
        settings: { ...settings.payments, vnpay: { ...VNPAY, ...(options.vnpayApiUrl ? { apiUrl: options.vnpayApiUrl } : {}) } },
        stripeGateway: stripe,
      });
      ordering = createOrderingModule({
        db: infra.database.db,
        mailer: infra.mailer,
        accounts: accounts.api,
        enterprises: enterprises.api,
        catalog: catalog.api,
        payments: payments.api,
        publicUrl: settings.core.publicUrl,
        settings: {
          ...settings.ordering,
          ...(options.paymentTtlMs
            ? { paymentTtl: { onlineMs: options.paymentTtlMs, bankTransferMs: options.paymentTtlMs } }
            : {}),
        },
      });
      return [accounts, enterprises, catalog, payments, ordering];
    },
  });
  return Object.assign(t, { ordering: ordering as OrderingModule, payments: payments as NonNullable<typeof payments>, stripe });
}

/** A product listed by `owner` for `enterpriseId` and approved by `admin`; answers its id. */
export async function approvedProduct(
  t: TestPlatform,
  owner: Person,
  admin: Person,
  enterpriseId: string,
  fields: Record<string, unknown> = {},
): Promise<string> {
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    slug: string;
    children: { id: string }[];
  }[];
  const categoryId = tree.find((node) => node.slug === 'nong-san')?.children[0]?.id;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, {
      enterpriseId,
      name: 'Tỏi Lý Sơn',
      description: 'Tỏi một tép trồng trên cát đảo Lý Sơn',
      categoryId,
      price: 100_000,
      unit: 'kg',
      stock: 100,
      ...fields,
    }),
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = created.json().id as string;
  const approved = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/products/${id}/approve`,
    ...as(admin, { version: created.json().version }),
  });
  if (approved.statusCode !== 200) throw new Error(approved.body);
  return id;
}

export const ADDRESS = {
  fullName: 'Nguyễn Thị Mua',
  phone: '0905 123 456',
  provinceCode: '51',
  wardCode: '21548',
  street: '12 Lê Lợi',
};

/** Many verified buyers at once: all register, then each confirms the link mailed to them and signs in. */
export async function signUpMany(t: TestPlatform, emails: string[]): Promise<Person[]> {
  await Promise.all(
    emails.map((email, index) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        // each buyer from their own address: registration is rate-limited per IP
        remoteAddress: `10.1.${Math.floor(index / 250)}.${(index % 250) + 1}`,
        ...as(null, { email, password: 'mat-khau-123', fullName: 'Khách Mua' }),
      }),
    ),
  );
  const tokens = await eventually(async () => {
    const found = emails.map((email) => {
      const mail = t.smtp.messages.find((message) => JSON.stringify(message.to).includes(email));
      return String(mail?.text ?? '').match(/verify-email\?token=([\w.-]+)/)?.[1];
    });
    return found.every(Boolean) ? (found as string[]) : undefined;
  }, 30_000);
  await Promise.all(
    tokens.map((token) => t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', ...as(null, { token }) })),
  );
  return Promise.all(emails.map((email) => signIn(t, email, 'mat-khau-123')));
}
