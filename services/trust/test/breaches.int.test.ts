import {
  ADMIN,
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ALERTS = 'bao-mat@soct.quangngai.gov.vn';
const HOUR = 3600_000;

let t: TestMarketplace;
let admin: Person;
let moderator: Person;
let buyer: Person;

beforeAll(async () => {
  t = await createTestMarketplace({ env: { TAKEDOWN_ALERT_EMAILS: ALERTS } });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  await t.accounts.api.ensureStaffUser({
    email: 'kiemduyet@su-co.vn',
    password: 'mat-khau-kiem-duyet',
    fullName: 'Kiểm duyệt viên',
    role: 'moderator',
  });
  moderator = await signIn(t, 'kiemduyet@su-co.vn', 'mat-khau-kiem-duyet');
  buyer = await signUp(t, 'khach@su-co.vn');
}, 120_000);
afterAll(() => t?.close());

const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
const BREACH = {
  title: 'Lộ danh sách địa chỉ giao hàng qua bản sao lưu để công khai',
  description: 'Một bản sao lưu cơ sở dữ liệu để ở thư mục công khai trong 3 giờ.',
  dataCategories: 'Họ tên, điện thoại, địa chỉ giao hàng',
  peopleAffected: 1200,
  measures: 'Đã xoá bản sao lưu, đổi khoá truy cập, rà soát nhật ký truy cập.',
};
const record = (body: object, person: Person | null = admin) =>
  t.app.inject({ method: 'POST', url: '/api/v1/admin/data-breaches', ...as(person, body) });
const act = (id: string, step: string, body: object = {}, person: Person = admin) =>
  t.app.inject({ method: 'POST', url: `/api/v1/admin/data-breaches/${id}/${step}`, ...as(person, body) });

function escalate(): Promise<number> {
  const job = t.trust.schedules?.find((schedule) => schedule.name === 'trust.escalate-data-breaches');
  if (!job) throw new Error('no breach escalation job');
  return job.run(new Date());
}

describe('the data-breach register', () => {
  it('is for admins only and refuses what is incomplete or in the future, writing nothing', async () => {
    expectProblem(await record({ ...BREACH, discoveredAt: hoursAgo(1) }, moderator), 403);
    expectProblem(await record({ ...BREACH, discoveredAt: hoursAgo(1) }, buyer), 403);
    expectProblem(await record({ ...BREACH, discoveredAt: hoursAgo(1) }, null), 401);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/data-breaches', ...as(moderator) }), 403);
    expectProblem(await record({ ...BREACH, title: '  ', discoveredAt: hoursAgo(1) }), 400);
    expectProblem(await record({ ...BREACH, peopleAffected: -1, discoveredAt: hoursAgo(1) }), 400);
    const future = expectProblem(await record({ ...BREACH, discoveredAt: new Date(Date.now() + 2 * HOUR).toISOString() }), 400);
    expect(future.errors).toEqual([{ path: '/body/discoveredAt', message: 'must not be in the future' }]);
    expect(await countRows(t, 'trust.data_breaches')).toBe(0);
  });

  it('runs the 72-hour clock from discovery, reminds admins at 48 and 66 hours once each, and stops when the authority is told', async () => {
    const created = await record({ ...BREACH, discoveredAt: hoursAgo(50) });
    expect(created.statusCode).toBe(201);
    const breach = created.json();
    expect(breach.status).toBe('open');
    expect(breach.remainingSeconds).toBeGreaterThan(21 * 3600);
    expect(breach.remainingSeconds).toBeLessThan(22 * 3600 + 60);
    expect(Date.parse(breach.deadlineAt) - Date.parse(breach.discoveredAt)).toBe(72 * HOUR);
    const fresh = (await record({ ...BREACH, title: 'Sự cố mới phát hiện', discoveredAt: hoursAgo(1) })).json();

    expect(await escalate()).toBe(1);
    expect(await escalate()).toBe(0);
    const [mail] = await waitForMailTo(t, ALERTS, '[Nhắc 48 giờ]');
    expect(mail?.text).toContain(BREACH.title);
    expect(mail?.text).toContain(`/quan-tri/su-co-du-lieu/${breach.id}`);

    // the people told, then the authority: in time (50 hours after discovery)
    const told = await Promise.all([act(breach.id, 'subjects-notified'), act(breach.id, 'subjects-notified')]);
    expect(told.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    expectProblem(await act(breach.id, 'subjects-notified'), 409);
    expectProblem(await act(breach.id, 'close', { note: 'Xong' }), 409);
    expectProblem(await act(breach.id, 'authority-notified', { reference: '' }), 400);
    const [first, second] = await Promise.all([
      act(breach.id, 'authority-notified', { reference: 'CV 15/SCT-A05' }),
      act(breach.id, 'authority-notified', { reference: 'CV 16/SCT-A05' }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const notified = (
      await t.app.inject({ method: 'GET', url: `/api/v1/admin/data-breaches/${breach.id}`, ...as(admin) })
    ).json();
    expect(notified).toMatchObject({ status: 'notified', isWithinDeadline: true, isOverdue: false });

    // a late notice is kept as late
    const late = (await record({ ...BREACH, title: 'Sự cố báo muộn', discoveredAt: hoursAgo(80) })).json();
    expect(late.isOverdue).toBe(true);
    // both reminders are due for it, each once; the notified one and the fresh one get none
    expect(await escalate()).toBe(2);
    expect(await escalate()).toBe(0);
    await waitForMailTo(t, ALERTS, '[Nhắc 66 giờ]');
    expect(
      expectProblem(await act(late.id, 'authority-notified', { reference: 'x', notifiedAt: hoursAgo(90) }), 400).errors,
    ).toEqual([{ path: '/body/notifiedAt', message: 'must not be before the discovery' }]);
    const lateNotice = (await act(late.id, 'authority-notified', { reference: 'CV 17/SCT-A05' })).json();
    expect(lateNotice.isWithinDeadline).toBe(false);
    expect(expectProblem(await act(late.id, 'authority-notified', { reference: 'CV 18/SCT-A05' }), 409).code).toBe(
      'TRUST_BREACH_STATE',
    );

    const closed = await act(breach.id, 'close', { note: 'Không phát hiện sử dụng trái phép; đã thông báo khách hàng.' });
    expect(closed.json().status).toBe('closed');
    // the list, newest first; the audit log holds every step
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/data-breaches?status=open', ...as(admin) })).json();
    expect(list.items.map((item: { id: string }) => item.id)).toEqual([fresh.id]);
    expect(await countRows(t, `trust.audit_log WHERE entity_id = '${breach.id}'`)).toBe(4);
  });
});
