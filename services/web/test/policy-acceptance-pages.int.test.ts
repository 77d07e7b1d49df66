import { ADMIN, as, countRows, createTestMarketplace, signIn, signUp, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGAL_PAGES } from '../src/pages/legal/legal-page-list.ts';
import { textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

const PERSON = { email: 'nguoi-mua@chinh-sach-trang.vn', password: 'mat-khau-123' };
let t: TestMarketplace;

beforeAll(async () => {
  t = await createTestMarketplace();
  // registered through the API, as a partner's app does: nothing accepted yet
  await signUp(t, PERSON.email);
}, 120_000);
afterAll(async () => t?.close());

describe('accepting the rules after sign-up and after a change', () => {
  it('asks on every page until the person accepts the versions in force, then comes back where they were', async () => {
    const session = await signedInSession(t.app, PERSON);
    const product = await session.get('/chinh-sach');
    const banner = product.doc.querySelector('[data-policy-pending]');
    expect(textOf(banner)).toContain('đã thay đổi');
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/tai-khoan/chinh-sach?next=%2Fchinh-sach');

    const ask = await session.get('/tai-khoan/chinh-sach?next=%2Fchinh-sach');
    expect(ask.status).toBe(200);
    expect(ask.doc.querySelectorAll('li[data-pending]')).toHaveLength(LEGAL_PAGES.length);
    // the page itself does not carry the banner that leads to it
    expect(ask.doc.querySelector('[data-policy-pending]')).toBeNull();

    const accepted = await session.post('/tai-khoan/chinh-sach', {
      versions: ask.doc.querySelector('input[name="versions"]')?.getAttribute('value') ?? '',
      next: '/chinh-sach',
    });
    expect(accepted.location).toBe('/chinh-sach');
    const back = await session.follow(accepted);
    expect(textOf(back.doc.querySelector('.flash'))).toContain('đã được ghi nhận');
    expect(back.doc.querySelector('[data-policy-pending]')).toBeNull();
    const done = await session.get('/tai-khoan/chinh-sach');
    expect(done.doc.querySelector('[data-nothing-pending]')).not.toBeNull();
    expect(done.doc.querySelectorAll('.policy-accepted li')).toHaveLength(LEGAL_PAGES.length);
  });

  it('asks again for the one that changed, and refuses a page left open across the change', async () => {
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/policies', ...as(admin) })).json();
    const current = (await t.app.inject({ method: 'GET', url: '/api/v1/policies/giao-hang' })).json().inForce;
    const published = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/policies/giao-hang/versions',
      ...as(admin, {
        body: `${current.body}\n\n# Giao hàng hoả tốc\n\nĐơn trong thành phố Quảng Ngãi được giao trong 4 giờ.`,
        summary: 'Thêm giao hàng hoả tốc trong thành phố.',
        effectiveFrom: list.earliestEffectiveFrom,
      }),
    });
    expect(published.statusCode).toBe(201);
    const session = await signedInSession(t.app, PERSON);
    const before = await session.get('/tai-khoan/chinh-sach');
    expect(before.doc.querySelector('[data-nothing-pending]')).not.toBeNull();

    // its day comes
    await t.database.db.execute(
      `UPDATE trust.policy_versions SET effective_from = current_date - 1 WHERE slug = 'giao-hang' AND version = 2`,
    );
    const ask = await session.get('/tai-khoan/chinh-sach');
    const pending = ask.doc.querySelectorAll('li[data-pending]');
    expect(pending.map((item) => item.getAttribute('data-pending'))).toEqual(['giao-hang']);
    expect(pending[0]?.querySelector('a[href="/chinh-sach/giao-hang/phien-ban/2"]')).not.toBeNull();
    expect(textOf(pending[0])).toContain('Thêm giao hàng hoả tốc');

    // a form still holding version 1 accepts nothing
    const stale = await session.post('/tai-khoan/chinh-sach', { versions: 'giao-hang:1' });
    expect(stale.location).toBe('/tai-khoan/chinh-sach');
    expect(textOf((await session.follow(stale)).doc.querySelector('.flash'))).toContain('vừa có phiên bản mới');
    const acceptedV2 = () =>
      countRows(
        t,
        `trust.policy_acceptances WHERE version_id = (SELECT id FROM trust.policy_versions WHERE slug = 'giao-hang' AND version = 2)`,
      );
    expect(await acceptedV2()).toBe(0);

    await session.get('/tai-khoan/chinh-sach');
    const accepted = await session.post('/tai-khoan/chinh-sach', { versions: 'giao-hang:2' });
    const after = await session.follow(accepted);
    expect(after.doc.querySelector('[data-nothing-pending]')).not.toBeNull();
    expect(await acceptedV2()).toBe(1);
  });

  it('sends a visitor who is not signed in to sign in first', async () => {
    const answer = await t.app.inject({ method: 'GET', url: '/tai-khoan/chinh-sach' });
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/dang-nhap?next=%2Ftai-khoan%2Fchinh-sach');
  });
});
