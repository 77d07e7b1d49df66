import {
  ADMIN,
  approvedEnterprise,
  as,
  createTestMarketplace,
  eventually,
  listeningLogger,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The mail server goes down while staff act: the e-mail handler fails and ends in the dead
// letters, and every other handler of the same event (the search index) still does its work.
let t: TestMarketplace;
const log = listeningLogger('error');
let admin: Person;
let owner: Person;
let enterpriseId: string;

beforeAll(async () => {
  t = await createTestMarketplace({ logger: log.logger });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@duongphen.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Cơ sở Đường phèn Bình Sơn');
});
afterAll(async () => {
  await t?.close();
});

const searchTotal = async () =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/products?enterpriseId=${enterpriseId}` })).json().total as number;

describe('with the mail server unreachable', () => {
  it('still takes a suspended seller out of search, and dead-letters only the e-mail', async () => {
    const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
      children: { id: string }[];
    }[];
    const categoryId = tree[0]?.children[0]?.id;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      ...as(owner, {
        enterpriseId,
        name: 'Đường phèn Bình Sơn',
        description: 'Đường phèn nấu thủ công theo cách truyền thống',
        categoryId,
        price: 60_000,
        unit: 'kg',
        stock: 40,
      }),
    });
    expect(created.statusCode).toBe(201);
    const product = created.json() as { id: string; version: number };
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/products/${product.id}/approve`,
      ...as(admin, { version: product.version }),
    });
    expect(approved.statusCode, approved.body).toBe(200);
    await eventually(async () => (await searchTotal()) === 1);

    await t.smtp.close();
    const suspended = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/enterprises/${enterpriseId}/suspend`,
      ...as(admin, { reason: 'Kiểm tra hồ sơ' }),
    });
    expect(suspended.statusCode).toBe(200);

    await eventually(async () => (await searchTotal()) === 0);
    const deadLetters = await eventually(async () => {
      const listed = await t.app.inject({ method: 'GET', url: '/api/v1/admin/jobs/dead-letters', ...as(admin) });
      const items = listed.json().items as { eventType: string; handler: string | null; error: string }[];
      const suspension = items.filter((item) => item.eventType === 'enterprises.enterprise.suspended');
      return suspension.length > 0 ? suspension : undefined;
    }, 20_000);
    // only the mail handler is dead: the index handler got the event through
    expect(deadLetters.map((letter) => letter.handler)).toEqual([expect.stringMatching(/mail|email/i)]);
    expect(deadLetters[0]?.error).toMatch(/ECONNREFUSED|connect|Greeting|closed/i);
    // each failed try is in the log with the handler, the event and the error
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        job: deadLetters[0]?.handler,
        eventType: 'enterprises.enterprise.suspended',
        eventId: expect.any(String),
        err: expect.objectContaining({ message: expect.any(String) }),
      }),
    );
  });
});
