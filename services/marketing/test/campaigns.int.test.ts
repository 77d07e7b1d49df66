import { randomUUID } from 'node:crypto';
import {
  ADMIN,
  approvedEnterprise,
  as,
  createTestMarketplace,
  eventually,
  expectProblem,
  linkToken,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_WORDING } from '../src/campaigns/consent-wording.ts';

const RATE = 250;
let t: TestMarketplace;
let admin: Person;
let owner: Person;
let buyer: Person;
let rival: Person;
let enterpriseId: string;

beforeAll(async () => {
  t = await createTestMarketplace({
    overrides: {
      settings: {
        marketing: { campaigns: { ratePerSecond: RATE, batchSize: 100, connections: 5, maxAttempts: 3, checkEveryMs: 100 } },
      },
    },
  });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@quetrabong.vn');
  buyer = await signUp(t, 'nguoimua@example.vn');
  rival = await signUp(t, 'chu@doithu.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Quế Trà Bồng');
  await approvedEnterprise(t, rival, admin, 'Cơ sở Đối Thủ');
}, 60_000);
afterAll(() => t?.close());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

describe('the newsletter sign-up', () => {
  it('asks for consent, then for confirmation by e-mail, and records the consent when confirmed', async () => {
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/newsletter/subscriptions',
      payload: { email: 'khongdongy@example.vn', consent: false },
    });
    expectProblem(refused, 422);
    expect(await rows(sql`SELECT 1 FROM marketing.subscribers WHERE email = 'khongdongy@example.vn'`)).toHaveLength(0);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/newsletter/subscriptions',
        payload: { email: 'không phải e-mail', consent: true },
      }),
      400,
    );

    const asked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/newsletter/subscriptions',
      payload: { email: 'Ban.Doc@Example.vn', consent: true, tracking: true },
      remoteAddress: '203.113.1.7',
    });
    expect(asked.statusCode, asked.body).toBe(202);
    const [mail] = await waitForMailTo(t, 'ban.doc@example.vn', 'Xác nhận đăng ký');
    expect(await rows(sql`SELECT status FROM marketing.subscribers WHERE email = 'ban.doc@example.vn'`)).toEqual([
      { status: 'pending' },
    ]);
    // nothing is recorded as consent until the owner of the address confirms
    expect(await rows(sql`SELECT 1 FROM marketing.consents WHERE email = 'ban.doc@example.vn'`)).toHaveLength(0);

    const token = linkToken(mail?.text, '/ban-tin/xac-nhan');
    const confirmed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/newsletter/confirm',
      payload: { token },
      remoteAddress: '203.113.1.8',
    });
    expect(confirmed.json(), confirmed.body).toEqual({ email: 'ban.doc@example.vn' });
    const consents = await rows<{ purpose: string; action: string; wording_version: string; ip: string }>(
      sql`SELECT purpose, action, wording_version, ip FROM marketing.consents WHERE email = 'ban.doc@example.vn' ORDER BY purpose`,
    );
    expect(consents).toEqual([
      { purpose: 'newsletter', action: 'given', wording_version: CONSENT_WORDING.newsletter.version, ip: '203.113.1.8' },
      { purpose: 'tracking', action: 'given', wording_version: CONSENT_WORDING.tracking.version, ip: '203.113.1.8' },
    ]);
    // the same link again changes nothing; a forged one is refused
    await t.app.inject({ method: 'POST', url: '/api/v1/newsletter/confirm', payload: { token } });
    expect(await rows(sql`SELECT 1 FROM marketing.consents WHERE email = 'ban.doc@example.vn'`)).toHaveLength(2);
    expectProblem(
      await t.app.inject({ method: 'POST', url: '/api/v1/newsletter/confirm', payload: { token: `${token.slice(0, -3)}abc` } }),
      400,
    );
  });
});

