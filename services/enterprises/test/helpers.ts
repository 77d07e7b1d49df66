import { queryRows } from '@tradeqn/db';
import type { TestPlatform } from '@tradeqn/runtime/testing';
import { createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { completeTaxCode } from '@tradeqn/vn';
import { sql } from 'drizzle-orm';

export { ADMIN } from '@tradeqn/testing';

export async function buildEnterprisesTestApp(env: Record<string, string> = {}): Promise<TestMarketplace> {
  return createTestMarketplace({ env });
}

export const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** inject options for a signed-in request, with a JSON body when given. */
export function as(person: { token: string } | null, body?: unknown) {
  return {
    headers: {
      ...(person ? { authorization: `Bearer ${person.token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  };
}

export async function waitForMailTo(t: TestPlatform, address: string, subjectPart = '') {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = t.smtp.messages.filter(
      (message) =>
        String(message.to && 'text' in message.to ? message.to.text : '').includes(address) &&
        String(message.subject).includes(subjectPart),
    );
    if (found.length > 0) return found;
    if (Date.now() > deadline) throw new Error(`no e-mail to ${address} with “${subjectPart}”`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function linkToken(text: string | undefined, path: string): string {
  const token = String(text).match(new RegExp(`${path}\\?token=([\\w.-]+)`))?.[1];
  if (!token) throw new Error(`no ${path} link in: ${text}`);
  return token;
}

export interface Person {
  token: string;
  userId: string;
  email: string;
}

/** A person who registered and confirmed their e-mail, signed in. */
export async function signUp(t: TestPlatform, email: string, options: { verify?: boolean } = {}): Promise<Person> {
  const registered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    ...json({ email, password: 'mat-khau-123', fullName: `Người dùng ${email.split('@')[0]}` }),
  });
  if (registered.statusCode !== 201) throw new Error(`register ${email}: ${registered.body}`);
  if (options.verify !== false) {
    const [mail] = await waitForMailTo(t, email, 'Xác nhận');
    const token = linkToken(mail?.text, '/verify-email');
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', ...json({ token }) });
  }
  return signIn(t, email, 'mat-khau-123');
}

export async function signIn(t: TestPlatform, email: string, password: string): Promise<Person> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', ...json({ email, password }) });
  if (response.statusCode !== 200) throw new Error(`login ${email}: ${response.body}`);
  const session = response.json();
  return { token: session.accessToken, userId: session.user.id, email: session.user.email };
}

let taxSeed = 430_020_000;
/** A fresh valid tax code for each call. */
export function nextTaxCode(): string {
  for (;;) {
    const code = completeTaxCode(String(taxSeed++));
    if (code) return code;
  }
}

export function enterpriseBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Hợp tác xã Tỏi Lý Sơn',
    taxCode: nextTaxCode(),
    type: 'cooperative',
    representative: 'Phạm Văn Tỏi',
    phone: '0255 3867 101',
    email: 'lienhe@toilyson.vn',
    address: { provinceCode: '51', wardCode: '21548', street: 'Thôn Đông, An Vĩnh' },
    sectors: ['Nông sản', 'đặc sản & OCOP'],
    description: 'Tỏi cô đơn trồng trên cát biển Lý Sơn',
    ...overrides,
  };
}

export async function createEnterprise(t: TestPlatform, owner: Person, overrides: Record<string, unknown> = {}) {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/enterprises', ...as(owner, enterpriseBody(overrides)) });
  if (response.statusCode !== 201) throw new Error(`create enterprise: ${response.body}`);
  return response.json() as { id: string; slug: string; status: string; taxCode: string };
}

export async function decide(t: TestPlatform, staff: Person, id: string, action: string, reason?: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/enterprises/${id}/${action}`,
    ...as(staff, reason ? { reason } : undefined),
  });
}

export async function countEnterpriseRows(t: TestPlatform, table = 'enterprises'): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.database.db, sql.raw(`SELECT count(*)::int AS n FROM enterprises.${table}`));
  return Number(row?.n);
}

export { expectProblem } from '@tradeqn/kit/testing';
