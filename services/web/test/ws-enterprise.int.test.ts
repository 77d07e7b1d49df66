import {
  ADMIN,
  approvedProduct,
  as,
  createEnterprise,
  createTestMarketplace,
  decide,
  linkToken,
  nextTaxCode,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../src/http/api-client.ts';
import { type PageAnswer, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD } from './support/two-sellers.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let other: Person;
let session: PageSession;
let otherSession: PageSession;
/** The enterprise `other` owns: the one `owner` must not see. */
let otherShop: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  [owner, other] = await Promise.all([signUp(t, 'chu@ws-enterprise.vn'), signUp(t, 'khac@ws-enterprise.vn')]);
  session = await signedInSession(t.app, { email: owner.email, password: TEST_PASSWORD });
  otherSession = await signedInSession(t.app, { email: other.email, password: TEST_PASSWORD });
  otherShop = (await createEnterprise(t, other, { name: 'Cơ sở Kẹo Gương Thu Hà' })).id;
});
afterAll(async () => t?.close());

const typedIn = (page: PageAnswer, name: string) => page.doc.querySelector(`[name="${name}"]`)?.getAttribute('value');
const errorOf = (page: PageAnswer, id: string) => textOf(page.doc.querySelector(`#field-${id}-error`));
const flashOf = (page: PageAnswer) => textOf(page.doc.querySelector('.flash'));
const enterpriseOf = async (id: string, person: Person) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${id}`, ...as(person) })).json();

/** A registration as a person would fill it in (the Lý Sơn ward, code 21548). */
const registration = (overrides: Record<string, string> = {}) => ({
  name: 'Hợp tác xã Hành Tỏi Lý Sơn',
  type: 'cooperative',
  taxCode: nextTaxCode(),
  representative: 'Trương Văn Hành',
  businessRegNumber: '',
  businessRegDate: '',
  businessRegPlace: '',
  phone: '0255 3867 222',
  email: 'lienhe@hanhtoi.vn',
  website: '',
  'address.provinceCode': '51',
  'address.wardCode': '21548',
  'address.street': 'Thôn Tây, An Hải',
  sectors: 'Nông sản, đặc sản & OCOP',
  description: 'Hành tỏi trồng trên cát biển',
  ...overrides,
});

/** Posts a multipart form as the browser would, with the page's CSRF token and the session's cookies. */
async function postFile(
  page: PageSession,
  url: string,
  file: { field: string; filename: string; contentType: string; data: Buffer },
  fields: Record<string, string> = {},
) {
  const token = page.last?.doc.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';
  const form = multipartBody({
    filename: file.filename,
    contentType: file.contentType,
    data: file.data,
    fields: { _csrf: token, ...fields },
  });
  // multipartBody names its file part `file`; a page's form may name it otherwise (logo, cover)
  const body =
    file.field === 'file'
      ? form.body
      : Buffer.from(form.body.toString('latin1').replace('name="file"', `name="${file.field}"`), 'latin1');
  const cookie = ['tq_at', 'tq_rt', 'tq_csrf']
    .flatMap((name) => (page.cookie(name) ? [`${name}=${page.cookie(name)}`] : []))
    .join('; ');
  const response = await t.app.inject({
    method: 'POST',
    url,
    headers: { accept: 'text/html', cookie, 'content-type': form.contentType },
    payload: body,
  });
  for (const set of response.cookies as { name: string; value: string }[]) page.setCookie(set.name, set.value);
  return response;
}

describe('the seller centre: choosing and registering an enterprise', () => {
  it('is for signed-in people only', async () => {
    for (const path of ['/kenh-nguoi-ban', '/kenh-nguoi-ban/dang-ky', `/kenh-nguoi-ban/${otherShop}`]) {
      const visitor = await new PageSession(t.app).get(path);
      expect(visitor.status).toBe(303);
      expect(visitor.location).toBe(`/dang-nhap?next=${encodeURIComponent(path)}`);
    }
  });

  it('shows a person without an enterprise the way to register one', async () => {
    const page = await session.get('/kenh-nguoi-ban');
    expect(page.status).toBe(200);
    expect(page.doc.querySelectorAll('[data-enterprise]')).toHaveLength(0);
    expect(page.doc.querySelector('a[data-register]')?.getAttribute('href')).toBe('/kenh-nguoi-ban/dang-ky');
  });

  it('refuses a bad tax code next to its field, keeping what was typed, and registers nothing', async () => {
    const form = await session.get('/kenh-nguoi-ban/dang-ky');
    expect(form.status).toBe(200);
    expect(form.doc.querySelector('[data-taxcode-check]')).not.toBeNull();
    expect(form.doc.querySelector('script[src*="ws-enterprise"]')).not.toBeNull();
    const refused = await session.post('/kenh-nguoi-ban/dang-ky', registration({ taxCode: '0100109107' }));
    expect(refused.status).toBe(422);
    expect(errorOf(refused, 'taxCode')).toContain('chữ số kiểm tra');
    expect(refused.doc.querySelector('.error-summary a')?.getAttribute('href')).toBe('#field-taxCode');
    expect(typedIn(refused, 'taxCode')).toBe('0100109107');
    expect(typedIn(refused, 'name')).toBe('Hợp tác xã Hành Tỏi Lý Sơn');
    expect(typedIn(refused, 'address.street')).toBe('Thôn Tây, An Hải');
    expect(refused.doc.querySelector('select[name="address.wardCode"] option[selected]')?.getAttribute('value')).toBe('21548');
    expect(refused.doc.querySelector('select[name="type"] option[selected]')?.getAttribute('value')).toBe('cooperative');
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', ...as(owner) })).json();
    expect(me.enterprises).toEqual([]);
  });

  it('without JavaScript, the ward list follows the chosen province and nothing is sent', async () => {
    await session.get('/kenh-nguoi-ban/dang-ky');
    const refreshed = await session.post('/kenh-nguoi-ban/dang-ky', {
      ...registration({ 'address.provinceCode': '01', 'address.wardCode': '' }),
      refreshWards: '1',
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.doc.querySelector('select[name="address.provinceCode"] option[selected]')?.getAttribute('value')).toBe('01');
    expect(
      refreshed.doc.querySelectorAll('select[name="address.wardCode"] option').map((o) => o.getAttribute('value')),
    ).not.toContain('21548');
    expect(refreshed.doc.querySelector('.error-summary')).toBeNull();
  });

  it('tells a person who has not confirmed their e-mail why, keeping the form', async () => {
    const unconfirmed = await signUp(t, 'chua-xac-nhan@ws-enterprise.vn', { verify: false });
    const page = await signedInSession(t.app, { email: unconfirmed.email, password: TEST_PASSWORD });
    await page.get('/kenh-nguoi-ban/dang-ky');
    const refused = await page.post('/kenh-nguoi-ban/dang-ky', registration());
    expect(refused.status).toBe(403);
    expect(textOf(refused.doc.querySelector('.error-summary'))).toContain('xác nhận địa chỉ email');
    expect(typedIn(refused, 'name')).toBe('Hợp tác xã Hành Tỏi Lý Sơn');
  });

  it('registers the enterprise, then brings the owner to upload documents; the picker lists it', async () => {
    await session.get('/kenh-nguoi-ban/dang-ky');
    const sent = await session.post('/kenh-nguoi-ban/dang-ky', registration());
    expect(sent.status).toBe(303);
    const id = sent.location?.match(/^\/kenh-nguoi-ban\/([0-9a-f-]{36})\/ho-so#documents$/)?.[1];
    expect(id).toBeTruthy();
    const profile = await session.follow(sent);
    expect(profile.status).toBe(200);
    expect(flashOf(profile)).toContain('Đã gửi đăng ký');
    expect(profile.doc.querySelector('[data-no-documents]')).not.toBeNull();
    const stored = await enterpriseOf(String(id), owner);
    expect(stored).toMatchObject({
      status: 'pending',
      name: 'Hợp tác xã Hành Tỏi Lý Sơn',
      sectors: ['nông sản', 'đặc sản & ocop'],
    });
    expect(stored.myRole).toBe('owner');

    const picker = await session.get('/kenh-nguoi-ban');
    const item = picker.doc.querySelector(`[data-enterprise="${id}"]`);
    expect(textOf(item)).toContain('Hợp tác xã Hành Tỏi Lý Sơn');
    expect(item?.querySelector('[data-status]')?.getAttribute('data-status')).toBe('pending');
  });
});

describe('an owner’s own enterprise', () => {
  let shop: string;
  beforeAll(async () => {
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', ...as(owner) })).json();
    shop = me.enterprises[0].id;
  });

  it('uploads a verification document through the page; the overview counts it', async () => {
    const profile = await session.get(`/kenh-nguoi-ban/${shop}/ho-so`);
    expect(profile.doc.querySelector('form[data-upload-document]')?.getAttribute('enctype')).toBe('multipart/form-data');
    const missing = await postFile(session, `/kenh-nguoi-ban/${shop}/ho-so/giay-to`, {
      field: 'other',
      filename: 'x.pdf',
      contentType: 'application/pdf',
      data: PDF,
    });
    expect(missing.statusCode).toBe(422);

    await session.get(`/kenh-nguoi-ban/${shop}/ho-so`);
    const uploaded = await postFile(
      session,
      `/kenh-nguoi-ban/${shop}/ho-so/giay-to`,
      { field: 'file', filename: 'giay-chung-nhan-dkkd.pdf', contentType: 'application/pdf', data: PDF },
      { kind: 'business_licence' },
    );
    expect(uploaded.statusCode).toBe(303);
    const after = await session.get(`/kenh-nguoi-ban/${shop}/ho-so`);
    expect(flashOf(after)).toContain('giay-chung-nhan-dkkd.pdf');
    const rows = after.doc.querySelectorAll('[data-documents] tbody tr');
    expect(rows).toHaveLength(1);
    expect(textOf(rows[0])).toContain('Giấy chứng nhận đăng ký kinh doanh');
    const link = rows[0]?.querySelector('a')?.getAttribute('href') ?? '';
    const file = await t.app.inject({ method: 'GET', url: link, headers: { cookie: `tq_at=${session.cookie('tq_at')}` } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);

    const overview = await session.get(`/kenh-nguoi-ban/${shop}`);
    expect(overview.doc.querySelector('[data-verification]')?.getAttribute('data-verification')).toBe('pending');
    expect(overview.doc.querySelector('[data-documents]')?.getAttribute('data-documents')).toBe('1');
    expect(textOf(overview.doc.querySelector('[data-verification]'))).toContain('chờ Sở Công Thương xác minh');
  });

  it('shows a rejection’s reason, and a fix of the address resubmits the profile', async () => {
    expect((await decide(t, admin, shop, 'reject', 'Địa chỉ không khớp giấy chứng nhận')).statusCode).toBe(200);
    const overview = await session.get(`/kenh-nguoi-ban/${shop}`);
    expect(overview.doc.querySelector('[data-verification]')?.getAttribute('data-verification')).toBe('rejected');
    expect(textOf(overview.doc.querySelector('[data-reason]'))).toContain('Địa chỉ không khớp giấy chứng nhận');
    expect(overview.doc.querySelector('a[data-resubmit-link]')?.getAttribute('href')).toBe(`/kenh-nguoi-ban/${shop}/ho-so`);

    const profile = await session.get(`/kenh-nguoi-ban/${shop}/ho-so`);
    expect(textOf(profile.doc.querySelector('[data-save-profile]'))).toBe('Lưu và gửi lại để xác minh');
    const values = Object.fromEntries(
      profile.doc
        .querySelectorAll('form[data-enterprise-form] input[name], form[data-enterprise-form] textarea[name]')
        .map((input) => [input.getAttribute('name') ?? '', input.getAttribute('value') ?? input.textContent]),
    );
    const selected = (name: string) =>
      profile.doc.querySelector(`form[data-enterprise-form] select[name="${name}"] option[selected]`)?.getAttribute('value') ??
      '';
    const { _csrf, ...typed } = values;
    const sent = await session.post(`/kenh-nguoi-ban/${shop}/ho-so`, {
      ...typed,
      type: selected('type'),
      'address.provinceCode': selected('address.provinceCode'),
      'address.wardCode': selected('address.wardCode'),
      'address.street': 'Thôn Đông, An Hải (sửa theo giấy chứng nhận)',
    });
    expect(sent.status).toBe(303);
    const after = await session.follow(sent);
    expect(flashOf(after)).toContain('gửi lại hồ sơ');
    expect((await enterpriseOf(shop, owner)).status).toBe('pending');
  });

  it('sends a rejected profile back as it is from the overview, with a flash; not twice', async () => {
    expect((await decide(t, admin, shop, 'reject', 'Giấy chứng nhận bị mờ, xin tải bản rõ hơn')).statusCode).toBe(200);
    const overview = await session.get(`/kenh-nguoi-ban/${shop}`);
    expect(textOf(overview.doc.querySelector('[data-reason]'))).toContain('Giấy chứng nhận bị mờ');
    const form = overview.doc.querySelector('form[data-resubmit-form]');
    expect(form?.getAttribute('action')).toBe(`/kenh-nguoi-ban/${shop}/gui-lai`);
    expect(textOf(form?.querySelector('button') ?? null)).toBe('Gửi lại để xét duyệt');
    expect(form?.querySelector('input[name="_csrf"]')).not.toBeNull();

    const refused = await session.post(`/kenh-nguoi-ban/${shop}/gui-lai`, { _csrf: 'gia-mao' });
    expect(refused.status).toBe(403);
    expect((await enterpriseOf(shop, owner)).status).toBe('rejected');

    const sent = await session.post(`/kenh-nguoi-ban/${shop}/gui-lai`, {});
    expect(sent.status).toBe(303);
    const after = await session.follow(sent);
    expect(flashOf(after)).toBe('Đã gửi lại hồ sơ để Sở Công Thương xét duyệt.');
    expect(after.doc.querySelector('[data-verification]')?.getAttribute('data-verification')).toBe('pending');
    expect(after.doc.querySelector('form[data-resubmit-form]')).toBeNull();
    expect((await enterpriseOf(shop, owner)).status).toBe('pending');

    const again = await session.post(`/kenh-nguoi-ban/${shop}/gui-lai`, {});
    expect(again.status).toBe(303);
    expect(flashOf(await session.follow(again))).toContain('Chỉ gửi lại được hồ sơ bị từ chối');
  });

  it('refuses a bad bank account next to its field with what was typed kept; a good one is saved', async () => {
    const page = await session.get(`/kenh-nguoi-ban/${shop}/gian-hang`);
    expect(page.status).toBe(200);
    expect(page.doc.querySelectorAll('select[name="bankBin"] option').length).toBeGreaterThan(10);
    const refused = await session.post(`/kenh-nguoi-ban/${shop}/gian-hang/ngan-hang`, {
      bankBin: '970436',
      accountNo: '12-ab',
      accountHolder: 'Hợp tác xã Hành Tỏi',
    });
    expect(refused.status).toBe(422);
    expect(errorOf(refused, 'accountNo')).toContain('6 đến 19 chữ số');
    expect(typedIn(refused, 'accountNo')).toBe('12-ab');
    expect(typedIn(refused, 'accountHolder')).toBe('Hợp tác xã Hành Tỏi');
    expect(refused.doc.querySelector('select[name="bankBin"] option[selected]')?.getAttribute('value')).toBe('970436');
    expect((await enterpriseOf(shop, owner)).bankAccount).toBeNull();

    const saved = await session.post(`/kenh-nguoi-ban/${shop}/gian-hang/ngan-hang`, {
      bankBin: '970436',
      accountNo: '0071 000 123 456',
      accountHolder: 'Hợp tác xã Hành Tỏi',
    });
    expect(saved.status).toBe(303);
    const after = await session.follow(saved);
    expect(flashOf(after)).toBe('Đã lưu tài khoản nhận chuyển khoản.');
    expect(textOf(after.doc.querySelector('[data-bank-account]'))).toContain('0071000123456');
    expect((await enterpriseOf(shop, owner)).bankAccount).toMatchObject({
      accountNo: '0071000123456',
      accountHolder: 'HOP TAC XA HANH TOI',
    });
  });

  it('saves the introduction, an own domain with the DNS record to set, and the delivery fee', async () => {
    await session.get(`/kenh-nguoi-ban/${shop}/gian-hang`);
    const about = await session.post(`/kenh-nguoi-ban/${shop}/gian-hang/gioi-thieu`, {
      introduction: 'Hành tỏi Lý Sơn trồng trên cát san hô.',
      phone: '0255 3867 222',
      email: 'lienhe@hanhtoi.vn',
      website: '',
      customDomain: 'HanhToi.vn',
    });
    expect(about.status).toBe(303);
    const page = await session.follow(about);
    expect(page.doc.querySelector('[data-domain-state]')?.getAttribute('data-domain-state')).toBe('pending');
    expect(textOf(page.doc.querySelector('[data-dns-record]'))).toContain('hanhtoi.vn');
    expect(page.doc.querySelector('textarea[name="introduction"]')?.textContent).toBe('Hành tỏi Lý Sơn trồng trên cát san hô.');

    const badFee = await session.post(`/kenh-nguoi-ban/${shop}/gian-hang/giao-hang`, { flatFee: 'ba mươi nghìn', freeFrom: '' });
    expect(badFee.status).toBe(422);
    expect(errorOf(badFee, 'flatFee')).toContain('Phí giao hàng');
    expect(typedIn(badFee, 'flatFee')).toBe('ba mươi nghìn');
    const fee = await session.post(`/kenh-nguoi-ban/${shop}/gian-hang/giao-hang`, { flatFee: '25.000', freeFrom: '300.000' });
    expect(fee.status).toBe(303);
    const saved = await session.follow(fee);
    expect(flashOf(saved)).toBe('Đã lưu phí giao hàng.');
    // the members read the rule while the enterprise still waits for verification
    expect((await enterpriseOf(shop, owner)).status).toBe('pending');
    expect(textOf(saved.doc.querySelector('[data-shipping-rule]'))).toContain('25.000');
    expect(typedIn(saved, 'flatFee')).toBe('25000');
    const hidden = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/shipping-rule` });
    expect(hidden.statusCode).toBe(404);
    // and everyone once it is verified
    expect((await decide(t, admin, shop, 'approve')).statusCode).toBe(200);
    const rule = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/shipping-rule` });
    expect(rule.json()).toEqual({ flatFee: 25_000, freeFrom: 300_000 });
    const approved = await session.get(`/kenh-nguoi-ban/${shop}/gian-hang`);
    expect(textOf(approved.doc.querySelector('[data-shipping-rule]'))).toContain('25.000');
    const overview = await session.get(`/kenh-nguoi-ban/${shop}`);
    expect(overview.doc.querySelector('[data-verification]')?.getAttribute('data-verification')).toBe('approved');
  });
});

describe('the storefront’s pictures and the overview’s counts', () => {
  let shop: string;
  beforeAll(async () => {
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', ...as(owner) })).json();
    shop = me.enterprises[0].id;
  });

  it('uploads a logo through the page and shows it; a text file as a document is refused next to its field', async () => {
    await session.get(`/kenh-nguoi-ban/${shop}/gian-hang`);
    const logo = await postFile(session, `/kenh-nguoi-ban/${shop}/gian-hang/anh/logo`, {
      field: 'logo',
      filename: 'logo.png',
      contentType: 'image/png',
      data: PNG,
    });
    expect(logo.statusCode).toBe(303);
    const page = await session.get(`/kenh-nguoi-ban/${shop}/gian-hang`);
    expect(flashOf(page)).toBe('Đã cập nhật logo.');
    const src = page.doc.querySelector('[data-image-slot="logo"] img')?.getAttribute('src') ?? '';
    expect(src).toMatch(new RegExp(`/media/public/enterprises/${shop}/logo-[0-9a-f]{8}\\.png$`));
    expect(page.doc.querySelector('[data-image-slot="cover"] img')).toBeNull();

    await session.get(`/kenh-nguoi-ban/${shop}/ho-so`);
    const text = await postFile(
      session,
      `/kenh-nguoi-ban/${shop}/ho-so/giay-to`,
      { field: 'file', filename: 'ghi-chu.txt', contentType: 'text/plain', data: Buffer.from('không phải giấy tờ') },
      { kind: 'other' },
    );
    expect(text.statusCode).toBe(415);
    const refused = parse(text.body);
    expect(textOf(refused.querySelector('#field-file-error'))).toContain('Chỉ nhận PDF, JPEG hoặc PNG');
    expect(refused.querySelector('select[name="kind"] option[selected]')?.getAttribute('value')).toBe('other');
    const documents = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/documents`, ...as(owner) })).json();
    expect(documents.items).toHaveLength(1);
  });

  it('counts the products by status on the overview, in English under /en too', async () => {
    await approvedProduct(t, owner, admin, shop, { name: 'Tỏi Lý Sơn cô đơn' });
    const page = await session.get(`/kenh-nguoi-ban/${shop}`);
    expect(textOf(page.doc.querySelector('[data-product-status="approved"]'))).toBe('1 Đang bán');
    const english = await session.get(`/en/kenh-nguoi-ban/${shop}`);
    expect(english.status).toBe(200);
    expect(english.doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(textOf(english.doc.querySelector('[data-product-status="approved"]'))).toBe('1 On sale');
    expect(textOf(english.doc.querySelector('[data-verification] h2'))).toBe('Verification');
    expect(english.doc.querySelector('a[data-nav="profile"]')?.getAttribute('href')).toBe(`/en/kenh-nguoi-ban/${shop}/ho-so`);
  });
});