describe('following an enterprise', () => {
  it('records the opt-in to its news, shows followers to its members only', async () => {
    const followed = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/enterprises/${enterpriseId}/follow`,
      ...as(buyer, { news: true }),
    });
    expect(followed.json(), followed.body).toEqual({ enterpriseId, following: true, news: true });
    const mine = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/followers`, ...as(owner) });
    expect(mine.json()).toMatchObject({ total: 1, optedIn: 1, items: [{ email: 'nguoimua@example.vn', news: true }] });
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/followers`, ...as(rival) }), 403);
    expectProblem(
      await t.app.inject({ method: 'PUT', url: `/api/v1/enterprises/${randomUUID()}/follow`, ...as(buyer, { news: true }) }),
      404,
    );
    const consents = await rows(
      sql`SELECT action FROM marketing.consents WHERE purpose = 'enterprise-news' AND email = 'nguoimua@example.vn'`,
    );
    expect(consents).toEqual([{ action: 'given' }]);
  });

  it('sends an enterprise’s campaign to its opted-in followers only, with a link that leaves its news', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/campaigns',
      ...as(owner, {
        enterpriseId,
        subject: 'Quế Trà Bồng vụ mới',
        body: 'Quế vụ mới đã về.\n\nXem tại https://san.test/doanh-nghiep/que',
      }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    // another enterprise cannot see it, nor send it
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/campaigns/${id}`, ...as(rival) }), 404);
    expectProblem(await t.app.inject({ method: 'POST', url: `/api/v1/campaigns/${id}/schedule`, ...as(rival, {}) }), 404);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/campaigns',
        ...as(rival, { enterpriseId, subject: 'Chen ngang', body: 'Không được phép gửi' }),
      }),
      403,
    );
    const scheduled = await t.app.inject({ method: 'POST', url: `/api/v1/campaigns/${id}/schedule`, ...as(owner, {}) });
    expect(scheduled.json().status).toBe('scheduled');
    const [mail] = await waitForMailTo(t, 'nguoimua@example.vn', 'Quế Trà Bồng vụ mới');
    expect(mail?.text).toContain('Hợp tác xã Quế Trà Bồng');
    const oneClick = String(header(mail, 'List-Unsubscribe')).match(/<(http[^>]+)>/)?.[1] ?? '';
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const left = await t.app.inject({
      method: 'POST',
      url: oneClick.replace('http://san.test', ''),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(left.statusCode, left.body).toBe(200);
    const follow = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/follow`, ...as(buyer) });
    expect(follow.json()).toEqual({ enterpriseId, following: true, news: false });
    await eventually(
      async () => (await t.app.inject({ method: 'GET', url: `/api/v1/campaigns/${id}`, ...as(owner) })).json().status === 'sent',
    );
  });
});

describe('a campaign to 1,000 subscribers', () => {
  it('goes out under the rate limit, each message once, honouring an unsubscribe in the middle', async () => {
    // a thousand confirmed subscribers (half agreed to tracking), as a year of sign-ups leaves them
    await t.database.db.execute(sql`
      INSERT INTO marketing.subscribers (email, status, tracking, confirmed_at)
      SELECT 'doc-gia-' || n || '@example.vn', 'confirmed', n % 2 = 0, now() FROM generate_series(1, 1000) AS n`);
    const subscribers = Number(
      (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM marketing.subscribers WHERE status = 'confirmed'`))[0]?.n,
    );
    const before = t.smtp.messages.length;

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/campaigns',
      ...as(admin, {
        subject: 'Bản tin tháng 12: đặc sản Tết',
        body: '## Đặc sản Tết\n\nĐường phèn, mạch nha, tỏi Lý Sơn.\n\n- Xem https://san.test/tim-kiem?q=tet&trang=1',
      }),
    });
    const id = created.json().id;
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/campaigns',
        ...as(owner, { subject: 'Không phải Sở', body: 'Doanh nghiệp không gửi bản tin của Sở' }),
      }),
      403,
    );
    const test = await t.app.inject({ method: 'POST', url: `/api/v1/campaigns/${id}/test-send`, ...as(admin) });
    expect(test.json()).toEqual({ sentTo: ADMIN.email });
    await waitForMailTo(t, ADMIN.email, '[Thử] Bản tin tháng 12');
    const started = Date.now();
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/campaigns/${id}/schedule`, ...as(admin, {}) })).statusCode).toBe(
      200,
    );

    // someone still waiting their turn leaves in the middle
    await eventually(async () => t.smtp.messages.length - before > 300, 30_000);
    const [waiting] = await rows<{ subscriber_id: string; email: string }>(
      sql`SELECT subscriber_id, email FROM marketing.campaign_recipients WHERE campaign_id = ${id} AND status = 'queued' ORDER BY batch DESC LIMIT 1`,
    );
    expect(waiting).toBeDefined();
    const token = t.marketing.campaigns === undefined ? '' : await unsubscribeTokenFor(String(waiting?.subscriber_id));
    const left = await t.app.inject({ method: 'POST', url: '/api/v1/newsletter/unsubscribe', payload: { token } });
    expect(left.json()).toEqual({ email: waiting?.email, from: 'newsletter' });

    const done = await eventually(async () => {
      const now = (await t.app.inject({ method: 'GET', url: `/api/v1/campaigns/${id}`, ...as(admin) })).json();
      return now.status === 'sent' ? now : undefined;
    }, 60_000);
    const seconds = (Date.now() - started) / 1000;
    expect(done.recipientCount).toBe(subscribers);
    expect(done.counts).toMatchObject({ sent: subscribers - 1, unsubscribed: 1, queued: 0, sending: 0, failed: 0, bounced: 0 });

    // exactly one message each, none to the one who left
    const received = t.smtp.messages.slice(before).filter((message) => message.subject === 'Bản tin tháng 12: đặc sản Tết');
    const addresses = received.map((message) => String(message.to && 'text' in message.to ? message.to.text : ''));
    expect(addresses).toHaveLength(subscribers - 1);
    expect(new Set(addresses).size).toBe(subscribers - 1);
    expect(addresses).not.toContain(waiting?.email);

    // the rate: never more than RATE handed to the relay in a second
    const perSecond = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM marketing.campaign_recipients WHERE campaign_id = ${id} AND status = 'sent'
          GROUP BY date_trunc('second', sent_at) ORDER BY 1 DESC LIMIT 1`,
    );
    // (counted when the relay took them: a window's sends may finish just across a second's edge)
    expect(Number(perSecond[0]?.n)).toBeLessThanOrEqual(RATE * 1.1);
    expect(seconds).toBeGreaterThan((subscribers - 1) / RATE - 1.5);

    // RFC 8058 headers and a visible link in every message; tracking only for those who agreed
    const sample = received.slice(0, 40);
    const agreedTo = new Map(
      (await rows<{ email: string; tracking: boolean }>(sql`SELECT email, tracking FROM marketing.subscribers`)).map((row) => [
        row.email,
        row.tracking,
      ]),
    );
    for (const message of sample) {
      expect(String(header(message, 'List-Unsubscribe'))).toMatch(/^<http:\/\/san\.test\/e\/u\?t=[\w.-]+>$/);
      expect(header(message, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(String(message.html)).toContain('/ban-tin/huy?token=');
      const address = String(message.to && 'text' in message.to ? message.to.text : '');
      const agreed = agreedTo.get(address) === true;
      expect(String(message.html).includes('/e/o?t='), address).toBe(agreed);
      expect(String(message.html).includes('/e/c?t='), address).toBe(agreed);
      expect(String(message.html)).toContain(agreed ? '' : 'https://san.test/tim-kiem?q=tet&amp;trang=1');
    }

    // a click counts for one who agreed, and leads only where the message's link pointed
    const tracked = received.find((message) => String(message.html).includes('/e/c?t='));
    const click = String(tracked?.html).match(/href="http:\/\/san\.test(\/e\/c\?t=[\w.-]+)"/)?.[1] ?? '';
    const open = String(tracked?.html).match(/src="http:\/\/san\.test(\/e\/o\?t=[\w.-]+)"/)?.[1] ?? '';
    const followed = await t.app.inject({ method: 'GET', url: click });
    expect(followed.statusCode).toBe(302);
    expect(followed.headers.location).toBe('https://san.test/tim-kiem?q=tet&trang=1');
    expect((await t.app.inject({ method: 'GET', url: open })).headers['content-type']).toBe('image/gif');
    const forged = await t.app.inject({ method: 'GET', url: `${click.slice(0, -4)}AAAA` });
    expect(forged.headers.location).toBe('/');
    const counted = await rows<{ n: number; opened: number }>(
      sql`SELECT count(clicked_at)::int AS n, count(opened_at)::int AS opened FROM marketing.campaign_recipients WHERE campaign_id = ${id}`,
    );
    expect(counted).toEqual([{ n: 1, opened: 1 }]);
  }, 120_000);
});

