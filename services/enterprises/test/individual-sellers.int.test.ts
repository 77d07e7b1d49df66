import { queryRows } from '@tradeqn/db';
import {
  ADMIN,
  as,
  countRows,
  createTestMarketplace,
  decide,
  enterpriseBody,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const KEY = 'a1'.repeat(32);
/** A woman born in 1986, registered in Quảng Ngãi (051). */
const CITIZEN_ID = '051186004321';

let t: TestMarketplace;
let admin: Person;
let seller: Person;
let other: Person;

beforeAll(async () => {
  t = await createTestMarketplace({ env: { CITIZEN_ID_ENCRYPTION_KEY: KEY } });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  seller = await signUp(t, 'chi-hoa@ca-nhan.vn');
  other = await signUp(t, 'nguoi-khac@ca-nhan.vn');
}, 120_000);
afterAll(() => t?.close());

const individual = (overrides: Record<string, unknown> = {}): Record<string, unknown> => {
  const { taxCode: _none, ...body } = enterpriseBody({
    name: 'Mạch nha Hoa Bình Sơn',
    type: 'individual',
    representative: 'Trần Thị Hoa',
    citizenId: CITIZEN_ID,
    ...overrides,
  });
  return body;
};
const register = (person: Person, body: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/enterprises', ...as(person, body) });

describe('an individual seller', () => {
  it('is refused without a citizen ID, with a malformed one, or with a tax code, writing nothing', async () => {
    const { citizenId: _id, ...noId } = individual();
    const missing = expectProblem(await register(seller, noId), 400);
    expect(missing.errors).toEqual([{ path: '/body/citizenId', message: 'is required for an individual seller' }]);
    const short = expectProblem(await register(seller, individual({ citizenId: '05118600432' })), 400);
    expect(short.errors).toEqual([
      { path: '/body/citizenId', message: 'must be the 12 digits of a citizen identity card (CCCD)' },
    ]);
    const province = expectProblem(await register(seller, individual({ citizenId: '099186004321' })), 400);
    expect(province.errors?.[0]?.message).toBe('does not start with a province code (001–096)');
    const minor = expectProblem(await register(seller, individual({ citizenId: '051312004321' })), 400);
    expect(minor.errors?.[0]?.message).toBe('belongs to someone under 18');
    const both = expectProblem(await register(seller, { ...individual(), taxCode: '0100109106' }), 400);
    expect(both.errors?.[0]?.path).toBe('/body/taxCode');
    // a company gives a tax code, and no citizen ID
    const company = expectProblem(await register(seller, enterpriseBody({ taxCode: undefined, type: 'company' })), 400);
    expect(company.errors?.[0]?.path).toBe('/body/taxCode');
    expectProblem(await register(seller, enterpriseBody({ citizenId: CITIZEN_ID })), 400);
    expect(await countRows(t, 'enterprises.enterprises')).toBe(0);
  });

  it('keeps the citizen ID encrypted at rest, shows it to its owner and staff only, and the public sees no tax code', async () => {
    const created = await register(seller, individual());
    expect(created.statusCode).toBe(201);
    const mine = created.json();
    expect(mine).toMatchObject({ type: 'individual', taxCode: null, citizenId: CITIZEN_ID });

    // in the database: neither the number nor any run of its digits
    const [row] = await queryRows<Record<string, string | null>>(
      t.database.db,
      sql`SELECT * FROM enterprises.enterprises WHERE id = ${mine.id}`,
    );
    expect(JSON.stringify(row)).not.toContain(CITIZEN_ID);
    expect(JSON.stringify(row)).not.toContain(CITIZEN_ID.slice(3));
    expect(row?.citizen_id_sealed).toMatch(/^v1\./);
    const [history] = await queryRows<{ snapshot: unknown }>(
      t.database.db,
      sql`SELECT snapshot FROM enterprises.profile_history WHERE enterprise_id = ${mine.id}`,
    );
    expect(JSON.stringify(history?.snapshot)).not.toContain(CITIZEN_ID);
    expect(history?.snapshot).toMatchObject({ hasCitizenId: true });

    expect((await decide(t, admin, mine.id, 'approve')).statusCode).toBe(200);
    const pub = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${mine.slug}` })).json();
    expect(pub.taxCode).toBeNull();
    expect(JSON.stringify(pub)).not.toContain(CITIZEN_ID);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${mine.id}`, ...as(other) })).json(),
    ).not.toHaveProperty('citizenId');

    // the staff member's look is in the access log, as a look at a citizen ID
    const staff = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${mine.id}`, ...as(admin) })).json();
    expect(staff.citizenId).toBe(CITIZEN_ID);
    const log = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/enterprises/access-log', ...as(admin) })).json();
    expect(log.items[0]).toMatchObject({ viewerId: admin.userId, subject: 'citizen-id', subjectRef: mine.id });
    expect(JSON.stringify(log.items[0])).not.toContain(CITIZEN_ID);

    // staff's lists show no number (only the one logged view does), and write nothing to the log
    const logged = log.items.length;
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/enterprises?status=approved', ...as(admin) })).json();
    expect(JSON.stringify(listed)).not.toContain(CITIZEN_ID);
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/enterprises/access-log', ...as(admin) })).json();
    expect(after.items).toHaveLength(logged);
    // the tax filings ask for it in-process, and get it for individuals only
    expect(await t.enterprises.api.personalTaxCodes([mine.id])).toEqual(new Map([[mine.id, CITIZEN_ID]]));
  });

  it('holds one seller account per person, the second (even at once) refused by the keyed hash', async () => {
    const again = await register(
      other,
      individual({ name: 'Mạch nha Hoa 2', citizenId: ` ${CITIZEN_ID.replace(/(\d{3})/g, '$1 ')}` }),
    );
    expectProblem(again, 409);
    expect(again.json().code).toBe('ENTERPRISES_CITIZEN_ID_TAKEN');
    const twin = '051186009999';
    const answers = await Promise.all([
      register(other, individual({ name: 'Cơ sở A', citizenId: twin })),
      register(admin, individual({ name: 'Cơ sở B', citizenId: twin })),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
  });

  it('turns into a household business only with a tax code, which clears the citizen ID and goes back to verification', async () => {
    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/me', ...as(seller) })).json().enterprises[0];
    const patch = (body: object) => t.app.inject({ method: 'PATCH', url: `/api/v1/enterprises/${mine.id}`, ...as(seller, body) });
    const missing = expectProblem(await patch({ type: 'household' }), 400);
    expect(missing.errors?.[0]?.path).toBe('/body/taxCode');
    const changed = await patch({ type: 'household', taxCode: '0100109106' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ type: 'household', taxCode: '0100109106', citizenId: null, status: 'pending' });
    const [row] = await queryRows<{ citizen_id_sealed: string | null; citizen_id_index: string | null }>(
      t.database.db,
      sql`SELECT citizen_id_sealed, citizen_id_index FROM enterprises.enterprises WHERE id = ${mine.id}`,
    );
    expect(row).toEqual({ citizen_id_sealed: null, citizen_id_index: null });
  });
});
