import type { TestPlatform } from '@tradeqn/runtime/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccountsTestApp, expectProblem } from './helpers.ts';

let t: TestPlatform;

beforeAll(async () => {
  t = await buildAccountsTestApp({ LOGIN_RATE_LIMIT_PER_IP: '5', LOGIN_RATE_LIMIT_PER_ACCOUNT: '3' });
});
afterAll(async () => {
  await t?.close();
});

function attempt(email: string, remoteAddress: string, password = 'wrong-password') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email, password }),
  });
}

describe('sign-in attempts are limited', () => {
  it('per account, whichever addresses the guesses come from', async () => {
    const statuses = [];
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'])
      statuses.push((await attempt('Target@Example.vn', ip)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const blocked = expectProblem(await attempt('target@example.vn', '10.0.0.5'), 429);
    expect(blocked.code).toBe('HTTP_RATE_LIMITED');
    // another account is not affected
    expect((await attempt('someone-else@example.vn', '10.0.0.6')).statusCode).toBe(401);
  });

  it('per IP address, whichever accounts it tries', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt(`user${i}@example.vn`, '10.9.9.9')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const response = await attempt('fresh@example.vn', '10.9.9.9');
    expect(response.statusCode).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });
});