describe('a batch whose worker was killed', () => {
  it('resumes: what went is not sent again, what was in flight is marked failed, the rest goes once', async () => {
    await t.database.db.execute(sql`
      INSERT INTO marketing.subscribers (email, status, confirmed_at)
      SELECT 'hoi-phuc-' || n || '@example.vn', 'confirmed', now() FROM generate_series(1, 30) AS n`);
    // the state a worker leaves when killed mid-batch: 10 sent, 3 claimed in flight, 17 waiting
    const [campaign] = await rows<{ id: string }>(sql`
      INSERT INTO marketing.campaigns (subject, body, status, started_at, recipient_count, created_by)
      VALUES ('Bản tin khôi phục', 'Nội dung bản tin khôi phục', 'sending', now(), 30, ${admin.userId}) RETURNING id`);
    const id = String(campaign?.id);
    await t.database.db.execute(sql`
      INSERT INTO marketing.campaign_recipients (campaign_id, batch, email, subscriber_id, status, attempts, sent_at)
      SELECT ${id}, 0, email, id,
             CASE WHEN rn <= 10 THEN 'sent' WHEN rn <= 13 THEN 'sending' ELSE 'queued' END,
             CASE WHEN rn <= 13 THEN 1 ELSE 0 END,
             CASE WHEN rn <= 10 THEN now() END
      FROM (SELECT id, email, row_number() OVER (ORDER BY email) AS rn FROM marketing.subscribers WHERE email LIKE 'hoi-phuc-%') s`);
    const before = t.smtp.messages.length;
    // the job runs again, as BullMQ hands a stalled job to another worker
    await t.database.db.execute(sql`
      INSERT INTO marketing.outbox (type, payload) VALUES ('marketing.campaign.batch-ready', ${JSON.stringify({ campaignId: id, batch: 0 })}::jsonb)`);
    const done = await eventually(async () => {
      const now = (await t.app.inject({ method: 'GET', url: `/api/v1/campaigns/${id}`, ...as(admin) })).json();
      return now.status === 'sent' ? now : undefined;
    }, 30_000);
    expect(done.counts).toMatchObject({ sent: 27, failed: 3, queued: 0, sending: 0 });
    await eventually(async () => t.smtp.messages.length - before >= 17, 10_000);
    const received = t.smtp.messages
      .slice(before)
      .filter((message) => message.subject === 'Bản tin khôi phục')
      .map((message) => String(message.to && 'text' in message.to ? message.to.text : ''));
    expect(received).toHaveLength(17);
    expect(new Set(received).size).toBe(17);
    const resent = await rows(sql`
      SELECT email FROM marketing.campaign_recipients WHERE campaign_id = ${id} AND status <> 'queued'
        AND email IN ${received} AND attempts > 1`);
    expect(resent).toEqual([]);
  }, 60_000);
});

