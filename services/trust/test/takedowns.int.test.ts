import { queryRows } from '@tradeqn/db';
import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  countRows,
  createTestMarketplace,
  eventually,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ALERTS = 'truc-phap-che@soct.quangngai.gov.vn';
const HOUR = 3600_000;

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let buyer: Person;
let enterpriseId: string;

beforeAll(async () => {
  t = await createTestMarketplace({ env: { TAKEDOWN_ALERT_EMAILS: ALERTS } });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@toi-gobo.vn');
  buyer = await signUp(t, 'khach@gobo.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Tỏi Lý Sơn Gỡ Bỏ');
}, 120_000);
afterAll(() => t?.close());

/** One round of the periodic job, as a worker's timer runs it. */
function escalate(): Promise<number> {
  const job = t.trust.schedules?.find((schedule) => schedule.name === 'trust.escalate-takedowns');
  if (!job) throw new Error('no escalation job');
  return job.run(new Date());
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

function request(target: string, overrides: Record<string, unknown> = {}) {
  return {
    documentNumber: '125/QLTT-PC',
    documentDate: new Date(Date.now() - 2 * 24 * HOUR).toISOString().slice(0, 10),
    issuer: 'Cục Quản lý thị trường tỉnh Quảng Ngãi',
    targetKind: 'listing',
    target,
    requestedAction: 'Gỡ bỏ tin đăng bán tỏi giả mạo chỉ dẫn địa lý Lý Sơn',
    legalBasis: 'Khoản 3 Điều 5 Nghị định 85/2021/NĐ-CP',
    ...overrides,
  };
}

async function record(body: Record<string, unknown>, person: Person | null = admin) {
  return t.app.inject({ method: 'POST', url: '/api/v1/admin/takedowns', ...as(person, body) });
}

async function listing(name: string): Promise<{ id: string; slug: string }> {
  const id = await approvedProduct(t, owner, admin, enterpriseId, { name });
  const { slug } = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}` })).json();
  return { id, slug };
}

const searchNames = async (q: string) =>
  (
    (await t.app.inject({ method: 'GET', url: `/api/v1/products?q=${encodeURIComponent(q)}` })).json().items as {
      name: string;
    }[]
  ).map((item) => item.name);

describe('recording a request', () => {
  it('starts the 24-hour clock at receipt, named by the listing’s public address', async () => {
    const product = await listing('Tỏi cô đơn ghi nhận');
    const response = await record(request(`https://san.example.vn/san-pham/${product.slug}?utm=x`, { receivedAt: hoursAgo(3) }));
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.status).toBe('open');
    expect(created.target).toMatchObject({ kind: 'listing', id: product.id, enterpriseId, path: `/san-pham/${product.slug}` });
    expect(new Date(created.deadlineAt).getTime() - new Date(created.receivedAt).getTime()).toBe(24 * HOUR);
    // 21 hours left, give or take the test's own seconds
    expect(created.remainingSeconds).toBeGreaterThan(21 * 3600 - 60);
    expect(created.remainingSeconds).toBeLessThanOrEqual(21 * 3600);
    expect(created.isOverdue).toBe(false);

    const late = (await record(request(product.id, { receivedAt: hoursAgo(25) }))).json();
    expect(late.isOverdue).toBe(true);
    expect(late.remainingSeconds).toBeLessThan(-3600 + 60);
    const open = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/takedowns?status=open', ...as(admin) })).json();
    // the request whose clock runs out first comes first
    expect(open.items[0].id).toBe(late.id);
  });

  it('refuses bad input with a 400 and writes nothing', async () => {
    const product = await listing('Tỏi đầu vào sai');
    const before = await countRows(t, 'trust.takedowns');
    const audits = await countRows(t, 'trust.audit_log');
    expectProblem(await record(request(product.id, { legalBasis: '   ' })), 400);
    expectProblem(await record(request(product.id, { documentDate: '2026-13-45' })), 400);
    expectProblem(await record(request(product.id, { targetKind: 'order' })), 400);
    expectProblem(await record(request(product.id, { surprise: true })), 400);
    const future = await record(request(product.id, { receivedAt: new Date(Date.now() + 2 * HOUR).toISOString() }));
    expectProblem(future, 400);
    expect(future.json().errors[0].path).toBe('/body/receivedAt');
    const unknown = await record(request('khong-co-tin-nay'));
    expectProblem(unknown, 422);
    expect(unknown.json().errors[0].path).toBe('/body/target');
    expect(await countRows(t, 'trust.takedowns')).toBe(before);
    expect(await countRows(t, 'trust.audit_log')).toBe(audits);
  });

  it('is for province staff only', async () => {
    const product = await listing('Tỏi chỉ cán bộ');
    const before = await countRows(t, 'trust.takedowns');
    expectProblem(await record(request(product.id), null), 401);
    expectProblem(await record(request(product.id), owner), 403);
    expectProblem(await record(request(product.id), buyer), 403);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/takedowns', ...as(buyer) }), 403);
    const created = (await record(request(product.id))).json();
    const removal = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/takedowns/${created.id}/remove`,
      ...as(owner, { legalBasis: 'tự gỡ' }),
    });
    expectProblem(removal, 403);
    expect(await countRows(t, 'trust.takedowns')).toBe(before + 1);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${product.id}` })).statusCode).toBe(200);
  });
});

