import {
  ADMIN,
  as,
  createTestMarketplace,
  eventually,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageSession } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

// The mail server is down while 27 people register: each verification e-mail ends in the dead
// letters, more than one page of the console's list (25) and several of the API's.
const REGISTRATIONS = 27;

let t: TestMarketplace;
let adminApi: Person;
let consumer: Person;
let admin: PageSession;

interface Letter {
  id: string;
  eventType: string;
  failedAt: string;
}

const deadLetters = (query: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/admin/jobs/dead-letters?${query}`, ...as(adminApi) });

beforeAll(async () => {
  t = await createTestMarketplace();
  adminApi = await signIn(t, ADMIN.email, ADMIN.password);
  admin = await signedInSession(t.app, ADMIN);
  consumer = await signUp(t, 'truoc@congviecloi.vn'); // the mail works before
  await t.smtp.close();
  for (let n = 1; n <= REGISTRATIONS; n++) {
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      ...as(null, { email: `nguoi${n}@congviecloi.vn`, password: 'Mat-khau-2026', fullName: `Người thứ ${n}` }),
      // each from an address of their own, as people are (registration is rate-limited by address)
      remoteAddress: `10.13.0.${n}`,
    });
    if (registered.statusCode !== 201) throw new Error(registered.body);
  }
  await eventually(async () => {
    const items = (await deadLetters('limit=100')).json().items as Letter[];
    return items.filter((item) => item.eventType === 'accounts.user.registered').length === REGISTRATIONS;
  }, 60_000);
}, 90_000);
afterAll(async () => t?.close());

describe('GET /admin/jobs/dead-letters pages by keyset', () => {
  it('walks every dead letter newest first, a page at a time, none skipped or repeated', async () => {
    const whole = (await deadLetters('limit=100')).json() as { items: Letter[]; nextCursor: string | null };
    expect(whole.nextCursor).toBeNull();
    const walked: Letter[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer = await deadLetters(`limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(answer.statusCode).toBe(200);
      const page = answer.json() as { items: Letter[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(4);
      walked.push(...page.items);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    expect(walked.map((letter) => letter.id)).toEqual(whole.items.map((letter) => letter.id));
    expect(new Set(walked.map((letter) => letter.id)).size).toBe(walked.length);
    expect(pages).toBe(Math.ceil(walked.length / 4));
    const times = walked.map((letter) => letter.failedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('counts them all, past the largest page', async () => {
    const listed = ((await deadLetters('limit=100')).json().items as Letter[]).length;
    const counted = await t.app.inject({ method: 'GET', url: '/api/v1/admin/jobs/dead-letters/count', ...as(adminApi) });
    expect(counted.statusCode).toBe(200);
    expect(counted.json()).toEqual({ count: listed });
    expect(listed).toBeGreaterThanOrEqual(REGISTRATIONS);
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/admin/jobs/dead-letters/count', ...as(consumer) });
    expectProblem(refused, 403);
  });

  it('refuses a cursor it did not make, and is for admins only', async () => {
    expectProblem(await deadLetters('cursor=khong-phai-con-tro'), 400);
    expectProblem(await deadLetters(`cursor=${Buffer.from('["hôm qua",1]').toString('base64url')}`), 400);
    expectProblem(await deadLetters('limit=0'), 400);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/jobs/dead-letters' }), 401);
  });
});

describe('the console’s failed-jobs page', () => {
  it('shows 25 at a time with the pager, the next page holding the rest', async () => {
    const total = ((await deadLetters('limit=100')).json().items as Letter[]).length;
    const first = await admin.get('/quan-tri/cong-viec-loi');
    expect(first.status).toBe(200);
    const firstIds = first.doc.querySelectorAll('tr[data-job]').map((row) => row.getAttribute('data-job'));
    expect(firstIds).toHaveLength(25);
    const next = first.doc.querySelector('.pager a[rel="next"]')?.getAttribute('href') ?? '';
    expect(next).toMatch(/^\/quan-tri\/cong-viec-loi\?cursor=/);

    const second = await admin.get(next);
    expect(second.status).toBe(200);
    const secondIds = second.doc.querySelectorAll('tr[data-job]').map((row) => row.getAttribute('data-job'));
    expect(secondIds).toHaveLength(total - 25);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    expect(second.doc.querySelector('.pager a[rel="next"]')).toBeNull();
    expect(second.doc.querySelector('.pager a')?.getAttribute('href')).toBe('/quan-tri/cong-viec-loi');
  });
});
