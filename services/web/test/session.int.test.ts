import { ADMIN, createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

let t: TestMarketplace;
beforeAll(async () => {
  t = await createTestMarketplace({ env: { PUBLIC_URL: 'https://san.quangngai.example' } });
});
afterAll(async () => t?.close());

const signedInHeader = (session: PageSession) => session.last?.doc.querySelector('form[action="/dang-xuat"]');

describe('the session behind the pages', () => {
  it('keeps the tokens in HttpOnly, SameSite=Lax cookies, Secure when the site is https', async () => {
    const session = await signedInSession(t.app, ADMIN);
    session.forget('tq_at');
    const page = await t.app.inject({
      method: 'GET',
      url: '/',
      headers: { accept: 'text/html', cookie: `tq_rt=${session.cookie('tq_rt')}` },
    });
    const cookies = page.cookies as { name: string; httpOnly?: boolean; sameSite?: string; secure?: boolean; path?: string }[];
    for (const name of ['tq_at', 'tq_rt']) {
      const cookie = cookies.find((one) => one.name === name);
      expect(cookie, name).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
    }
  });

  it('renews a lapsed access token with the refresh token, rotating it as accounts does', async () => {
    const session = await signedInSession(t.app, ADMIN);
    const firstRefresh = session.cookie('tq_rt');
    session.forget('tq_at');
    await session.get('/');
    expect(signedInHeader(session)).not.toBeNull();
    expect(session.cookie('tq_at')).toBeTruthy();
    expect(session.cookie('tq_rt')).not.toBe(firstRefresh);
    // once the few seconds in which pages opened together share one renewal are over, the spent
    // refresh token is worthless: replaying it reaches accounts' reuse detection
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 6_000);
      const replay = new PageSession(t.app);
      replay.setCookie('tq_rt', firstRefresh ?? '');
      await replay.get('/');
      expect(signedInHeader(replay)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('spends a refresh token once when several pages open at the same moment, so none is signed out', async () => {
    const session = await signedInSession(t.app, ADMIN);
    const refresh = session.cookie('tq_rt') ?? '';
    const pages = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html', cookie: `tq_rt=${refresh}` } }),
      ),
    );
    const renewed = new Set(
      pages.map((page) => (page.cookies as { name: string; value: string }[]).find((c) => c.name === 'tq_rt')?.value),
    );
    expect(renewed.size).toBe(1);
    const later = new PageSession(t.app);
    later.setCookie('tq_rt', [...renewed][0] ?? '');
    await later.get('/');
    expect(signedInHeader(later)).not.toBeNull();
  });

  it('forgets a session whose tokens are not ours', async () => {
    const stranger = new PageSession(t.app);
    stranger.setCookie('tq_at', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged');
    stranger.setCookie('tq_rt', 'not-a-token');
    const page = await stranger.get('/');
    expect(page.status).toBe(200);
    expect(signedInHeader(stranger)).toBeNull();
    expect(stranger.cookie('tq_rt')).toBeUndefined();
  });

  it('signs out: the cookies go and the refresh token no longer works', async () => {
    const session = await signedInSession(t.app, ADMIN);
    const refresh = session.cookie('tq_rt');
    await session.get('/');
    const out = await session.post('/dang-xuat', {});
    expect(out.status).toBe(303);
    expect(session.cookie('tq_at')).toBeUndefined();
    const home = await session.follow(out);
    expect(textOf(home.doc.querySelector('header'))).toContain('Đăng nhập');
    const reuse = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: refresh } });
    expect(reuse.statusCode).toBe(401);
  });

  it('marks a page with a personal token private, and a plain public page cacheable', async () => {
    const anonymous = await new PageSession(t.app).get('/');
    expect(anonymous.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    const signedIn = await (await signedInSession(t.app, ADMIN)).get('/');
    expect(signedIn.headers['cache-control']).toBe('private, no-cache');
  });
});
