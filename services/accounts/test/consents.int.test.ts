import { queryRows } from '@tradeqn/db';
import { as, countRows, createTestMarketplace, expectProblem, type Person, signUp, type TestMarketplace } from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let buyer: Person;
let other: Person;

const api = (method: 'GET' | 'PUT', url: string, person: Person | null, body?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, remoteAddress: '203.0.113.7', ...as(person, body) });

beforeAll(async () => {
  t = await createTestMarketplace();
  [buyer, other] = [await signUp(t, 'dong-y@example.vn'), await signUp(t, 'nguoi-khac@example.vn')];
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('consent per purpose', () => {
  it('counts every purpose as refused until the person decides', async () => {
    const answer = await api('GET', '/me/consents', buyer);
    expect(answer.statusCode).toBe(200);
    expect(answer.json().items).toEqual(
      ['account', 'marketing', 'tracking'].map((purpose) => ({
        purpose,
        isGranted: false,
        wordingVersion: null,
        currentWordingVersion: expect.any(String),
        decidedAt: null,
      })),
    );
    expect(await t.accounts.api.getConsent(buyer.userId, 'tracking')).toMatchObject({ isGranted: false, decidedAt: null });
    expectProblem(await api('GET', '/me/consents', null), 401);
  });

  it('records giving and withdrawing with the wording version, time and address, keeping the history', async () => {
    const version = (await api('GET', '/me/consents', buyer)).json().items[1].currentWordingVersion as string;
    const given = await api('PUT', '/me/consents/marketing', buyer, { isGranted: true, wordingVersion: version });
    expect(given.statusCode).toBe(200);
    expect(given.json()).toMatchObject({ purpose: 'marketing', isGranted: true, wordingVersion: version });
    expect(await t.accounts.api.getConsent(buyer.userId, 'marketing')).toMatchObject({ isGranted: true });
    const withdrawn = await api('PUT', '/me/consents/marketing', buyer, { isGranted: false, wordingVersion: version });
    expect(withdrawn.json()).toMatchObject({ isGranted: false });
    expect(await t.accounts.api.getConsent(buyer.userId, 'marketing')).toMatchObject({ isGranted: false });
    // another person's answers are theirs alone
    expect((await t.accounts.api.getConsent(other.userId, 'marketing')).isGranted).toBe(false);
    const history = (await api('GET', '/me/consents/history', buyer)).json().items;
    expect(history).toEqual([
      expect.objectContaining({ purpose: 'marketing', isGranted: false, wordingVersion: version, ip: '203.0.113.7' }),
      expect.objectContaining({ purpose: 'marketing', isGranted: true, wordingVersion: version, ip: '203.0.113.7' }),
    ]);
    expect((await api('GET', '/me/consents/history', other)).json().items).toEqual([]);
    // each decision is announced for the services that act on it
    const events = await queryRows<{ payload: { purpose: string; isGranted: boolean } }>(
      t.database.db,
      sql`SELECT payload FROM accounts.outbox WHERE type = 'accounts.consent.changed' ORDER BY occurred_at`,
    );
    expect(events.map((event) => event.payload.isGranted)).toEqual([true, false]);
  });

  it('refuses an unknown purpose, a stale wording and a bad body, writing nothing', async () => {
    expectProblem(await api('PUT', '/me/consents/everything', buyer, { isGranted: true, wordingVersion: 'x' }), 400);
    expectProblem(await api('PUT', '/me/consents/tracking', buyer, { isGranted: true, wordingVersion: '2000-01-01' }), 409);
    expectProblem(await api('PUT', '/me/consents/tracking', buyer, { isGranted: 'yes', wordingVersion: 'x' }), 400);
    expectProblem(await api('PUT', '/me/consents/tracking', null, { isGranted: true, wordingVersion: 'x' }), 401);
    expect((await t.accounts.api.getConsent(buyer.userId, 'tracking')).isGranted).toBe(false);
  });

  it('never rewrites the history: the table refuses UPDATE and DELETE', async () => {
    const refusal = (statement: ReturnType<typeof sql>) =>
      t.database.db.execute(statement).then(
        () => null,
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(await refusal(sql`UPDATE accounts.consents SET is_granted = true`)).toMatch(/append-only/);
    expect(await refusal(sql`DELETE FROM accounts.consents`)).toMatch(/append-only/);
    expect(await countRows(t, 'accounts.consents')).toBe(2);
  });
});