describe('escalations', () => {
  const mailsAbout = (documentNumber: string, hours: number) =>
    t.smtp.messages.filter(
      (message) => String(message.subject).includes(`[Nhắc ${hours} giờ]`) && String(message.subject).includes(documentNumber),
    ).length;

  it('mails staff once at 12 and once at 20 hours, even when the job runs twice at once', async () => {
    const product = await listing('Tỏi nhắc hạn');
    const fresh = (await record(request(product.id, { documentNumber: 'NHAC-0', receivedAt: hoursAgo(2) }))).json();
    const at13 = (await record(request(product.id, { documentNumber: 'NHAC-13', receivedAt: hoursAgo(13) }))).json();
    const at21 = (await record(request(product.id, { documentNumber: 'NHAC-21', receivedAt: hoursAgo(21) }))).json();

    // two workers' timers firing at the same moment
    const [first, second] = await Promise.all([escalate(), escalate()]);
    // 13 h: the 12-hour reminder; 21 h: both (plus whatever earlier tests left open and late)
    expect(first + second).toBeGreaterThanOrEqual(3);
    await waitForMailTo(t, ALERTS, 'NHAC-13');
    await waitForMailTo(t, ALERTS, '[Nhắc 20 giờ] Yêu cầu gỡ bỏ số NHAC-21');
    // and once more, later: nothing new is due
    expect(await escalate()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsAbout('NHAC-13', 12)).toBe(1);
    expect(mailsAbout('NHAC-13', 20)).toBe(0);
    expect(mailsAbout('NHAC-21', 12)).toBe(1);
    expect(mailsAbout('NHAC-21', 20)).toBe(1);
    expect(mailsAbout('NHAC-0', 12)).toBe(0);

    const rows = await queryRows<{ id: string; e12: Date | null; e20: Date | null }>(
      t.database.db,
      sql`SELECT id, escalated_12_at AS e12, escalated_20_at AS e20 FROM trust.takedowns WHERE id IN (${fresh.id}, ${at13.id}, ${at21.id})`,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(fresh.id)?.e12).toBeNull();
    expect(byId.get(at13.id)?.e12).not.toBeNull();
    expect(byId.get(at13.id)?.e20).toBeNull();
    expect(byId.get(at21.id)?.e20).not.toBeNull();
    const events = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM trust.outbox WHERE type = 'trust.takedown.escalated' AND payload->>'takedownId' = ${at21.id}`,
    );
    expect(events[0]?.n).toBe(2);

    // the 13-hour one reaches 20 hours later: its second reminder, once
    await queryRows(
      t.database.db,
      sql`UPDATE trust.takedowns SET received_at = now() - interval '20 hours 5 minutes' WHERE id = ${at13.id}`,
    );
    await Promise.all([escalate(), escalate()]);
    await waitForMailTo(t, ALERTS, '[Nhắc 20 giờ] Yêu cầu gỡ bỏ số NHAC-13');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsAbout('NHAC-13', 20)).toBe(1);
    expect(mailsAbout('NHAC-13', 12)).toBe(1);
  });

  it('does not remind of requests already dealt with', async () => {
    const product = await listing('Tỏi đã đóng');
    const closed = (await record(request(product.id, { documentNumber: 'DONG-1', receivedAt: hoursAgo(22) }))).json();
    const answer = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/takedowns/${closed.id}/close`,
      ...as(admin, { reason: 'Văn bản gửi nhầm sàn; cơ quan đã có văn bản thu hồi' }),
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ status: 'closed', actionNote: 'Văn bản gửi nhầm sàn; cơ quan đã có văn bản thu hồi' });
    await escalate();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.smtp.messages.some((message) => String(message.subject).includes('DONG-1'))).toBe(false);
    // and the listing was left as it was
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${product.id}` })).statusCode).toBe(200);
  });
});

describe('taking down', () => {
  it('hides the listing from the public and search, records the time, audits and mails the seller', async () => {
    const product = await listing('Tỏi giả chỉ dẫn địa lý');
    await eventually(async () => (await searchNames('toi gia chi dan')).includes('Tỏi giả chỉ dẫn địa lý'));
    const created = (
      await record(request(`/san-pham/${product.slug}`, { documentNumber: 'GO-77', receivedAt: hoursAgo(5) }))
    ).json();
    const removed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/takedowns/${created.id}/remove`,
      ...as(admin, { legalBasis: 'Khoản 3 Điều 5 Nghị định 85/2021/NĐ-CP' }),
    });
    expect(removed.statusCode).toBe(200);
    const done = removed.json();
    expect(done).toMatchObject({ status: 'removed', isWithinDeadline: true, isOverdue: false });
    expect(Date.now() - new Date(done.actedAt).getTime()).toBeLessThan(60_000);

    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${product.id}` })).statusCode).toBe(410);
    expect((await t.app.inject({ method: 'GET', url: `/san-pham/${product.slug}` })).statusCode).toBe(410);
    await eventually(async () => !(await searchNames('toi gia chi dan')).includes('Tỏi giả chỉ dẫn địa lý'));
    // an authority's removal holds: its seller cannot send the listing back to review
    expectProblem(await t.app.inject({ method: 'POST', url: `/api/v1/products/${product.id}/submit`, ...as(owner) }), 409);
    const held = await t.app.inject({ method: 'GET', url: `/api/v1/products/${product.id}`, ...as(owner) });
    expect(held.json().status).toBe('rejected');

    const [mail] = await waitForMailTo(t, owner.email, 'đã bị gỡ bỏ');
    expect(mail?.subject).toContain('Tỏi giả chỉ dẫn địa lý');
    expect(mail?.text).toContain('GO-77');
    expect(mail?.text).toContain('Khoản 3 Điều 5 Nghị định 85/2021/NĐ-CP');

    const audits = await queryRows<{ action: string; actor_id: string; details: { isWithinDeadline: boolean } }>(
      t.database.db,
      sql`SELECT action, actor_id, details FROM trust.audit_log WHERE entity_type = 'takedown' AND entity_id = ${created.id} ORDER BY id`,
    );
    expect(audits.map((row) => row.action)).toEqual(['record', 'remove']);
    expect(audits[1]?.actor_id).toBe(admin.userId);
    expect(audits[1]?.details.isWithinDeadline).toBe(true);
    const catalogAudit = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM catalog.audit_log WHERE entity_id = ${product.id} AND action = 'takedown'`,
    );
    expect(catalogAudit[0]?.n).toBe(1);

    // a second decision on the same request is refused and changes nothing
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/takedowns/${created.id}/close`,
      ...as(admin, { reason: 'nhầm' }),
    });
    expectProblem(again, 409);
  });

  it('takes down once when two staff press at the same moment', async () => {
    const product = await listing('Tỏi hai người gỡ');
    const created = (await record(request(product.id, { documentNumber: 'CUNG-LUC', receivedAt: hoursAgo(2) }))).json();
    const moderator = await signIn(t, ADMIN.email, ADMIN.password);
    const answers = await Promise.all(
      [admin, moderator].map((person) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/admin/takedowns/${created.id}/remove`,
          ...as(person, { legalBasis: 'Điều 6 Nghị định 52/2013/NĐ-CP' }),
        }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    await waitForMailTo(t, owner.email, '“Tỏi hai người gỡ” đã bị gỡ bỏ');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.smtp.messages.filter((message) => String(message.subject).includes('“Tỏi hai người gỡ” đã bị gỡ bỏ'))).toHaveLength(
      1,
    );
    const removals = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM trust.audit_log WHERE entity_id = ${created.id} AND action = 'remove'`,
    );
    expect(removals[0]?.n).toBe(1);
  });

  it('marks a removal after the clock ran out as late', async () => {
    const product = await listing('Tỏi gỡ trễ hạn');
    const created = (await record(request(product.id, { receivedAt: hoursAgo(30) }))).json();
    const done = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/takedowns/${created.id}/remove`,
        ...as(admin, { legalBasis: 'Điều 6 Nghị định 52/2013/NĐ-CP' }),
      })
    ).json();
    expect(done).toMatchObject({ status: 'removed', isWithinDeadline: false, isOverdue: true });
  });

  it('suspends an enterprise named by its storefront', async () => {
    const other = await signUp(t, 'chu@cs-gobo.vn');
    const otherId = await approvedEnterprise(t, other, admin, 'Cơ sở Nước mắm Gỡ Bỏ');
    const { slug } = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${otherId}` })).json();
    const product = await approvedProduct(t, other, admin, otherId, { name: 'Nước mắm gỡ bỏ' });
    const created = (
      await record(
        request(`/doanh-nghiep/${slug}`, { targetKind: 'enterprise', documentNumber: 'DN-9', receivedAt: hoursAgo(1) }),
      )
    ).json();
    expect(created.target).toMatchObject({ kind: 'enterprise', id: otherId, enterpriseId: otherId });
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/takedowns/${created.id}/remove`,
      ...as(admin, { legalBasis: 'Điều 62 Luật Bảo vệ quyền lợi người tiêu dùng 2023' }),
    });
    expect(done.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${otherId}` })).statusCode).toBe(410);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${product}` })).statusCode).toBe(410);
    const [mail] = await waitForMailTo(t, other.email, 'bị tạm ngừng');
    expect(String(mail?.text)).toContain('DN-9');
  });

  it('refuses an empty legal basis and leaves the listing up', async () => {
    const product = await listing('Tỏi căn cứ trống');
    const created = (await record(request(product.id))).json();
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/takedowns/${created.id}/remove`,
      ...as(admin, { legalBasis: ' ' }),
    });
    expectProblem(refused, 400);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${product.id}` })).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/admin/takedowns/${created.id}`, ...as(admin) })).json().status,
    ).toBe('open');
  });
});
