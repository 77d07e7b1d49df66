import { join } from 'node:path';
import { queryRows } from '@tradeqn/db';
import { createMailer, type Mailer } from '@tradeqn/mail';
import { temporaryDataDir } from '@tradeqn/runtime/testing';
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
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POLICY_DOCUMENTS } from '../src/contract/index.ts';
import { inbox } from '../src/db/schema.ts';
import { policyAnnouncementSubscriber } from '../src/policies/policy-announcement.ts';

let t: TestMarketplace;
let admin: Person;
let moderator: Person;
let buyer: Person;
let seller: Person;

/** The next weekday after today in Việt Nam, listed as a holiday: the notice period must step over it. */
const vnToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
function nextWeekday(from: string): string {
  let day = new Date(`${from}T00:00:00Z`);
  do day = new Date(day.getTime() + 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
}
const HOLIDAY = nextWeekday(vnToday());

beforeAll(async () => {
  t = await createTestMarketplace({ env: { PUBLIC_HOLIDAYS: HOLIDAY } });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  await t.accounts.api.ensureStaffUser({
    email: 'kiemduyet@chinh-sach.vn',
    password: 'mat-khau-kiem-duyet',
    fullName: 'Kiểm duyệt viên',
    role: 'moderator',
  });
  moderator = await signIn(t, 'kiemduyet@chinh-sach.vn', 'mat-khau-kiem-duyet');
  buyer = await signUp(t, 'khach@chinh-sach.vn');
  seller = await signUp(t, 'nguoiban@chinh-sach.vn');
  await signUp(t, 'chua-xac-nhan@chinh-sach.vn', { verify: false });
}, 120_000);
afterAll(() => t?.close());

const get = (url: string, person: Person | null = null) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, ...as(person) });
const publish = (slug: string, body: object, person: Person | null = admin) =>
  t.app.inject({ method: 'POST', url: `/api/v1/admin/policies/${slug}/versions`, ...as(person, body) });
const accept = (person: Person, versions: { slug: string; version: number }[]) =>
  t.app.inject({ method: 'POST', url: '/api/v1/me/policies/accept', ...as(person, { versions }) });

/** Working days strictly between two dates, counted here by hand: Monday–Friday, not the listed holiday. */
function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = new Date(`${from}T00:00:00Z`).getTime() + 86_400_000; day < Date.parse(`${to}T00:00:00Z`); day += 86_400_000) {
    const date = new Date(day);
    const iso = date.toISOString().slice(0, 10);
    if (
      date.getUTCDay() !== 0 &&
      date.getUTCDay() !== 6 &&
      iso !== HOLIDAY &&
      !['01-01', '04-30', '05-01', '09-02'].includes(iso.slice(5))
    )
      count += 1;
  }
  return count;
}

async function earliest(): Promise<string> {
  return ((await get('/admin/policies', admin)).json() as { earliestEffectiveFrom: string }).earliestEffectiveFrom;
}

/** Time passes: the version's day comes (it was announced long enough ago). */
async function comeIntoForce(slug: string, version: number) {
  await queryRows(
    t.database.db,
    sql`UPDATE trust.policy_versions SET effective_from = current_date - 1, published_at = now() - interval '10 days'
        WHERE slug = ${slug} AND version = ${version}`,
  );
}

const NEW_RULES = {
  body: '# Điều 1. Phạm vi áp dụng\n\n{{site.name}} do {{operator.name}} vận hành.\n\n# Điều 2. Khiếu nại\n\nNgười bán trả lời khiếu nại trong 2 ngày làm việc.',
  bodyEn: '# Article 1. Scope\n\n{{site.name}} is run by {{operator.name}}.',
  summary: 'Người bán trả lời khiếu nại trong 2 ngày làm việc thay vì 3 ngày.',
};

