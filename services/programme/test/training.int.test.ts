import { createRequire } from 'node:module';
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
} from '@tradeqn/testing';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// jsqr is CommonJS whose exports are the function itself (its types say `export default`)
const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;

let t: TestMarketplace;
let admin: Person;
let buyer: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  buyer = await signUp(t, 'khach@dao-tao.vn');
}, 120_000);
afterAll(() => t?.close());

const inDays = (days: number, hours = 8) => new Date(Date.now() + days * 86_400_000 + hours * 3600_000).toISOString();
const COURSE = {
  kind: 'training',
  title: 'Bán hàng trên sàn TMĐT cho sinh viên năm cuối',
  description: 'Khoá học hai buổi: lập gian hàng, chụp ảnh sản phẩm, chăm sóc khách hàng.',
  audience: 'students',
  startsAt: inDays(10),
  endsAt: inDays(10, 11),
  place: 'Trường Đại học Phạm Văn Đồng, 509 Phan Đình Phùng',
  capacity: 5,
};
const create = (body: object, who: Person | null = admin) =>
  t.app.inject({ method: 'POST', url: '/api/v1/admin/programme/events', ...as(who, body) });
const register = (id: string, n: number | string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/programme/events/${id}/registrations`,
    ...as(null, { fullName: `Sinh viên ${n}`, email: `sv${n}@pdu.edu.vn`, organisation: 'Trường ĐH Phạm Văn Đồng' }),
  });

describe('training courses and events', () => {
  it('are published by staff only, with a place or a link, ending after they start', async () => {
    expectProblem(await create(COURSE, buyer), 403);
    expectProblem(await create(COURSE, null), 401);
    expectProblem(await create({ ...COURSE, endsAt: COURSE.startsAt }), 400);
    const { place: _place, ...nowhere } = COURSE;
    expectProblem(await create(nowhere), 400);
    expectProblem(await create({ ...COURSE, capacity: 0 }), 400);
    expectProblem(await create({ ...COURSE, onlineUrl: 'javascript:alert(1)' }), 400);
    expect(await countRows(t, 'programme.training_events')).toBe(0);
  });

  it('accept exactly the capacity when more people register at once, each address once', async () => {
    const created = await create(COURSE);
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, n) => register(id, n)));
    expect(answers.filter((answer) => answer.statusCode === 201)).toHaveLength(5);
    expect(answers.filter((answer) => answer.statusCode === 409)).toHaveLength(7);
    expect(await countRows(t, `programme.registrations WHERE event_id = '${id}'`)).toBe(5);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/programme/events/${id}` })).json()).toMatchObject({
      registeredCount: 5,
      seatsLeft: 0,
      isOpen: false,
    });

    const second = (await create({ ...COURSE, title: 'Khoá 2', capacity: 3 })).json();
    expect((await register(second.id, 'a')).statusCode).toBe(201);
    const again = await register(second.id, 'a');
    expectProblem(again, 409);
    expect(again.json().code).toBe('PROGRAMME_ALREADY_REGISTERED');
    // text PostgreSQL cannot hold is the sender's mistake: a 400, and no seat taken
    const nul = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programme/events/${second.id}/registrations`,
      ...as(null, { fullName: 'Sinh\u0000viên', email: 'nul@pdu.edu.vn' }),
    });
    expectProblem(nul, 400);
    // the refused second registration gave its seat back
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/programme/events/${second.id}` })).json().registeredCount).toBe(1);
  });

  it('mails the confirmation with the calendar entry, and serves the entry', async () => {
    const { id } = (await create({ ...COURSE, title: 'Hội thảo TMĐT xuyên biên giới', capacity: 50 })).json();
    expect((await register(id, 'lich')).statusCode).toBe(201);
    const mail = await vi.waitFor(
      () => {
        const found = t.smtp.messages.find((message) => (message.to as { text: string }).text === 'svlich@pdu.edu.vn');
        if (!found) throw new Error('not yet');
        return found;
      },
      { timeout: 10_000 },
    );
    expect(mail.subject).toContain('Xác nhận đăng ký: Hội thảo TMĐT xuyên biên giới');
    const attachment = mail.attachments.find((one) => one.filename === 'su-kien.ics');
    const calendar = attachment?.content.toString('utf8') ?? '';
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain(`UID:${id}@sangiaodich.quangngai`);
    const utc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(calendar).toContain(`DTSTART:${utc(COURSE.startsAt)}`);
    expect(calendar).toContain('SUMMARY:Hội thảo TMĐT xuyên biên giới');

    const file = await t.app.inject({ method: 'GET', url: `/api/v1/programme/events/${id}/calendar.ics` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('text/calendar');
    expect(file.body.startsWith('BEGIN:VCALENDAR')).toBe(true);
  });

  it('counts the students who attended towards the programme’s indicator', async () => {
    const past = (await create({ ...COURSE, title: 'Khoá đã học', capacity: 10 })).json();
    for (const n of ['x', 'y', 'z']) expect((await register(past.id, n)).statusCode).toBe(201);
    const people = (
      await t.app.inject({ method: 'GET', url: `/api/v1/admin/programme/events/${past.id}/registrations`, ...as(admin) })
    ).json();
    const mark = (registrationId: string, attended: boolean, who: Person = admin) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/admin/programme/events/${past.id}/registrations/${registrationId}/attendance`,
        ...as(who, { attended }),
      });
    expectProblem(await mark(people[0].id, true, buyer), 403);
    expect((await mark(people[0].id, true)).json().attendedAt).not.toBeNull();
    await mark(people[1].id, true);
    // counted in the Việt Nam year the course starts in
    const yearOfCourse = new Date(new Date(COURSE.startsAt).getTime() + 7 * 3600_000).getUTCFullYear();
    const indicator = async () =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/admin/programme/statistics?year=${yearOfCourse}`, ...as(admin) }))
        .json()
        .indicators.find((one: { code: string }) => one.code === 'students_trained');
    expect((await indicator()).value).toBe(2);
    await mark(people[1].id, false);
    expect((await indicator()).value).toBe(1);

    // the first person's certificate: mailed once as a PDF, and for staff to download; none for who did not come
    const mails = () =>
      t.smtp.messages.filter(
        (message) =>
          message.subject?.startsWith('Giấy chứng nhận tham dự: Khoá đã học') &&
          JSON.stringify(message.to).includes(people[0].email),
      );
    await vi.waitFor(() => expect(mails()).toHaveLength(1), { timeout: 10_000 });
    expect(JSON.stringify(mails()[0]?.to)).toContain(people[0].email);
    const pdf = mails()[0]?.attachments.find((one) => one.filename === 'giay-chung-nhan.pdf');
    expect(pdf?.content.subarray(0, 5).toString()).toBe('%PDF-');
    await mark(people[0].id, true);
    const certificate = (registrationId: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/admin/programme/events/${past.id}/registrations/${registrationId}/certificate.pdf`,
        ...as(admin),
      });
    const file = await certificate(people[0].id);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expectProblem(await certificate(people[2].id), 409);
    // marking someone already marked, or taking it back and marking again, sends nothing more
    await mark(people[0].id, false);
    await mark(people[0].id, true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mails()).toHaveLength(1);
    // staff still find the course once it is over
    const all = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/programme/events', ...as(admin) })).json();
    expect(all.map((one: { id: string }) => one.id)).toContain(past.id);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/programme/events', ...as(buyer) }), 403);
  });

  it('mails a QR pass that staff scan at the door to record the person, and nothing else', async () => {
    const soon = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();
    const { id } = (
      await create({ ...COURSE, title: 'Hội chợ OCOP Quảng Ngãi', capacity: 20, startsAt: soon(2), endsAt: soon(8) })
    ).json();
    expect((await register(id, 'qr')).statusCode).toBe(201);
    const mail = await vi.waitFor(
      () => {
        const found = t.smtp.messages.find(
          (message) => (message.to as { text: string }).text === 'svqr@pdu.edu.vn' && message.subject?.includes('Hội chợ OCOP'),
        );
        if (!found) throw new Error('not yet');
        return found;
      },
      { timeout: 10_000 },
    );
    // the QR code is read as a phone's camera would read it
    const png = PNG.sync.read(mail.attachments.find((one) => one.filename === 'ma-diem-danh.png')?.content as Buffer);
    const scanned = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
    expect(scanned).toMatch(/\/quan-tri\/dao-tao\/diem-danh\?token=/);
    const token = decodeURIComponent(new URL(scanned).searchParams.get('token') ?? '');
    const checkIn = (who: Person | null, body: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/admin/programme/check-in', ...as(who, body) });

    // a participant holding their own pass cannot check themselves in; a forged pass names no one
    expectProblem(await checkIn(buyer, { token }), 403);
    expectProblem(await checkIn(admin, { token: `${token.slice(0, -4)}AAAA` }), 404);
    const seen = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/programme/check-in?token=${encodeURIComponent(token)}`,
      ...as(admin),
    });
    expect(seen.json()).toMatchObject({ event: { id }, registration: { fullName: 'Sinh viên qr', attendedAt: null } });
    const recorded = await checkIn(admin, { token });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json().registration.attendedAt).not.toBeNull();
    // a pass for an event ten days away is not scanned at its door yet
    const later = (await create({ ...COURSE, title: 'Hội chợ tháng sau', capacity: 5 })).json();
    const registered = await t.app.inject({
      method: 'POST',
      url: `/api/v1/programme/events/${later.id}/registrations`,
      // from another address: registrations are rate-limited per address
      remoteAddress: '10.9.0.1',
      ...as(null, { fullName: 'Sinh viên sau', email: 'svsau@pdu.edu.vn' }),
    });
    expect(registered.statusCode).toBe(201);
    const people = (
      await t.app.inject({ method: 'GET', url: `/api/v1/admin/programme/events/${later.id}/registrations`, ...as(admin) })
    ).json();
    const early = new URL(t.programme.checkInPasses.url(later.id, people[0].id)).searchParams.get('token') ?? '';
    expect(expectProblem(await checkIn(admin, { token: early }), 409).code).toBe('PROGRAMME_CHECK_IN_CLOSED');
    // scanning twice records once
    expect((await checkIn(admin, { token })).json().registration.attendedAt).toBe(recorded.json().registration.attendedAt);
  });
});
