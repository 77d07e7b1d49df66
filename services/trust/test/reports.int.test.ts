import { queryRows } from '@tradeqn/db';
import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  countRows,
  createTestMarketplace,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let buyer: Person;
let enterpriseId: string;
let enterpriseSlug: string;

beforeAll(async () => {
  t = await createTestMarketplace({ env: { REPORTS_PER_HOUR: '3' } });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@toi-baocao.vn');
  buyer = await signUp(t, 'khach@baocao.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Tỏi Báo Cáo');
  enterpriseSlug = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}` })).json().slug;
}, 120_000);
afterAll(() => t?.close());

let nextAddress = 1;
/** Each report from its own address, unless a test is about the limit. */
async function report(body: Record<string, unknown>, person: Person | null = null, remoteAddress = `10.9.0.${nextAddress++}`) {
  return t.app.inject({ method: 'POST', url: '/api/v1/reports', remoteAddress, ...as(person, body) });
}

async function listingSlug(name: string) {
  const id = await approvedProduct(t, owner, admin, enterpriseId, { name });
  return { id, slug: (await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}` })).json().slug as string };
}

describe('reporting', () => {
  it('takes a visitor’s report with an e-mail and a signed-in person’s with their account’s', async () => {
    const product = await listingSlug('Tỏi bị báo cáo');
    const visitor = await report({
      targetKind: 'listing',
      target: product.slug,
      reason: 'counterfeit',
      details: 'Ảnh chụp lấy từ gian hàng khác, tỏi không phải Lý Sơn',
      email: 'Nguoi.Xem@Example.vn',
    });
    expect(visitor.statusCode).toBe(201);
    const signedIn = await report(
      { targetKind: 'enterprise', target: enterpriseSlug, reason: 'fraud', details: 'Nhận tiền chuyển khoản rồi không giao' },
      buyer,
    );
    expect(signedIn.statusCode).toBe(201);
    const queue = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/reports', ...as(admin) })).json();
    const byId = new Map(queue.items.map((item: { id: string }) => [item.id, item]));
    expect(byId.get(visitor.json().id)).toMatchObject({
      reporterEmail: 'nguoi.xem@example.vn',
      isSignedIn: false,
      target: { kind: 'listing', id: product.id },
    });
    expect(byId.get(signedIn.json().id)).toMatchObject({
      reporterEmail: buyer.email,
      isSignedIn: true,
      target: { kind: 'enterprise', id: enterpriseId },
    });
  });

  it('refuses bad input with a 400 (or 422 for an unknown target) and writes nothing', async () => {
    const product = await listingSlug('Tỏi báo cáo sai');
    const before = await countRows(t, 'trust.reports');
    const good = {
      targetKind: 'listing',
      target: product.slug,
      reason: 'misleading',
      details: 'Sai khối lượng',
      email: 'a@b.vn',
    };
    expectProblem(await report({ ...good, email: undefined }), 400);
    expectProblem(await report({ ...good, email: 'khong-phai-email' }), 400);
    expectProblem(await report({ ...good, reason: 'boring' }), 400);
    expectProblem(await report({ ...good, details: '  ' }), 400);
    expectProblem(await report({ ...good, extra: 1 }), 400);
    const unknown = await report({ ...good, target: '/san-pham/khong-ton-tai' });
    expectProblem(unknown, 422);
    expect(await countRows(t, 'trust.reports')).toBe(before);
  });

  it('limits how many reports one person sends', async () => {
    const product = await listingSlug('Tỏi báo cáo nhiều');
    const body = { targetKind: 'listing', target: product.id, reason: 'other', details: 'Spam', email: 'lam-phien@example.vn' };
    const answers = [];
    // from one address, three an hour (REPORTS_PER_HOUR=3)
    for (let i = 0; i < 4; i++) answers.push((await report(body, null, '10.8.8.8')).statusCode);
    expect(answers).toEqual([201, 201, 201, 429]);
    // from another address with the same e-mail: the per-reporter limit holds
    expectProblem(await report(body, null, '10.8.8.9'), 429);
  });
});

describe('staff decisions', () => {
  it('are for province staff only; the routes are described in /openapi.json', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/reports' }), 401);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/reports', ...as(owner) }), 403);
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const path of [
      '/api/v1/reports',
      '/api/v1/admin/reports/{id}/remove',
      '/api/v1/admin/takedowns',
      '/api/v1/admin/takedowns/{id}/remove',
    ]) {
      const operation = doc.paths[path]?.post ?? doc.paths[path]?.get;
      expect(operation?.summary, path).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳýạ-ỹ]/i);
      expect(operation?.responses, path).toBeDefined();
    }
    expect(doc.components.schemas.Takedown.properties.remainingSeconds).toBeDefined();
  });

  it('dismisses a report with a reason and mails the reporter', async () => {
    const product = await listingSlug('Tỏi không vi phạm');
    const created = (
      await report({
        targetKind: 'listing',
        target: product.id,
        reason: 'misleading',
        details: 'Giá cao',
        email: 'bac@example.vn',
      })
    ).json();
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/reports/${created.id}/dismiss`,
        ...as(buyer, { reason: 'tự bác' }),
      }),
      403,
    );
    const answer = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/reports/${created.id}/dismiss`,
      ...as(admin, { reason: 'Giá do người bán tự quyết định, không trái quy định' }),
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ status: 'dismissed' });
    const [mail] = await waitForMailTo(t, 'bac@example.vn', 'Kết quả xử lý báo cáo vi phạm');
    expect(mail?.text).toContain('Giá do người bán tự quyết định');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${product.id}` })).statusCode).toBe(200);
  });

  it('acts on a report: the listing goes, the seller and the reporter are mailed, the decision audited', async () => {
    const product = await listingSlug('Tỏi Trung Quốc giả Lý Sơn');
    const created = (
      await report(
        { targetKind: 'listing', target: `/san-pham/${product.slug}`, reason: 'counterfeit', details: 'Tỏi nhập khẩu' },
        buyer,
      )
    ).json();
    const answer = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/reports/${created.id}/remove`,
      ...as(admin, { legalBasis: 'Điều 11 Nghị định 98/2020/NĐ-CP' }),
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().status).toBe('actioned');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${product.id}` })).statusCode).toBe(410);
    // a report acted on is a moderation decision: the seller may correct the listing and send it back to review
    const resubmitted = await t.app.inject({ method: 'POST', url: `/api/v1/products/${product.id}/submit`, ...as(owner) });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    const [toSeller] = await waitForMailTo(t, owner.email, '“Tỏi Trung Quốc giả Lý Sơn” đã bị gỡ bỏ');
    expect(toSeller?.text).toContain('Điều 11 Nghị định 98/2020/NĐ-CP');
    const [toReporter] = await waitForMailTo(t, buyer.email, 'Kết quả xử lý báo cáo vi phạm');
    expect(toReporter?.text).toContain('đã gỡ bỏ');
    const audits = await queryRows<{ action: string; actor_id: string }>(
      t.database.db,
      sql`SELECT action, actor_id FROM trust.audit_log WHERE entity_type = 'report' AND entity_id = ${created.id}`,
    );
    expect(audits).toEqual([{ action: 'remove', actor_id: admin.userId }]);
    // decided once
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/reports/${created.id}/dismiss`,
        ...as(admin, { reason: 'nhầm' }),
      }),
      409,
    );
  });
});