describe('the rules and policies in versions', () => {
  it('publishes every document, each with its first version in force and nothing waiting', async () => {
    const documents = (await get('/policies')).json() as {
      slug: string;
      inForce: { version: number; status: string };
      upcoming: null;
    }[];
    expect(documents.map((one) => one.slug)).toEqual(POLICY_DOCUMENTS.map((one) => one.slug));
    for (const document of documents) {
      expect(document.inForce).toMatchObject({ version: 1, status: 'in-force' });
      expect(document.upcoming).toBeNull();
    }
    const rules = (await get('/policies/quy-che-hoat-dong')).json();
    expect(rules.inForce.body).toContain('{{operator.name}}');
    expect(rules.inForce.changes).toBeNull();
    expect(rules.versions).toHaveLength(1);
    expectProblem(await get('/policies/khong-co'), 400);
    expectProblem(await get('/policies/quy-che-hoat-dong/versions/9'), 404);
  });

  it('lets only admins publish, and refuses a version that would apply too soon, names nobody fills or changes nothing, writing nothing', async () => {
    const first = await earliest();
    // five full working days between today and the earliest day, the listed holiday not among them
    expect(workingDaysBetween(vnToday(), first)).toBe(5);
    expect(
      workingDaysBetween(vnToday(), new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)),
    ).toBe(4);

    expectProblem(await publish('quy-che-hoat-dong', { ...NEW_RULES, effectiveFrom: first }, moderator), 403);
    expectProblem(await publish('quy-che-hoat-dong', { ...NEW_RULES, effectiveFrom: first }, buyer), 403);
    expectProblem(await publish('quy-che-hoat-dong', { ...NEW_RULES, effectiveFrom: first }, null), 401);
    const early = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const tooSoon = expectProblem(await publish('quy-che-hoat-dong', { ...NEW_RULES, effectiveFrom: early }), 400);
    expect(tooSoon.errors).toEqual([{ path: '/body/effectiveFrom', message: `must be ${first} or later` }]);
    expectProblem(await publish('quy-che-hoat-dong', { ...NEW_RULES, effectiveFrom: '2027-02-30' }), 400);
    const unknown = expectProblem(
      await publish('quy-che-hoat-dong', { ...NEW_RULES, body: `${NEW_RULES.body}\n{{operator.fax}}`, effectiveFrom: first }),
      400,
    );
    expect(unknown.errors).toEqual([{ path: '/body/body', message: 'unknown placeholder {{operator.fax}}' }]);
    const current = (await get('/policies/giao-hang')).json().inForce;
    expectProblem(
      await publish('giao-hang', { body: current.body, bodyEn: current.bodyEn, summary: 'Không đổi', effectiveFrom: first }),
      400,
    );
    expectProblem(await publish('khong-co', { ...NEW_RULES, effectiveFrom: first }), 400);
    expect(await countRows(t, 'trust.policy_versions')).toBe(POLICY_DOCUMENTS.length);
  });

  it('announces a new version with what changed, keeps the old one in force until its day, and lets one wait at a time', async () => {
    const effectiveFrom = await earliest();
    const response = await publish('quy-che-hoat-dong', { ...NEW_RULES, effectiveFrom });
    expect(response.statusCode).toBe(201);
    expect(response.headers.location).toBe('/api/v1/policies/quy-che-hoat-dong/versions/2');
    const created = response.json();
    expect(created).toMatchObject({ version: 2, status: 'upcoming', effectiveFrom, summary: NEW_RULES.summary });
    expect(
      created.changes.some(
        (change: { kind: string; lines: string[] }) =>
          change.kind === 'added' && change.lines.includes('Người bán trả lời khiếu nại trong 2 ngày làm việc.'),
      ),
    ).toBe(true);
    expect(created.changes.some((change: { kind: string }) => change.kind === 'removed')).toBe(true);
    expect(created.changesEn).not.toBeNull();

    const rules = (await get('/policies/quy-che-hoat-dong')).json();
    expect(rules.inForce.version).toBe(1);
    expect(rules.upcoming).toMatchObject({ version: 2, effectiveFrom });
    expect(rules.versions.map((one: { version: number; status: string }) => [one.version, one.status])).toEqual([
      [2, 'upcoming'],
      [1, 'in-force'],
    ]);
    expectProblem(await publish('quy-che-hoat-dong', { ...NEW_RULES, summary: 'Lần nữa', effectiveFrom }), 409);
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM trust.audit_log WHERE entity_type = 'policy'`,
    );
    expect(audit.map((row) => row.action)).toEqual(['publish']);
  });

  it('mails the announcement to everyone with a confirmed address, once each', async () => {
    const reachable = [ADMIN.email, 'kiemduyet@chinh-sach.vn', buyer.email, seller.email];
    await vi.waitFor(async () => {
      const announced = t.smtp.messages.filter((message) => message.subject?.startsWith('Thông báo thay đổi Quy chế hoạt động'));
      expect(announced.map((message) => (message.to as { text: string }).text).sort()).toEqual([...reachable].sort());
    }, 10_000);
    const mail = t.smtp.messages.find(
      (message) => (message.to as { text: string }).text === buyer.email && message.subject?.includes('Quy chế'),
    );
    expect(mail?.text).toContain('/chinh-sach/quy-che-hoat-dong/phien-ban/2');
    expect(mail?.text).toContain(NEW_RULES.summary);
    await vi.waitFor(async () => {
      const list = (await get('/admin/policies', admin)).json();
      const rules = list.items.find((one: { slug: string }) => one.slug === 'quy-che-hoat-dong');
      expect(rules).toMatchObject({ announcedCount: 4 });
      expect(rules.announcementSentAt).not.toBeNull();
    }, 10_000);
  });

  it('of two admins publishing at once, one does', async () => {
    const effectiveFrom = await earliest();
    const answers = await Promise.all(
      [1, 2].map((n) => publish('doi-tra', { ...NEW_RULES, summary: `Thay đổi ${n}`, effectiveFrom })),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect(await countRows(t, "trust.policy_versions WHERE slug = 'doi-tra'")).toBe(2);
  });

  it('asks a person to accept every version in force, refuses one not in force, and asks again after a change', async () => {
    const before = (await get('/me/policies', buyer)).json();
    expect(before.pending).toHaveLength(POLICY_DOCUMENTS.length);
    expect(before.accepted).toEqual([]);
    expectProblem(await get('/me/policies'), 401);
    // the version announced is not yet the one to accept
    expectProblem(await accept(buyer, [{ slug: 'quy-che-hoat-dong', version: 2 }]), 409);
    expect(await countRows(t, 'trust.policy_acceptances')).toBe(0);

    const all = before.pending.map((one: { slug: string; version: number }) => ({ slug: one.slug, version: one.version }));
    const accepted = await accept(buyer, all);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().pending).toEqual([]);
    expect(accepted.json().accepted).toHaveLength(POLICY_DOCUMENTS.length);
    // accepting again changes nothing
    expect((await accept(buyer, all)).statusCode).toBe(200);
    expect(await countRows(t, 'trust.policy_acceptances')).toBe(POLICY_DOCUMENTS.length);

    await comeIntoForce('quy-che-hoat-dong', 2);
    const after = (await get('/me/policies', buyer)).json();
    expect(after.pending.map((one: { slug: string; version: number }) => [one.slug, one.version])).toEqual([
      ['quy-che-hoat-dong', 2],
    ]);
    expectProblem(await accept(buyer, [{ slug: 'quy-che-hoat-dong', version: 1 }]), 409);
    expect((await accept(buyer, [{ slug: 'quy-che-hoat-dong', version: 2 }])).json().pending).toEqual([]);

    const list = (await get('/admin/policies', admin)).json();
    expect(list.items.find((one: { slug: string }) => one.slug === 'quy-che-hoat-dong')).toMatchObject({
      inForce: { version: 2 },
      upcoming: null,
      acceptedCount: 1,
    });
    // the new version is in force: the next may be announced
    expect(
      (
        await publish('quy-che-hoat-dong', {
          ...NEW_RULES,
          summary: 'Phiên bản 3',
          body: `${NEW_RULES.body}\n\nThêm.`,
          effectiveFrom: await earliest(),
        })
      ).statusCode,
    ).toBe(201);
  });
});

describe('the announcement on a bad day', () => {
  it('goes on after the mail server fails half-way, and nobody gets it twice', async () => {
    const [event] = await queryRows<{ id: string; type: string; payload: unknown; occurred_at: string }>(
      t.database.db,
      sql`SELECT * FROM trust.outbox WHERE type = 'trust.policy.published' AND payload->>'slug' = 'doi-tra'`,
    );
    if (!event) throw new Error('no announcement event');
    const versionId = (event.payload as { versionId: string }).versionId;
    // the worker's own mailing of it is over
    await vi.waitFor(async () => {
      const list = (await get('/admin/policies', admin)).json();
      expect(list.items.find((one: { slug: string }) => one.slug === 'doi-tra').announcementSentAt).not.toBeNull();
    }, 10_000);
    // forget who was mailed, as if this version's mailing had not run
    await queryRows(t.database.db, sql`DELETE FROM trust.policy_announcements WHERE version_id = ${versionId}`);
    const before = t.smtp.messages.length;

    const real = createMailer({
      smtpUrl: t.smtp.url,
      outDir: join(temporaryDataDir(), 'mail'),
      from: 'san@test.vn',
      domain: 'san.test',
    });
    let sends = 0;
    const failing: Mailer = {
      ...real,
      send: (message) => (++sends === 3 ? Promise.reject(new Error('421 service not available')) : real.send(message)),
    };
    const run = (mailer: Mailer) =>
      policyAnnouncementSubscriber({
        db: t.database.db,
        mailer,
        inbox,
        accounts: t.accounts.api,
        publicUrl: 'https://san.test',
        pageSize: 2,
        concurrency: 1,
      }).run?.({ id: event.id, type: event.type, payload: event.payload, occurredAt: event.occurred_at } as never);
    await expect(run(failing)).rejects.toThrow('421');
    expect(await countRows(t, `trust.policy_announcements WHERE version_id = '${versionId}'`)).toBe(2);
    await run(real);
    await run(real);
    const mailed = t.smtp.messages
      .slice(before)
      .filter((message) => message.subject?.includes('đổi trả'))
      .map((message) => (message.to as { text: string }).text)
      .sort();
    expect(mailed).toEqual([ADMIN.email, 'kiemduyet@chinh-sach.vn', buyer.email, seller.email].sort());
    expect(await countRows(t, `trust.policy_announcements WHERE version_id = '${versionId}'`)).toBe(4);
    real.close();
  });
});
