import type { TestPlatform } from '@tradeqn/runtime/testing';
import { createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { as, eventually, type Person, signIn } from '../../catalog/test/helpers.ts';

export {
  STRIPE_WEBHOOK_SECRET,
  signStripePayload,
  testStripeGateway,
  VNPAY,
} from '@tradeqn/testing';
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

export type MarketplaceTest = TestMarketplace;

/** The whole marketplace on one fresh database: accounts, enterprises, catalog, payments, ordering. */
export async function buildMarketplaceTestApp(
  options: { paymentTtlMs?: number; vnpayApiUrl?: string } = {},
): Promise<MarketplaceTest> {
  const ttl = options.paymentTtlMs;
  return createTestMarketplace({
    env: options.vnpayApiUrl ? { VNPAY_API_URL: options.vnpayApiUrl } : {},
    overrides: ttl ? { settings: { ordering: { paymentTtl: { onlineMs: ttl, bankTransferMs: ttl } } } } : {},
  });
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
