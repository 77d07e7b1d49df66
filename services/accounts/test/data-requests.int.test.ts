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

let t: TestMarketplace;
let admin: Person;
let person: Person;
let other: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  person = await signUp(t, 'yeucau@dulieu.vn');
  other = await signUp(t, 'khac@dulieu.vn');
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const ask = (who: Person | null, body: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/me/data-requests', ...as(who, body) });
const answer = (who: Person, id: string, body: object) =>
  t.app.inject({ method: 'POST', url: `/api/v1/admin/data-requests/${id}/answer`, ...as(who, body) });

describe('requests about one’s data', () => {
  it('are sent with a 72-hour deadline, seen only by their author and admins, and refused when malformed', async () => {
    expectProblem(await ask(null, { kind: 'access', text: 'Cho tôi xem dữ liệu' }), 401);
    expectProblem(await ask(person, { kind: 'sell-it', text: 'Bán dữ liệu của tôi' }), 400);
    expectProblem(await ask(person, { kind: 'correct', text: '   ' }), 400);
    expect(await countRows(t, 'accounts.data_requests')).toBe(0);

    const sent = await ask(person, { kind: 'object', text: 'Tôi phản đối việc dùng địa chỉ của tôi để gợi ý sản phẩm.' });
    expect(sent.statusCode).toBe(201);
    const request = sent.json();
    expect(Date.parse(request.dueAt) - Date.parse(request.createdAt)).toBeGreaterThan(72 * 3600_000 - 5_000);
    expect(request).toMatchObject({ status: 'open', isOverdue: false, answer: null });

    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/data-requests', ...as(person) })).json().items).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/data-requests', ...as(other) })).json().items).toHaveLength(0);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/data-requests', ...as(other) }), 403);
    const queue = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/data-requests', ...as(admin) })).json();
    expect(queue.items).toEqual([
      expect.objectContaining({ id: request.id, person: expect.objectContaining({ email: 'yeucau@dulieu.vn' }) }),
    ]);
  });

  it('allow five open at once, counted under concurrency', async () => {
    const more = await Promise.all(
      Array.from({ length: 6 }, (_, index) => ask(other, { kind: 'other', text: `Yêu cầu số ${index + 1} về dữ liệu` })),
    );
    expect(more.filter((one) => one.statusCode === 201)).toHaveLength(5);
    expect(more.filter((one) => one.statusCode === 409).map((one) => one.json().code)).toEqual(['ACCOUNTS_DATA_REQUESTS_OPEN']);
  });

  it('are answered once by an admin, and the person is mailed the answer', async () => {
    const [request] = (await t.app.inject({ method: 'GET', url: '/api/v1/me/data-requests', ...as(person) })).json().items;
    expectProblem(await answer(other, request.id, { outcome: 'done', answer: 'Đã ngừng dùng địa chỉ để gợi ý.' }), 403);
    expectProblem(await answer(admin, request.id, { outcome: 'maybe', answer: 'Chưa rõ' }), 400);
    const [first, second] = await Promise.all([
      answer(admin, request.id, { outcome: 'done', answer: 'Đã ngừng dùng địa chỉ của bạn để gợi ý sản phẩm.' }),
      answer(admin, request.id, { outcome: 'rejected', answer: 'Từ chối vì lý do khác.' }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const winner = (first.statusCode === 200 ? first : second).json();
    const [mail] = await waitForMailTo(t, 'yeucau@dulieu.vn', 'Trả lời yêu cầu');
    expect(mail?.text).toContain(winner.answer);
    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/me/data-requests', ...as(person) })).json().items[0];
    expect(mine).toMatchObject({ status: winner.status, answer: winner.answer });
    expectProblem(await answer(admin, '00000000-0000-4000-8000-000000000000', { outcome: 'done', answer: 'Không có' }), 404);
  });
});