describe('members', () => {
  let shop: string;
  let staff: Person;
  let staffSession: PageSession;

  beforeAll(async () => {
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', ...as(owner) })).json();
    shop = me.enterprises[0].id;
    staff = await signUp(t, 'nhanvien@ws-enterprise.vn');
    staffSession = await signedInSession(t.app, { email: staff.email, password: TEST_PASSWORD });
  });

  it('invites by e-mail; a bad address comes back with the field marked; the invitation is listed and can be revoked', async () => {
    await session.get(`/kenh-nguoi-ban/${shop}/thanh-vien`);
    const refused = await session.post(`/kenh-nguoi-ban/${shop}/thanh-vien/moi`, { email: 'khong-phai-email', role: 'staff' });
    expect(refused.status).toBe(422);
    expect(errorOf(refused, 'email')).toContain('email');
    expect(typedIn(refused, 'email')).toBe('khong-phai-email');

    const spare = await session.post(`/kenh-nguoi-ban/${shop}/thanh-vien/moi`, { email: 'tam@ws-enterprise.vn', role: 'staff' });
    expect(spare.status).toBe(303);
    const invited = await session.post(`/kenh-nguoi-ban/${shop}/thanh-vien/moi`, { email: staff.email, role: 'staff' });
    expect(invited.status).toBe(303);
    const page = await session.follow(invited);
    expect(flashOf(page)).toBe(`Đã gửi lời mời tới ${staff.email}.`);
    expect(page.doc.querySelectorAll('[data-invitation]')).toHaveLength(2);

    const spareRow = page.doc.querySelectorAll('[data-invitation]').find((row) => textOf(row).includes('tam@ws-enterprise.vn'));
    const revokeForm = spareRow?.querySelector('[data-action="revoke"] form');
    const revoked = await session.post(revokeForm?.getAttribute('action') ?? '', { email: 'tam@ws-enterprise.vn' });
    expect(revoked.status).toBe(303);
    const after = await session.follow(revoked);
    expect(flashOf(after)).toBe('Đã hủy lời mời gửi tam@ws-enterprise.vn.');
    expect(after.doc.querySelectorAll('[data-invitation]')).toHaveLength(1);

    const [mail] = await waitForMailTo(t, staff.email, 'Lời mời');
    const token = linkToken(mail?.text, '/invitations/accept');
    const accepted = await t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', ...as(staff, { token }) });
    expect(accepted.statusCode).toBe(200);
  });

  it('a staff member sees no owner’s actions and cannot remove the last owner; nor can the owner remove themself', async () => {
    const page = await staffSession.get(`/kenh-nguoi-ban/${shop}/thanh-vien`);
    expect(page.status).toBe(200);
    expect(page.doc.querySelectorAll('[data-member]')).toHaveLength(2);
    expect(page.doc.querySelector('form[data-invite-form]')).toBeNull();
    expect(page.doc.querySelector(`[data-member="${owner.userId}"] [data-action="remove"]`)).toBeNull();
    expect(page.doc.querySelector(`[data-member="${staff.userId}"] [data-action="leave"]`)).not.toBeNull();

    const forced = await staffSession.post(`/kenh-nguoi-ban/${shop}/thanh-vien/${owner.userId}/xoa`, {});
    expect(forced.status).toBe(303);
    const refusedPage = await staffSession.follow(forced);
    expect(refusedPage.doc.querySelector('.flash-error')).not.toBeNull();
    expect(flashOf(refusedPage)).toContain('không có quyền');

    await session.get(`/kenh-nguoi-ban/${shop}/thanh-vien`);
    const self = await session.post(`/kenh-nguoi-ban/${shop}/thanh-vien/${owner.userId}/xoa`, {});
    const ownerPage = await session.follow(self);
    expect(flashOf(ownerPage)).toBe('Doanh nghiệp phải luôn có ít nhất một chủ sở hữu');
    const members = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/members`, ...as(owner) })).json()
      .items;
    expect(members.map((member: { userId: string; role: string }) => [member.userId, member.role]).sort()).toEqual(
      [
        [owner.userId, 'owner'],
        [staff.userId, 'staff'],
      ].sort(),
    );
  });

  it('the owner changes a member’s role and removes them after confirming', async () => {
    const page = await session.get(`/kenh-nguoi-ban/${shop}/thanh-vien`);
    const row = page.doc.querySelector(`[data-member="${staff.userId}"]`);
    expect(row?.querySelector('[data-action="remove"] summary')).not.toBeNull();
    const promoted = await session.post(`/kenh-nguoi-ban/${shop}/thanh-vien/${staff.userId}/vai-tro`, { role: 'owner' });
    expect(flashOf(await session.follow(promoted))).toBe('Đã đổi vai trò của Người dùng nhanvien.');
    const removed = await session.post(`/kenh-nguoi-ban/${shop}/thanh-vien/${staff.userId}/xoa`, {});
    const after = await session.follow(removed);
    expect(flashOf(after)).toBe('Đã xóa Người dùng nhanvien khỏi doanh nghiệp.');
    expect(after.doc.querySelectorAll('[data-member]')).toHaveLength(1);
    expect((await staffSession.get(`/kenh-nguoi-ban/${shop}`)).status).toBe(404);
  });
});

describe('another enterprise’s workspace', () => {
  it('is a 404 on every page and every form to a member of another enterprise', async () => {
    await session.get('/kenh-nguoi-ban');
    const pages = ['', '/ho-so', '/gian-hang', '/thanh-vien'];
    for (const path of pages) {
      const page = await session.get(`/kenh-nguoi-ban/${otherShop}${path}`);
      expect(page.status, path).toBe(404);
      expect((await otherSession.get(`/kenh-nguoi-ban/${otherShop}${path}`)).status, path).toBe(200);
    }
    const documents = (
      await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${otherShop}/documents`, ...as(other) })
    ).json();
    expect(documents.items).toEqual([]);
    await session.get('/kenh-nguoi-ban');
    const posts: [string, Record<string, string>][] = [
      ['/ho-so', registration()],
      [
        '/gian-hang/gioi-thieu',
        { introduction: 'Chiếm gian hàng', phone: '0905123456', email: 'x@y.vn', website: '', customDomain: '' },
      ],
      ['/gian-hang/ngan-hang', { bankBin: '970436', accountNo: '0071000999999', accountHolder: 'KE GIAN' }],
      ['/gian-hang/giao-hang', { flatFee: '0', freeFrom: '' }],
      ['/thanh-vien/moi', { email: 'ke-gian@ws-enterprise.vn', role: 'owner' }],
      [`/thanh-vien/${other.userId}/xoa`, {}],
      ['/gui-lai', {}],
    ];
    for (const [path, fields] of posts) {
      const answer = await session.post(`/kenh-nguoi-ban/${otherShop}${path}`, fields);
      expect(answer.status, path).toBe(404);
    }
    const upload = await postFile(session, `/kenh-nguoi-ban/${otherShop}/ho-so/giay-to`, {
      field: 'file',
      filename: 'gia.pdf',
      contentType: 'application/pdf',
      data: PDF,
    });
    expect(upload.statusCode).toBe(404);
    const untouched = await enterpriseOf(otherShop, other);
    expect(untouched).toMatchObject({ name: 'Cơ sở Kẹo Gương Thu Hà', introduction: null, bankAccount: null });
    const members = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${otherShop}/members`, ...as(other) })).json()
      .items;
    expect(members).toHaveLength(1);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${otherShop}/documents`, ...as(other) })).json().items,
    ).toEqual([]);
  });
});
