import {
  ADMIN,
  as,
  countRows,
  createEnterprise,
  createTestMarketplace,
  decide,
  enterpriseBody,
  expectProblem,
  nextTaxCode,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let company: Person;
let squatter: Person;
let admin: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  company = await signUp(t, 'giamdoc@congtythat.vn');
  squatter = await signUp(t, 'mao-danh@example.vn');
  admin = await signIn(t, ADMIN.email, ADMIN.password);
});
afterAll(async () => {
  await t?.close();
});

const register = (person: Person, overrides: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/enterprises', ...as(person, enterpriseBody(overrides)) });

describe('a tax code is held by a pending, approved or suspended enterprise, not by a rejected one', () => {
  it('lets the real company register a code whose earlier registration was rejected', async () => {
    const taxCode = nextTaxCode();
    const fake = await createEnterprise(t, squatter, { name: 'Công ty mạo danh', taxCode });
    expect((await decide(t, admin, fake.id, 'reject', 'Mã số thuế không thuộc người đăng ký')).statusCode).toBe(200);

    const real = await register(company, { name: 'Công ty thật', taxCode });
    expect(real.statusCode, real.body).toBe(201);
    expect(real.json()).toMatchObject({ taxCode, status: 'pending' });

    // the rejected registration cannot come back to the queue with the code the company now holds
    const resubmitted = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${fake.id}`,
      ...as(squatter, { name: 'Công ty mạo danh lần hai' }),
    });
    expect(expectProblem(resubmitted, 409).code).toBe('ENTERPRISES_TAX_CODE_TAKEN');
    const still = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${fake.id}`, ...as(squatter) });
    expect(still.json()).toMatchObject({ name: 'Công ty mạo danh', status: 'rejected' });
  });

  it('refuses a second pending registration of the same code with 409, writing nothing', async () => {
    const taxCode = nextTaxCode();
    await createEnterprise(t, company, { name: 'Công ty chờ duyệt', taxCode });
    const before = await countRows(t, 'enterprises.enterprises');
    expect(expectProblem(await register(squatter, { name: 'Công ty chen ngang', taxCode }), 409).code).toBe(
      'ENTERPRISES_TAX_CODE_TAKEN',
    );
    expect(await countRows(t, 'enterprises.enterprises')).toBe(before);
  });

  it('keeps the code of an approved and of a suspended enterprise', async () => {
    const taxCode = nextTaxCode();
    const held = await createEnterprise(t, company, { name: 'Công ty đang hoạt động', taxCode });
    expect((await decide(t, admin, held.id, 'approve')).statusCode).toBe(200);
    expectProblem(await register(squatter, { name: 'Công ty chen ngang 2', taxCode }), 409);
    expect((await decide(t, admin, held.id, 'suspend', 'Vi phạm quy chế sàn')).statusCode).toBe(200);
    expectProblem(await register(squatter, { name: 'Công ty chen ngang 3', taxCode }), 409);
    expect((await decide(t, admin, held.id, 'reinstate')).json()).toMatchObject({ status: 'approved', taxCode });
  });

  it('gives the code to exactly one of two registrations sent at the same moment', async () => {
    const taxCode = nextTaxCode();
    const before = await countRows(t, 'enterprises.enterprises');
    const answers = await Promise.all([
      register(company, { name: 'Công ty đồng thời một', taxCode }),
      register(squatter, { name: 'Công ty đồng thời hai', taxCode }),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect(await countRows(t, 'enterprises.enterprises')).toBe(before + 1);
  });
});
