import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmail } from './layout.ts';
import { createMailer } from './mailer.ts';
import { startTestSmtpServer, type TestSmtpServer } from './testing.ts';

const content = renderEmail({
  greeting: 'Xin chào Nguyễn Thị Bích,',
  paragraphs: ['Đơn hàng QNG-7K3F2 của bạn đã được xác nhận.', 'Giá <b>không</b> phải HTML.'],
  action: { label: 'Xem đơn hàng', url: 'https://san.test/orders/1?a=1&b=2' },
});

describe('e-mail over a real SMTP server', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => {
    await smtp?.close();
  });

  it('delivers a Vietnamese message with HTML and text parts and a stable Message-ID', async () => {
    const mailer = createMailer({
      smtpUrl: smtp.url,
      outDir: '/nonexistent',
      from: '"Sàn TMĐT Quảng Ngãi" <no-reply@san.test>',
      domain: 'san.test',
    });
    await mailer.ping();
    const { messageId } = await mailer.send({
      to: 'bich@example.vn',
      subject: 'Đơn hàng QNG-7K3F2 đã xác nhận',
      ...content,
      messageId: 'order.1',
    });
    expect(messageId).toBe('<order.1@san.test>');
    const [message] = await smtp.waitFor(1);
    expect(message?.subject).toBe('Đơn hàng QNG-7K3F2 đã xác nhận');
    expect(message?.from?.text).toContain('Sàn TMĐT Quảng Ngãi');
    expect(message?.messageId).toBe('<order.1@san.test>');
    expect(message?.html).toContain('Xin chào Nguyễn Thị Bích,');
    expect(message?.html).toContain('Giá &lt;b&gt;không&lt;/b&gt; phải HTML.');
    expect(message?.html).toContain('href="https://san.test/orders/1?a=1&amp;b=2"');
    expect(message?.text).toContain('Xem đơn hàng: https://san.test/orders/1?a=1&b=2');
    mailer.close();
  });

  it('fails loudly when the relay is not there', async () => {
    const mailer = createMailer({
      smtpUrl: 'smtp://127.0.0.1:1?tls=off',
      outDir: '/nonexistent',
      from: 'a@san.test',
      domain: 'san.test',
    });
    await expect(mailer.send({ to: 'x@example.vn', subject: 's', ...content })).rejects.toThrow();
    mailer.close();
  });
});

describe('e-mail as .eml files (embedded mode)', () => {
  it('writes one file per message, named by Message-ID, so a re-send overwrites instead of doubling', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradeqn-mail-'));
    try {
      const mailer = createMailer({ outDir: join(dir, 'mail'), from: 'no-reply@san.test', domain: 'san.test' });
      await mailer.send({ to: 'a@example.vn', subject: 'Xác nhận email', ...content, messageId: 'verify.e1' });
      await mailer.send({ to: 'a@example.vn', subject: 'Xác nhận email', ...content, messageId: 'verify.e1' });
      await mailer.send({ to: 'b@example.vn', subject: 'Chào mừng', ...content });
      const files = readdirSync(join(dir, 'mail'));
      expect(files).toHaveLength(2);
      expect(files).toContain('verify.e1@san.test.eml');
      const raw = readFileSync(join(dir, 'mail', 'verify.e1@san.test.eml'), 'utf8');
      expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
      expect(raw).toContain('To: a@example.vn');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('makes its folder again when it was removed while running', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradeqn-mail-'));
    try {
      const mailer = createMailer({ outDir: join(dir, 'mail'), from: 'no-reply@san.test', domain: 'san.test' });
      await mailer.send({ to: 'a@example.vn', subject: 'Một', ...content, messageId: 'one' });
      rmSync(join(dir, 'mail'), { recursive: true });
      await mailer.send({ to: 'a@example.vn', subject: 'Hai', ...content, messageId: 'two' });
      expect(readdirSync(join(dir, 'mail'))).toEqual(['two@san.test.eml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
