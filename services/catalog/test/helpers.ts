import type { CatalogSettings } from '@tradeqn/catalog';
import type { TestPlatform } from '@tradeqn/runtime/testing';
import { ADMIN, createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';

export { ADMIN };

/** The whole marketplace on one fresh database (`config`: catalog's settings, e.g. a Meilisearch). */
export async function buildCatalogTestApp(config: Partial<CatalogSettings> = {}): Promise<TestMarketplace> {
  return createTestMarketplace({ overrides: { settings: { catalog: config } } });
}

export interface Person {
  token: string;
  userId: string;
}

export function as(person: Person | null, body?: unknown) {
  return {
    headers: {
      ...(person ? { authorization: `Bearer ${person.token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  };
}

export async function signIn(t: TestPlatform, email: string, password: string): Promise<Person> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', ...as(null, { email, password }) });
  if (response.statusCode !== 200) throw new Error(`login ${email}: ${response.body}`);
  return { token: response.json().accessToken, userId: response.json().user.id };
}

/** A verified person: registered, confirmed through the mailed link, signed in. */
export async function signUp(t: TestPlatform, email: string): Promise<Person> {
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    ...as(null, { email, password: 'mat-khau-123', fullName: 'Người Bán' }),
  });
  const token = await eventually(async () => {
    const mail = t.smtp.messages.find((message) =>
      String(message.to && 'text' in message.to ? message.to.text : '').includes(email),
    );
    return String(mail?.text ?? '').match(/verify-email\?token=([\w.-]+)/)?.[1];
  });
  await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', ...as(null, { token }) });
  return signIn(t, email, 'mat-khau-123');
}

/** Polls until `check` gives a value (jobs run in the background). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let taxSeed = 430_050_000;
export function nextTaxCode(): string {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  for (;;) {
    const nine = String(taxSeed++);
    const check = 10 - (weights.reduce((sum, weight, index) => sum + weight * Number(nine[index]), 0) % 11);
    if (check !== 10) return `${nine}${check}`;
  }
}

/** A verified (approved) enterprise owned by `owner`. */
export async function approvedEnterprise(
  t: TestPlatform,
  owner: Person,
  admin: Person,
  name: string,
  type: 'company' | 'cooperative' | 'household' = 'cooperative',
): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/enterprises',
    ...as(owner, {
      name,
      taxCode: nextTaxCode(),
      type,
      representative: 'Người Đại Diện',
      phone: '0905123456',
      email: 'lienhe@example.vn',
      address: { provinceCode: '51', wardCode: '21548', street: 'Thôn Đông' },
    }),
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = created.json().id as string;
  await t.app.inject({ method: 'POST', url: `/api/v1/admin/enterprises/${id}/approve`, ...as(admin) });
  return id;
}

export { expectProblem } from '@tradeqn/kit/testing';
