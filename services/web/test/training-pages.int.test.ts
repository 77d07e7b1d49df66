import { ADMIN, as, createTestMarketplace, signIn, type TestMarketplace, waitForMailTo } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

let t: TestMarketplace;
beforeAll(async () => {
  t = await createTestMarketplace();
}, 120_000);
afterAll(async () => t?.close());

/** `YYYY-MM-DDTHH:mm` in Việt Nam time, days from now, as the console's field holds it. */
const local = (days: number, hour: number) => {
  const day = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
};

/** `YYYY-MM-DDTHH:mm` in Việt Nam time, hours from now (to the minute). */
const inHours = (hours: number) => new Date(Date.now() + 7 * 3600_000 + hours * 3600_000).toISOString().slice(0, 16);

describe('training pages', () => {
  it('staff publish a course; a visitor registers; the seat count and the attendance follow', async () => {
    const staff = await signedInSession(t.app, ADMIN);
    await staff.get('/quan-tri/dao-tao');
    const refused = await staff.post('/quan-tri/dao-tao', {
      kind: 'workshop',
      title: 'Hội thảo',
      description: 'Nội dung',
      audience: 'enterprises',
      startsAt: local(5, 8),
      endsAt: local(5, 7),
      place: 'Sở Công Thương',
      onlineUrl: '',
      capacity: '2',
    });
    expect(refused.status).toBe(422);
    const created = await staff.post('/quan-tri/dao-tao', {
      kind: 'workshop',
      title: 'Hội thảo bán hàng xuyên biên giới',
      description: 'Hội thảo một buổi cho doanh nghiệp xuất khẩu.',
      audience: 'enterprises',
      startsAt: local(5, 8),
      endsAt: local(5, 11),
      place: 'Hội trường Sở Công Thương, 294 Hùng Vương',
      onlineUrl: '',
      capacity: '2',
    });
    const id = created.location?.match(/\/quan-tri\/dao-tao\/([0-9a-f-]{36})$/)?.[1] ?? '';
    expect(id).not.toBe('');

    const visitor = new PageSession(t.app);
    const list = await visitor.get('/dao-tao');
    expect(list.doc.querySelector(`[data-event="${id}"] a`)?.getAttribute('href')).toBe(`/dao-tao/${id}`);
    const page = await visitor.get(`/dao-tao/${id}`);
    expect(textOf(page.doc.querySelector('[data-seats]'))).toBe('Còn 2/2 chỗ');
    expect(page.doc.querySelector('a[data-calendar]')?.getAttribute('href')).toBe(`/api/v1/programme/events/${id}/calendar.ics`);
    const registered = await visitor.post(`/dao-tao/${id}`, {
      fullName: 'Trần Thị Xuất',
      email: 'xuat@example.vn',
      phone: '',
      organisation: 'Công ty Mực khô Sa Huỳnh',
    });
    const after = await visitor.follow(registered);
    expect(textOf(after.doc.querySelector('.flash'))).toContain('Thư xác nhận kèm tệp lịch');
    expect(textOf(after.doc.querySelector('[data-seats]'))).toBe('Còn 1/2 chỗ');
    const twice = await visitor.post(`/dao-tao/${id}`, {
      fullName: 'Trần Thị Xuất',
      email: 'xuat@example.vn',
      phone: '',
      organisation: '',
    });
    expect(twice.status).toBe(409);
    expect(textOf(twice.doc.querySelector('#field-email-error'))).toContain('đã đăng ký');

    const sheet = await staff.get(`/quan-tri/dao-tao/${id}`);
    const row = sheet.doc.querySelector('[data-registration]');
    expect(row?.getAttribute('data-attended')).toBe('false');
    const action = row?.querySelector('form')?.getAttribute('action') ?? '';
    const marked = await staff.follow(await staff.post(action, { attended: '1' }));
    expect(marked.doc.querySelector('[data-registration]')?.getAttribute('data-attended')).toBe('true');
    const certificate = await t.app.inject({
      method: 'GET',
      url: marked.doc.querySelector('a[data-certificate]')?.getAttribute('href') ?? '',
      headers: { cookie: `tq_at=${staff.cookie('tq_at')}; tq_rt=${staff.cookie('tq_rt')}` },
    });
    expect(certificate.statusCode).toBe(200);
    expect(certificate.headers['content-type']).toBe('application/pdf');
    expect(certificate.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the QR pass opens a one-button check-in page for staff, and for no one else', async () => {
    const staff = await signedInSession(t.app, ADMIN);
    await staff.get('/quan-tri/dao-tao');
    const created = await staff.post('/quan-tri/dao-tao', {
      kind: 'fair',
      title: 'Hội chợ đặc sản Quảng Ngãi',
      description: 'Hội chợ hai ngày tại Quảng trường Phạm Văn Đồng.',
      audience: 'enterprises',
      // the fair opens within the hour: its passes are scanned at the door now
      startsAt: inHours(1),
      endsAt: inHours(9),
      place: 'Quảng trường Phạm Văn Đồng',
      onlineUrl: '',
      capacity: '10',
    });
    const id = created.location?.match(/\/quan-tri\/dao-tao\/([0-9a-f-]{36})$/)?.[1] ?? '';
    const visitor = new PageSession(t.app);
    await visitor.get(`/dao-tao/${id}`);
    await visitor.post(`/dao-tao/${id}`, { fullName: 'Lê Văn Quét', email: 'quet@example.vn', phone: '', organisation: '' });
    const [mail] = await waitForMailTo(t, 'quet@example.vn', 'Hội chợ đặc sản');
    expect(mail?.attachments.map((one) => one.filename)).toContain('ma-diem-danh.png');
    // what the QR code holds: the check-in address (read back from the pass the API makes)
    const registration = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/admin/programme/events/${id}/registrations`,
        ...as(await signIn(t, ADMIN.email, ADMIN.password)),
      })
    ).json()[0];
    const url = new URL(t.programme.checkInPasses.url(id, registration.id));

    // not staff: the console does not exist for them
    expect((await visitor.get(`${url.pathname}${url.search}`)).status).not.toBe(200);
    const page = await staff.get(`${url.pathname}${url.search}`);
    expect(page.doc.querySelector('[data-check-in]')?.getAttribute('data-check-in')).toBe('pending');
    expect(textOf(page.doc.querySelector('.check-in-person'))).toContain('Lê Văn Quét — Hội chợ đặc sản Quảng Ngãi');
    const done = await staff.follow(
      await staff.post('/quan-tri/dao-tao/diem-danh', { token: url.searchParams.get('token') ?? '' }),
    );
    expect(textOf(done.doc.querySelector('.flash'))).toBe('Đã ghi nhận có mặt.');
    expect(done.doc.querySelector('[data-check-in]')?.getAttribute('data-check-in')).toBe('attended');
    const forged = await staff.get('/quan-tri/dao-tao/diem-danh?token=a.b.c');
    expect(forged.doc.querySelector('[data-check-in]')?.getAttribute('data-check-in')).toBe('invalid');
  });
});
