import * as zlib from 'node:zlib';
import { deflateSync } from 'node:zlib';
import { ADMIN } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import { openSite, type Site, screenshot, signInByCookie, skipReason, WAIT } from './browser.ts';

/** A real PNG of one colour (a wide banner), made without an image library. */
function bannerPng(width: number, height: number): Buffer {
  const crc32 = (zlib as unknown as { crc32(data: Buffer): number }).crc32;
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(2, 9);
  const rgb = [11, 110, 79];
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, index) => rgb[index % 3] as number)]);
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A datetime-local value in Vietnam time (UTC+7), `offsetMs` from now. */
const vietnamLocal = (offsetMs: number) => new Date(Date.now() + offsetMs + 7 * 3600_000).toISOString().slice(0, 16);

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('banners in Chromium', () => {
  let site: Site;

  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('staff create a banner with its image; the home page shows it labelled; a click goes to its target and is counted', async () => {
    const staff = await site.person();
    await signInByCookie(site, staff.context, { ...ADMIN, fullName: 'Quản trị' });
    await staff.page.goto('/quan-tri/quang-cao');
    await staff.page.getByRole('link', { name: 'Tạo quảng cáo' }).click();
    await staff.page.locator('#field-slot').selectOption('home_top');
    await staff.page.locator('#field-title').fill('Lễ hội tỏi Lý Sơn 2026');
    await staff.page
      .locator('#field-image')
      .setInputFiles({ name: 'le-hoi-toi.png', mimeType: 'image/png', buffer: bannerPng(1200, 300) });
    await staff.page.locator('#field-target').fill('/danh-muc/nong-san');
    await staff.page.locator('#field-weight').fill('3');
    await staff.page.locator('#field-startsAt').fill(vietnamLocal(-3600_000));
    await staff.page.locator('#field-endsAt').fill(vietnamLocal(7 * 24 * 3600_000));
    await staff.page.getByRole('button', { name: 'Lưu quảng cáo' }).click();
    await staff.page.waitForURL(/\/quan-tri\/quang-cao\/[\w-]+$/, WAIT);
    const id = String(staff.page.url().split('/').pop());
    await expect.poll(() => staff.page.locator('[data-state]').first().getAttribute('data-state'), WAIT).toBe('running');
    await screenshot(staff.page, 'console-banner-edit');

    // a visitor sees it on the home page, labelled, the image loaded through the impression counter
    const visitor = await site.person();
    await visitor.page.goto('/');
    const slot = visitor.page.locator('[data-banner-slot="home_top"]');
    await expect.poll(() => slot.locator('.ad-label').textContent(), WAIT).toBe('Quảng cáo');
    const image = slot.locator('img');
    expect(await image.getAttribute('alt')).toBe('Lễ hội tỏi Lý Sơn 2026');
    await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth), WAIT).toBe(1200);
    await screenshot(visitor.page, 'home-with-banner');
    // the labelled banner keeps the page accessible (axe, WCAG 2 A and AA)
    const violations = await seriousViolations(visitor.page);
    expect(violations, describeViolations(visitor.page, violations)).toEqual([]);
    await slot.locator('a').click();
    await visitor.page.waitForURL(/\/danh-muc\/nong-san$/, WAIT);
    expect(visitor.problems).toEqual([]);

    // the statistics show the click and the impression, with the chart drawn on the server
    await staff.page.goto(`/quan-tri/quang-cao/${id}/thong-ke`);
    expect(await staff.page.locator('[data-total="clicks"]').textContent()).toBe('1');
    expect(Number(await staff.page.locator('[data-total="impressions"]').textContent())).toBeGreaterThanOrEqual(1);
    expect(await staff.page.locator('svg.daily-chart').count()).toBe(1);
    expect(await staff.page.locator('svg.daily-chart title').first().textContent()).toBe('Lượt hiển thị và lượt nhấp theo ngày');
    await screenshot(staff.page, 'console-banner-stats');
    const statsViolations = await seriousViolations(staff.page);
    expect(statsViolations, describeViolations(staff.page, statsViolations)).toEqual([]);
    expect(staff.problems).toEqual([]);
  });
});