/** A header as sent (mailparser folds the List-* headers into one structure of its own). */
function header(
  message: { headerLines: readonly { key: string; line: string }[] } | undefined,
  name: string,
): string | undefined {
  const line = message?.headerLines.find((entry) => entry.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

async function unsubscribeTokenFor(subscriberId: string): Promise<string> {
  const { createCampaignLinks } = await import('../src/campaigns/campaign-links.ts');
  return createCampaignLinks(t.settings.core.jwtSecret, 'http://san.test').unsubscribe.sign({ s: subscriberId });
}

describe('consent held to the last moment', () => {
  it('sends nothing to who left after the campaign fixed its recipients, however they left', async () => {
    const leaver = await signUp(t, 'boroi@example.vn');
    await t.app.inject({ method: 'PUT', url: `/api/v1/enterprises/${enterpriseId}/follow`, ...as(leaver, { news: true }) });
    await t.database.db.execute(sql`
      INSERT INTO marketing.subscribers (email, status, confirmed_at) VALUES ('dahuy@example.vn', 'unsubscribed', now())`);
    // recipients fixed while both still wanted the news
    const [news] = await rows<{ id: string }>(sql`
      INSERT INTO marketing.campaigns (enterprise_id, subject, body, status, started_at, recipient_count, created_by)
      VALUES (${enterpriseId}, 'Tin quế tháng 12', 'Nội dung tin quế tháng 12', 'sending', now(), 1, ${owner.userId}) RETURNING id`);
    await t.database.db.execute(sql`
      INSERT INTO marketing.campaign_recipients (campaign_id, batch, email, user_id, status)
      VALUES (${news?.id}, 0, 'boroi@example.vn', ${leaver.userId}, 'queued')`);
    const [letter] = await rows<{ id: string }>(sql`
      INSERT INTO marketing.campaigns (subject, body, status, started_at, recipient_count, created_by)
      VALUES ('Bản tin cho người đã hủy', 'Nội dung bản tin cho người đã hủy', 'sending', now(), 1, ${admin.userId}) RETURNING id`);
    await t.database.db.execute(sql`
      INSERT INTO marketing.campaign_recipients (campaign_id, batch, email, subscriber_id, status)
      SELECT ${letter?.id}, 0, email, id, 'queued' FROM marketing.subscribers WHERE email = 'dahuy@example.vn'`);

    // the follower unticks the news on the site; the other had left before the row was written
    await t.app.inject({ method: 'PUT', url: `/api/v1/enterprises/${enterpriseId}/follow`, ...as(leaver, { news: false }) });
    for (const campaign of [news, letter]) {
      await t.database.db.execute(sql`
        INSERT INTO marketing.outbox (type, payload)
        VALUES ('marketing.campaign.batch-ready', ${JSON.stringify({ campaignId: campaign?.id, batch: 0 })}::jsonb)`);
    }
    for (const campaign of [news, letter]) {
      const done = await eventually(async () => {
        const now = (await t.app.inject({ method: 'GET', url: `/api/v1/campaigns/${campaign?.id}`, ...as(admin) })).json();
        return now.status === 'sent' ? now : undefined;
      });
      expect(done.counts).toMatchObject({ sent: 0, unsubscribed: 1 });
    }
    const sentTo = t.smtp.messages
      .filter((message) => ['Tin quế tháng 12', 'Bản tin cho người đã hủy'].includes(String(message.subject)))
      .map((message) => String(message.to && 'text' in message.to ? message.to.text : ''));
    expect(sentTo).toEqual([]);
    expect(sentTo).not.toContain('boroi@example.vn');
    expect(sentTo).not.toContain('dahuy@example.vn');
  });

  it('sends one confirmation in ten minutes however often the form is sent, and an old link does not sign up again', async () => {
    const before = t.smtp.messages.length;
    for (let i = 0; i < 3; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/newsletter/subscriptions',
        payload: { email: 'lap@example.vn', consent: true },
      });
    }
    const [mail] = await waitForMailTo(t, 'lap@example.vn', 'Xác nhận đăng ký');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.smtp.messages.slice(before).filter((message) => message.subject?.startsWith('Xác nhận đăng ký'))).toHaveLength(1);
    const token = linkToken(mail?.text, '/ban-tin/xac-nhan');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/newsletter/confirm', payload: { token } })).statusCode).toBe(200);
    const [row] = await rows<{ id: string }>(sql`SELECT id FROM marketing.subscribers WHERE email = 'lap@example.vn'`);
    const left = await t.app.inject({
      method: 'POST',
      url: '/api/v1/newsletter/unsubscribe',
      payload: { token: await unsubscribeTokenFor(String(row?.id)) },
    });
    expect(left.statusCode).toBe(200);
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/newsletter/confirm', payload: { token } }), 400);
    expect(await rows(sql`SELECT status FROM marketing.subscribers WHERE email = 'lap@example.vn'`)).toEqual([
      { status: 'unsubscribed' },
    ]);
  });
});

