import { ADDRESS, as, countRows, createTestMarketplace, type Person, signUp, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageAnswer, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD } from './support/two-sellers.ts';

let t: TestMarketplace;
let buyer: Person;
let other: Person;
let session: PageSession;

beforeAll(async () => {
  t = await createTestMarketplace();
  [buyer, other] = await Promise.all([signUp(t, 'hoso@profile.vn'), signUp(t, 'nguoikhac@profile.vn')]);
  session = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
});
afterAll(async () => t?.close());

type Address = { id: string; fullName: string; phone: string; wardCode: string; street: string; isDefault: boolean };
const addressesOf = async (person: Person) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/me/addresses', ...as(person) })).json().items as Address[];
const rowsOf = (person: Person) => countRows(t, `accounts.addresses WHERE user_id = '${person.userId}'`);
const typedIn = (page: PageAnswer, name: string) => page.doc.querySelector(`[name="${name}"]`)?.getAttribute('value');
const selectedOf = (page: PageAnswer, name: string) =>
  page.doc.querySelector(`select[name="${name}"] option[selected]`)?.getAttribute('value');
const optionsOf = (page: PageAnswer, name: string) =>
  page.doc.querySelectorAll(`select[name="${name}"] option`).map((option) => option.getAttribute('value'));
const errorOf = (page: PageAnswer, name: string) => textOf(page.doc.querySelector(`#field-${name}-error`));

describe('the profile page', () => {
  it('is for signed-in people only: a visitor is sent to sign in and brought back', async () => {
    for (const path of ['/tai-khoan', '/tai-khoan/dia-chi', '/tai-khoan/dia-chi/moi']) {
      const visitor = await new PageSession(t.app).get(path);
      expect(visitor.status).toBe(303);
      expect(visitor.location).toBe(`/dang-nhap?next=${encodeURIComponent(path)}`);
    }
    expect((await new PageSession(t.app).get('/en/tai-khoan')).location).toBe('/en/dang-nhap?next=%2Ftai-khoan');
  });

  it('shows the name, e-mail and phone, noindex and private, with the ways into the account', async () => {
    const page = await session.get('/tai-khoan');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-cache');
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(textOf(page.doc.querySelector('[data-email]'))).toBe(buyer.email);
    expect(typedIn(page, 'fullName')).toBe('Người dùng hoso');
    const links = page.doc.querySelectorAll('.account-nav a').map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      '/don-hang',
      '/tai-khoan/dia-chi',
      '/tai-khoan/mat-khau',
      '/tai-khoan/bao-mat',
      '/tai-khoan/quyen-rieng-tu',
      '/tai-khoan/du-lieu',
      '/yeu-cau-bao-gia',
      '/tai-khoan/danh-gia',
    ]);
    const english = await session.get('/en/tai-khoan');
    expect(textOf(english.doc.querySelector('h1'))).toBe('My account');
    expect(english.doc.querySelectorAll('.account-nav a').map((link) => link.getAttribute('href'))).toContain(
      '/en/tai-khoan/dia-chi',
    );
  });

  it('saves a new name and phone (normalised); a bad phone is refused with the field marked and nothing changed', async () => {
    const saved = await session.post('/tai-khoan', { fullName: 'Lê Thị Hồ Sơ', phone: '+84 905 222 333' });
    expect(saved.status).toBe(303);
    const page = await session.follow(saved);
    expect(textOf(page.doc.querySelector('.notice'))).toBe('Đã lưu thông tin tài khoản.');
    expect(typedIn(page, 'fullName')).toBe('Lê Thị Hồ Sơ');
    expect(typedIn(page, 'phone')).toBe('0905222333');

    const refused = await session.post('/tai-khoan', { fullName: 'Tên Khác', phone: '12 34' });
    expect(refused.status).toBe(422);
    expect(errorOf(refused, 'phone')).toContain('số điện thoại Việt Nam');
    expect(refused.doc.querySelector('.error-summary a')?.getAttribute('href')).toBe('#field-phone');
    expect(typedIn(refused, 'fullName')).toBe('Tên Khác');
    expect(typedIn(refused, 'phone')).toBe('12 34');
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', ...as(buyer) })).json();
    expect(me).toMatchObject({ fullName: 'Lê Thị Hồ Sơ', phone: '0905222333' });
  });

  it('refuses a form without its CSRF token', async () => {
    const forged = await session.post('/tai-khoan', { _csrf: 'forged', fullName: 'Kẻ Giả Mạo', phone: '' });
    expect(forged.status).toBe(403);
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', ...as(buyer) })).json();
    expect(me.fullName).toBe('Lê Thị Hồ Sơ');
  });
});

