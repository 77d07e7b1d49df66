import { createTestMarketplace, expectProblem, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;

// five wrong passwords per account and address; the account's own ceiling is ten times that
const PER_ADDRESS = 5;
const CEILING = 10 * PER_ADDRESS;

beforeAll(async () => {
  t = await createTestMarketplace({ env: { LOGIN_RATE_LIMIT_PER_IP: '60', LOGIN_RATE_LIMIT_PER_ACCOUNT: String(PER_ADDRESS) } });
});
afterAll(async () => {
  await t?.close();
});

const PASSWORD = 'mat-khau-dung-123';

async function registerPerson(email: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email, password: PASSWORD, fullName: 'Chủ tài khoản' }),
  });
  expect(response.statusCode, response.body).toBe(201);
}

function attempt(email: string, remoteAddress: string, password = 'wrong-password') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email, password }),
  });
}

async function statusesOf(count: number, email: string, remoteAddress: string, password?: string) {
  const statuses = [];
  for (let i = 0; i < count; i++) statuses.push((await attempt(email, remoteAddress, password)).statusCode);
  return statuses;
}

describe('wrong passwords are counted per account and address', () => {
  it('stop the address that sends them, not the owner signing in from elsewhere', async () => {
    await registerPerson('chu@example.vn');
    const attacker = '10.6.6.6';
    expect(await statusesOf(12, 'Chu@Example.vn', attacker)).toEqual([
      ...Array(PER_ADDRESS).fill(401),
      ...Array(12 - PER_ADDRESS).fill(429),
    ]);
    // the attacker's address is refused before its password is even looked at
    const blocked = await attempt('chu@example.vn', attacker, PASSWORD);
    expect(expectProblem(blocked, 429).code).toBe('HTTP_RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    // the owner, from their own address, gets in; a slip of the finger there does not lock them out either
    expect((await attempt('chu@example.vn', '10.1.1.1', PASSWORD)).statusCode).toBe(200);
    expect((await attempt('chu@example.vn', '10.1.1.1')).statusCode).toBe(401);
    expect((await attempt('chu@example.vn', '10.1.1.1', PASSWORD)).statusCode).toBe(200);
    // and the attacker's address may still try other accounts (within its per-minute allowance)
    expect((await attempt('someone-else@example.vn', attacker)).statusCode).toBe(401);
  });

  it('count only failures: signing in many times is never limited by them', async () => {
    await registerPerson('hay-dang-nhap@example.vn');
    const home = '10.2.2.2';
    expect(await statusesOf(PER_ADDRESS + 5, 'hay-dang-nhap@example.vn', home, PASSWORD)).toEqual(
      Array(PER_ADDRESS + 5).fill(200),
    );
    expect(await statusesOf(PER_ADDRESS + 1, 'hay-dang-nhap@example.vn', home)).toEqual([...Array(PER_ADDRESS).fill(401), 429]);
  });

  it('past a ceiling per account (guessing from many addresses), let in only addresses the account signed in from', async () => {
    await registerPerson('bi-do@example.vn');
    const owner = '10.3.3.3';
    expect((await attempt('bi-do@example.vn', owner, PASSWORD)).statusCode).toBe(200);
    const guessers = Array.from({ length: CEILING / PER_ADDRESS }, (_, i) => `10.7.0.${i + 1}`);
    for (const address of guessers)
      expect(await statusesOf(PER_ADDRESS, 'bi-do@example.vn', address)).toEqual(Array(PER_ADDRESS).fill(401));

    // a fresh address is refused even with the right password: it may be one more guesser
    expectProblem(await attempt('bi-do@example.vn', '10.7.1.1', PASSWORD), 429);
    expectProblem(await attempt('bi-do@example.vn', '10.7.1.2'), 429);
    // the owner's usual address still gets in
    expect((await attempt('bi-do@example.vn', owner, PASSWORD)).statusCode).toBe(200);
    // other accounts are not affected
    expect((await attempt('someone-else@example.vn', '10.7.1.1')).statusCode).toBe(401);
  });
});

describe('sign-in attempts are limited per IP address', () => {
  it('whichever accounts it tries, right or wrong', async () => {
    const statuses = [];
    for (let i = 0; i < 61; i++) statuses.push((await attempt(`user${i}@example.vn`, '10.9.9.9')).statusCode);
    expect(statuses).toEqual([...Array(60).fill(401), 429]);
    const response = await attempt('fresh@example.vn', '10.9.9.9');
    expect(response.statusCode).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });
});