describe('bad input', () => {
  it('answers 400, never 500: forged cursors, a mangled one-click address', async () => {
    for (const cursor of ['-'.repeat(36), 'abc', Buffer.from('["+275760-09-13T00:00:00.000Z","x"]').toString('base64url')]) {
      expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/campaigns?cursor=${cursor}`, ...as(admin) }), 400);
      expectProblem(
        await t.app.inject({ method: 'GET', url: `/api/v1/admin/newsletter/subscribers?cursor=${cursor}`, ...as(admin) }),
        400,
      );
      expectProblem(
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/enterprises/${enterpriseId}/followers?cursor=${cursor}`,
          ...as(owner),
        }),
        400,
      );
    }
    expect((await t.app.inject({ method: 'GET', url: '/e/u?t=%0d%0aSet-Cookie:x' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/e/u?t=t%E1%BB%8Fi' })).statusCode).toBe(400);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/campaigns',
        ...as(admin, { subject: '    ', body: 'Nội dung đủ dài để gửi' }),
      }),
      400,
    );
  });

  it('shows a follower’s address to the enterprise only when they agreed to its news', async () => {
    const quiet = await signUp(t, 'imlang@example.vn');
    await t.app.inject({ method: 'PUT', url: `/api/v1/enterprises/${enterpriseId}/follow`, ...as(quiet, { news: false }) });
    const list = (
      await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/followers`, ...as(owner) })
    ).json();
    const row = list.items.find((item: { fullName: string; userId: string }) => item.userId === quiet.userId);
    expect(row).toMatchObject({ news: false, email: null });
  });
});
