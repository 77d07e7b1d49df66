import { queryRows } from '@tradeqn/db';
import { as, createTestMarketplace, eventually, linkToken, signUp, type TestMarketplace, waitForMailTo } from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;

const statusOf = async (email: string) =>
  (await queryRows<{ status: string }>(t.database.db, sql`SELECT status FROM marketing.subscribers WHERE email = ${email}`))[0]
    ?.status;

beforeAll(async () => {
  t = await createTestMarketplace();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('marketing consent withdrawn in the account', () => {
  it('unsubscribes the person from the newsletter through accounts’ event; giving it does not subscribe anyone', async () => {
    const reader = await signUp(t, 'doc-gia@example.vn');
    const bystander = await signUp(t, 'nguoi-ben@example.vn');
    for (const person of [reader, bystander]) {
      const asked = await t.app.inject({
        method: 'POST',
        url: '/api/v1/newsletter/subscriptions',
        ...as(person, { email: person.email, consent: true }),
      });
      expect(asked.statusCode, asked.body).toBe(202);
      const [mail] = await waitForMailTo(t, person.email, 'Xác nhận đăng ký');
      const token = linkToken(mail?.text, '/ban-tin/xac-nhan');
      const confirmed = await t.app.inject({ method: 'POST', url: '/api/v1/newsletter/confirm', ...as(null, { token }) });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
    }
    expect(await statusOf(reader.email)).toBe('confirmed');

    const version = (await t.accounts.api.getConsent(reader.userId, 'marketing')).currentWordingVersion;
    const decide = (isGranted: boolean) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/me/consents/marketing',
        ...as(reader, { isGranted, wordingVersion: version }),
      });
    expect((await decide(true)).statusCode).toBe(200);
    expect((await decide(false)).statusCode).toBe(200);
    await eventually(async () => ((await statusOf(reader.email)) === 'unsubscribed' ? true : undefined), 15_000);
    const withdrawals = await queryRows<{ action: string; user_agent: string }>(
      t.database.db,
      sql`SELECT action, user_agent FROM marketing.consents WHERE email = ${reader.email} AND action = 'withdrawn'`,
    );
    expect(withdrawals).toEqual([{ action: 'withdrawn', user_agent: 'accounts' }]);
    // someone else's subscription is untouched
    expect(await statusOf(bystander.email)).toBe('confirmed');
  });
});
