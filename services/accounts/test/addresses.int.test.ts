import {
  ADDRESS,
  as,
  countRows,
  createTestMarketplace,
  expectProblem,
  type Person,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let buyer: Person;
let other: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  [buyer, other] = await Promise.all([signUp(t, 'sodiachi@example.vn'), signUp(t, 'nguoikhac@example.vn')]);
});
afterAll(async () => {
  await t?.close();
});

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, person: Person | null, body?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...as(person, body) });
const addressesOf = async (person: Person) =>
  (await call('GET', '/me/addresses', person)).json().items as { id: string; isDefault: boolean; street: string }[];
const rowsOf = (person: Person) => countRows(t, `accounts.addresses WHERE user_id = '${person.userId}'`);

describe('PATCH /me', () => {
  it('changes my name and phone, normalising the phone; a bad phone changes nothing', async () => {
    const changed = await call('PATCH', '/me', buyer, { fullName: '  Trần   Văn Mua ', phone: '+84 905 111 222' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: buyer.userId, fullName: 'Trần Văn Mua', phone: '0905111222' });

    const bad = expectProblem(await call('PATCH', '/me', buyer, { fullName: 'Tên Mới', phone: '12345' }), 400);
    expect(bad.errors?.map((error) => error.path)).toEqual(['/body/phone']);
    expect((await call('GET', '/me', buyer)).json()).toMatchObject({ fullName: 'Trần Văn Mua', phone: '0905111222' });

    expect((await call('PATCH', '/me', buyer, { phone: '' })).json().phone).toBeNull();
    expectProblem(await call('PATCH', '/me', buyer, { email: 'khac@example.vn' }), 400);
    expectProblem(await call('PATCH', '/me', null, { fullName: 'Ai Đó' }), 401);
  });
});

describe('the address book', () => {
  it('adds, lists, edits, sets the default and deletes, with the province and ward named', async () => {
    expectProblem(await call('GET', '/me/addresses', null), 401);
    const first = await call('POST', '/me/addresses', buyer, ADDRESS);
    expect(first.statusCode).toBe(201);
    const home = first.json();
    expect(first.headers.location).toBe(`/api/v1/me/addresses/${home.id}`);
    expect(home).toMatchObject({
      fullName: 'Nguyễn Thị Mua',
      phone: '0905123456',
      provinceCode: '51',
      provinceName: 'Quảng Ngãi',
      wardCode: ADDRESS.wardCode,
      street: '12 Lê Lợi',
      isDefault: true,
    });
    expect(home.wardName).not.toBe(ADDRESS.wardCode);

    const office = (await call('POST', '/me/addresses', buyer, { ...ADDRESS, street: '5 Hùng Vương' })).json();
    expect(office.isDefault).toBe(false);
    const third = (
      await call('POST', '/me/addresses', buyer, { ...ADDRESS, street: '9 Phan Đình Phùng', isDefault: true })
    ).json();
    expect(third.isDefault).toBe(true);
    let listed = await addressesOf(buyer);
    expect(listed.map((address) => address.id)).toEqual([third.id, home.id, office.id]);
    expect(listed.filter((address) => address.isDefault)).toHaveLength(1);

    const edited = await call('PATCH', `/me/addresses/${office.id}`, buyer, { street: '7 Hùng Vương', isDefault: true });
    expect(edited.json()).toMatchObject({ street: '7 Hùng Vương', isDefault: true });
    listed = await addressesOf(buyer);
    expect(listed.filter((address) => address.isDefault).map((address) => address.id)).toEqual([office.id]);

    expect((await call('DELETE', `/me/addresses/${office.id}`, buyer)).statusCode).toBe(204);
    listed = await addressesOf(buyer);
    expect(listed.map((address) => address.id)).toEqual([home.id, third.id]);
    expect(listed[0]?.isDefault).toBe(true);
    expectProblem(await call('GET', `/me/addresses/${office.id}`, buyer), 404);
  });

  it('refuses a ward of another province, an unknown province and a foreign phone, saving nothing', async () => {
    const before = await rowsOf(buyer);
    const wrongWard = expectProblem(await call('POST', '/me/addresses', buyer, { ...ADDRESS, wardCode: '00004' }), 400);
    expect(wrongWard.code).toBe('ACCOUNTS_ADDRESS_INVALID');
    expect(wrongWard.errors?.map((error) => error.path)).toEqual(['/body/wardCode']);
    const noProvince = expectProblem(await call('POST', '/me/addresses', buyer, { ...ADDRESS, provinceCode: '99' }), 400);
    expect(noProvince.errors?.map((error) => error.path)).toEqual(['/body/provinceCode']);
    const phone = expectProblem(await call('POST', '/me/addresses', buyer, { ...ADDRESS, phone: '+1 202 555 0100' }), 400);
    expect(phone.errors?.map((error) => error.path)).toEqual(['/body/phone']);
    expectProblem(await call('POST', '/me/addresses', buyer, { ...ADDRESS, wardCode: 'abc' }), 400);
    expect(await rowsOf(buyer)).toBe(before);

    const [address] = await addressesOf(buyer);
    if (!address) throw new Error('no address');
    // moving to Hà Nội without naming a ward of Hà Nội keeps the Quảng Ngãi ward: refused
    const moved = expectProblem(await call('PATCH', `/me/addresses/${address.id}`, buyer, { provinceCode: '01' }), 400);
    expect(moved.errors?.map((error) => error.path)).toEqual(['/body/wardCode']);
    const ok = await call('PATCH', `/me/addresses/${address.id}`, buyer, { provinceCode: '01', wardCode: '00004' });
    expect(ok.json()).toMatchObject({ provinceName: 'Hà Nội', wardName: 'Ba Đình' });
  });

  it("never shows or changes another person's address: 404 as for an id that does not exist", async () => {
    const [mine] = await addressesOf(buyer);
    if (!mine) throw new Error('no address');
    expect(await addressesOf(other)).toEqual([]);
    expect(expectProblem(await call('GET', `/me/addresses/${mine.id}`, other), 404).code).toBe('ACCOUNTS_ADDRESS_NOT_FOUND');
    expectProblem(await call('PATCH', `/me/addresses/${mine.id}`, other, { street: 'Bị sửa', isDefault: true }), 404);
    expectProblem(await call('DELETE', `/me/addresses/${mine.id}`, other), 404);
    const after = (await call('GET', `/me/addresses/${mine.id}`, buyer)).json();
    expect(after).toMatchObject({ street: mine.street, isDefault: mine.isDefault });
    expect(await rowsOf(other)).toBe(0);
  });

  it('keeps at most 10 addresses, even when added at the same moment', async () => {
    const person = await signUp(t, 'nhieudiachi@example.vn');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        call('POST', '/me/addresses', person, { ...ADDRESS, street: `${index + 1} Lê Lợi` }),
      ),
    );
    expect(answers.filter((answer) => answer.statusCode === 201)).toHaveLength(10);
    for (const refused of answers.filter((answer) => answer.statusCode !== 201)) {
      expect(expectProblem(refused, 409).code).toBe('ACCOUNTS_ADDRESS_LIMIT');
    }
    const listed = await addressesOf(person);
    expect(listed).toHaveLength(10);
    expect(listed.filter((address) => address.isDefault)).toHaveLength(1);
  });
});
