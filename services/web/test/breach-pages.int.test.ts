import { ADMIN, createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

let t: TestMarketplace;
const MODERATOR = { email: 'kiemduyet@su-co-trang.vn', password: 'mat-khau-kiem-duyet' };

beforeAll(async () => {
  t = await createTestMarketplace();
  await t.accounts.api.ensureStaffUser({ ...MODERATOR, fullName: 'Kiểm duyệt viên', role: 'moderator' });
}, 120_000);
afterAll(async () => t?.close());

/** `2026-12-06T08:30`, as a datetime-local field holds a moment some hours ago in Vietnam time. */
const vietnamLocal = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3600_000 + 7 * 3600_000).toISOString().slice(0, 16);

describe('the data-breach console', () => {
  it('lets an admin record a breach with its clock, notify the authority and the people, and close it', async () => {
    const admin = await signedInSession(t.app, ADMIN);
    const list = await admin.get('/quan-tri/su-co-du-lieu');
    expect(list.status).toBe(200);
    expect(list.doc.querySelector('a[data-nav="breaches"]')).not.toBeNull();
    await admin.get('/quan-tri/su-co-du-lieu/moi');

    const refused = await admin.post('/quan-tri/su-co-du-lieu/moi', {
      title: 'Lộ e-mail khách hàng',
      description: '',
      dataCategories: 'E-mail',
      peopleAffected: '40',
      measures: 'Đổi mật khẩu hộp thư',
      discoveredAt: vietnamLocal(10),
    });
    expect(refused.status).toBe(422);
    expect(refused.doc.querySelector('input[name="title"]')?.getAttribute('value')).toBe('Lộ e-mail khách hàng');

    const created = await admin.post('/quan-tri/su-co-du-lieu/moi', {
      title: 'Lộ e-mail khách hàng',
      description: 'Bản tin gửi nhầm danh sách người nhận ở trường Cc.',
      dataCategories: 'E-mail',
      peopleAffected: '40',
      measures: 'Gửi thư xin lỗi, đổi quy trình gửi bản tin.',
      discoveredAt: vietnamLocal(10),
    });
    expect(created.location).toMatch(/^\/quan-tri\/su-co-du-lieu\/[0-9a-f-]{36}$/);
    const detail = await admin.follow(created);
    expect(textOf(detail.doc.querySelector('.flash'))).toContain('đồng hồ 72 giờ bắt đầu chạy');
    // 72 − 10 hours left
    expect(textOf(detail.doc.querySelector('[data-overdue="false"]'))).toMatch(/^Còn 6[12] giờ/);

    const notified = await admin.follow(
      await admin.post(`${created.location}/thong-bao-co-quan`, { reference: 'CV 21/SCT-A05', notifiedAt: '' }),
    );
    expect(textOf(notified.doc.querySelector('[data-authority]'))).toContain('CV 21/SCT-A05');
    expect(textOf(notified.doc.querySelector('.clock'))).toBe('Đã thông báo đúng hạn');
    const told = await admin.follow(await admin.post(`${created.location}/thong-bao-nguoi-dung`, {}));
    expect(textOf(told.doc.querySelector('[data-subjects]'))).toContain('Đã thông báo lúc');
    const emptyNote = await admin.post(`${created.location}/khep-ho-so`, { note: '' });
    expect(emptyNote.status).toBe(422);
    const closed = await admin.follow(await admin.post(`${created.location}/khep-ho-so`, { note: 'Đã khắc phục.' }));
    expect(closed.doc.querySelector('[data-breach-status]')?.getAttribute('data-breach-status')).toBe('closed');

    const closedList = await admin.get('/quan-tri/su-co-du-lieu?status=closed');
    expect(closedList.doc.querySelectorAll('tr[data-breach]')).toHaveLength(1);
    expect((await admin.get('/quan-tri/su-co-du-lieu?status=open')).doc.querySelectorAll('tr[data-breach]')).toHaveLength(0);
  });

  it('is not for moderators', async () => {
    const moderator = await signedInSession(t.app, MODERATOR);
    // the console's answer to a role too weak for a section
    expect((await moderator.get('/quan-tri/su-co-du-lieu')).status).toBe(403);
    const start = await moderator.get('/quan-tri');
    expect(start.doc.querySelector('a[data-nav="breaches"]')).toBeNull();
  });
});
