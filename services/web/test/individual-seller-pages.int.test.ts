import { ADMIN, as, createTestMarketplace, decide, type Person, signIn, signUp, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD } from './support/two-sellers.ts';

/** A man born in 1979, registered in Quảng Ngãi. */
const CITIZEN_ID = '051079005678';

let t: TestMarketplace;
let admin: Person;
let seller: Person;
let twin: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  [seller, twin] = await Promise.all([signUp(t, 'anh-tam@ca-nhan-trang.vn'), signUp(t, 'trung@ca-nhan-trang.vn')]);
}, 120_000);
afterAll(async () => t?.close());

const registration = (overrides: Record<string, string> = {}) => ({
  name: 'Kẹo gương anh Tâm',
  type: 'individual',
  taxCode: '',
  citizenId: CITIZEN_ID,
  representative: 'Nguyễn Văn Tâm',
  businessRegNumber: '',
  businessRegDate: '',
  businessRegPlace: '',
  phone: '0905 321 654',
  email: 'anh-tam@ca-nhan-trang.vn',
  website: '',
  'address.provinceCode': '51',
  'address.wardCode': '21548',
  'address.street': 'Thôn Đông',
  sectors: 'Bánh kẹo',
  description: 'Kẹo gương làm tay',
  ...overrides,
});

describe('an individual seller in the workspace and the console', () => {
  it('registers with a citizen ID in place of a tax code, which only its own pages show', async () => {
    const pages = await signedInSession(t.app, { email: seller.email, password: TEST_PASSWORD });
    const form = await pages.get('/kenh-nguoi-ban/dang-ky');
    expect(form.doc.querySelector('select[name="type"] option[value="individual"]')).not.toBeNull();
    expect(form.doc.querySelector('input[name="citizenId"]')).not.toBeNull();

    const wrong = await pages.post('/kenh-nguoi-ban/dang-ky', registration({ citizenId: '05107900567' }));
    expect(wrong.status).toBe(422);
    expect(textOf(wrong.doc.querySelector('#field-citizenId-error'))).toContain('12 chữ số');
    const both = await pages.post('/kenh-nguoi-ban/dang-ky', registration({ taxCode: '0100109106' }));
    expect(both.status).toBe(422);

    const sent = await pages.post('/kenh-nguoi-ban/dang-ky', registration());
    expect(sent.status).toBe(303);
    const profile = await pages.follow(sent);
    // the owner's own form holds what they typed; a tax code stays empty
    expect(profile.doc.querySelector('input[name="citizenId"]')?.getAttribute('value')).toBe(CITIZEN_ID);
    expect(profile.doc.querySelector('input[name="taxCode"]')?.getAttribute('value') ?? '').toBe('');
    expect(profile.doc.querySelector('select[name="type"] option[selected]')?.getAttribute('value')).toBe('individual');
    expect(profile.headers['cache-control']).toContain('private');
  });

  it('tells a second person with the same citizen ID that it already holds a shop', async () => {
    const pages = await signedInSession(t.app, { email: twin.email, password: TEST_PASSWORD });
    await pages.get('/kenh-nguoi-ban/dang-ky');
    const refused = await pages.post('/kenh-nguoi-ban/dang-ky', registration({ name: 'Kẹo gương Trung', email: twin.email }));
    expect(refused.status).toBe(409);
    expect(textOf(refused.doc.querySelector('#field-citizenId-error'))).toContain(
      'đã được dùng để đăng ký một gian hàng cá nhân khác',
    );
  });

  it('shows staff the number when verifying, logs the look, and keeps it off the storefront', async () => {
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', ...as(seller) })).json();
    const shop = me.enterprises[0].id as string;
    const staff = await signedInSession(t.app, ADMIN);
    const detail = await staff.get(`/quan-tri/doanh-nghiep/${shop}`);
    expect(textOf(detail.doc.querySelector('[data-citizen-id]'))).toBe(CITIZEN_ID);
    const log = await staff.get('/quan-tri/nhat-ky-truy-cap');
    expect(textOf(log.doc.querySelector('tr[data-access="citizen-id"]'))).toContain('Số định danh cá nhân của người bán');

    expect((await decide(t, admin, shop, 'approve')).statusCode).toBe(200);
    const { slug } = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}` })).json();
    const storefront = await new PageSession(t.app).get(`/doanh-nghiep/${slug}`);
    expect(storefront.status).toBe(200);
    expect(storefront.html).not.toContain(CITIZEN_ID);
    expect(storefront.doc.querySelector('.tax-code')).toBeNull();
    expect(textOf(storefront.doc.querySelector('main'))).toContain('Cá nhân kinh doanh');
  });
});