describe('the address book pages', () => {
  it('add an address with the province → ward picker: Quảng Ngãi first and chosen, its wards listed', async () => {
    const empty = await session.get('/tai-khoan/dia-chi');
    expect(textOf(empty.doc.querySelector('.empty'))).toContain('chưa lưu địa chỉ');
    const form = await session.get('/tai-khoan/dia-chi/moi');
    expect(form.status).toBe(200);
    expect(form.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    const provinces = optionsOf(form, 'provinceCode');
    expect(provinces).toHaveLength(34);
    expect(provinces[0]).toBe('51');
    expect(selectedOf(form, 'provinceCode')).toBe('51');
    expect(form.doc.querySelector('select[name="provinceCode"]')?.getAttribute('data-wards-target')).toBe('field-wardCode');
    expect(optionsOf(form, 'wardCode')).toContain(ADDRESS.wardCode);
    expect(form.doc.querySelector('button[data-wards-refresh]')).not.toBeNull();

    const added = await session.post('/tai-khoan/dia-chi/moi', { ...ADDRESS });
    expect(added.status).toBe(303);
    const book = await session.follow(added);
    expect(textOf(book.doc.querySelector('.notice'))).toBe('Đã thêm địa chỉ.');
    const [saved] = await addressesOf(buyer);
    expect(saved).toMatchObject({ fullName: ADDRESS.fullName, phone: '0905123456', wardCode: ADDRESS.wardCode, isDefault: true });
    const card = book.doc.querySelector(`[data-address-id="${saved?.id}"]`);
    expect(textOf(card)).toContain('12 Lê Lợi');
    expect(textOf(card)).toContain('Quảng Ngãi');
    expect(textOf(card?.querySelector('.address-badge'))).toBe('Mặc định');
  });

  it('without JavaScript, "update the wards" re-renders with the chosen province’s wards and everything typed kept', async () => {
    await session.get('/tai-khoan/dia-chi/moi');
    const before = await rowsOf(buyer);
    const refreshed = await session.post('/tai-khoan/dia-chi/moi', {
      fullName: 'Trần Văn Hà Nội',
      phone: '0912 000 111',
      provinceCode: '01',
      wardCode: ADDRESS.wardCode,
      street: '1 Tràng Tiền',
      isDefault: '1',
      refreshWards: '1',
    });
    expect(refreshed.status).toBe(200);
    expect(await rowsOf(buyer)).toBe(before);
    expect(selectedOf(refreshed, 'provinceCode')).toBe('01');
    const wards = optionsOf(refreshed, 'wardCode');
    expect(wards).toContain('00004');
    expect(wards).not.toContain(ADDRESS.wardCode);
    expect(typedIn(refreshed, 'fullName')).toBe('Trần Văn Hà Nội');
    expect(typedIn(refreshed, 'phone')).toBe('0912 000 111');
    expect(typedIn(refreshed, 'street')).toBe('1 Tràng Tiền');
    expect(refreshed.doc.querySelector('input[name="isDefault"]')?.hasAttribute('checked')).toBe(true);
    expect(refreshed.doc.querySelector('.error-summary')).toBeNull();
    // Enter in a field submits with the form's first button, which saves rather than refreshes
    const first = refreshed.doc.querySelector('form.address-form button[type="submit"]');
    expect(first?.hasAttribute('data-wards-refresh')).toBe(false);

    const added = await session.post('/tai-khoan/dia-chi/moi', {
      fullName: 'Trần Văn Hà Nội',
      phone: '0912 000 111',
      provinceCode: '01',
      wardCode: '00004',
      street: '1 Tràng Tiền',
      isDefault: '1',
    });
    expect(added.status).toBe(303);
    const listed = await addressesOf(buyer);
    expect(listed.map((address) => [address.street, address.isDefault])).toEqual([
      ['1 Tràng Tiền', true],
      ['12 Lê Lợi', false],
    ]);
  });

  it('refuses a ward that is not in the chosen province: the field marked, what was typed kept, nothing saved', async () => {
    await session.get('/tai-khoan/dia-chi/moi');
    const before = await rowsOf(buyer);
    const refused = await session.post('/tai-khoan/dia-chi/moi', { ...ADDRESS, wardCode: '00004', street: '99 Nguyễn Huệ' });
    expect(refused.status).toBe(422);
    expect(errorOf(refused, 'wardCode')).toBe('Chọn một phường/xã của tỉnh/thành phố đã chọn');
    expect(refused.doc.querySelector('.error-summary a')?.getAttribute('href')).toBe('#field-wardCode');
    expect(refused.doc.querySelector('select[name="wardCode"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(typedIn(refused, 'street')).toBe('99 Nguyễn Huệ');
    expect(selectedOf(refused, 'provinceCode')).toBe('51');
    expect(await rowsOf(buyer)).toBe(before);
  });

  it('edits an address and makes another the default, then deletes one', async () => {
    const [hanoi, home] = await addressesOf(buyer);
    if (!hanoi || !home) throw new Error('two addresses expected');
    const form = await session.get(`/tai-khoan/dia-chi/${home.id}`);
    expect(form.status).toBe(200);
    expect(typedIn(form, 'street')).toBe('12 Lê Lợi');
    expect(selectedOf(form, 'wardCode')).toBe(ADDRESS.wardCode);
    const edited = await session.post(`/tai-khoan/dia-chi/${home.id}`, {
      ...ADDRESS,
      street: '14 Lê Lợi',
      phone: '0905 999 888',
    });
    expect(edited.status).toBe(303);
    expect((await addressesOf(buyer)).find((address) => address.id === home.id)).toMatchObject({
      street: '14 Lê Lợi',
      phone: '0905999888',
      isDefault: false,
    });

    await session.get('/tai-khoan/dia-chi');
    const made = await session.post(`/tai-khoan/dia-chi/${home.id}/mac-dinh`, {});
    expect(made.status).toBe(303);
    const book = await session.follow(made);
    expect(textOf(book.doc.querySelector('.notice'))).toBe('Đã đổi địa chỉ mặc định.');
    expect(book.doc.querySelector('.address-default')?.getAttribute('data-address-id')).toBe(home.id);

    const removed = await session.post(`/tai-khoan/dia-chi/${hanoi.id}/xoa`, {});
    expect(removed.status).toBe(303);
    expect((await addressesOf(buyer)).map((address) => address.id)).toEqual([home.id]);
  });

  it("refuses another person's address on every page and form, changing nothing", async () => {
    const [mine] = await addressesOf(buyer);
    if (!mine) throw new Error('an address expected');
    const intruder = await signedInSession(t.app, { email: other.email, password: TEST_PASSWORD });
    expect((await intruder.get(`/tai-khoan/dia-chi/${mine.id}`)).status).toBe(404);
    await intruder.get('/tai-khoan/dia-chi');
    expect((await intruder.post(`/tai-khoan/dia-chi/${mine.id}`, { ...ADDRESS, street: 'Đã bị sửa' })).status).toBe(404);
    expect((await intruder.post(`/tai-khoan/dia-chi/${mine.id}/mac-dinh`, {})).status).toBe(404);
    expect((await intruder.post(`/tai-khoan/dia-chi/${mine.id}/xoa`, {})).status).toBe(404);
    expect((await intruder.get('/tai-khoan/dia-chi/khong-phai-uuid')).status).toBe(404);
    expect(await addressesOf(buyer)).toEqual([mine]);
    expect(await rowsOf(other)).toBe(0);
  });
});
