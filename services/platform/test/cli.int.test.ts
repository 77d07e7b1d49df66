import type { AccountsApi } from '@tradeqn/accounts/contract';
import { createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserCommand, UsageError } from '../src/cli-commands.ts';

let t: TestMarketplace;
let lines: string[];
const out = { log: (line: string) => lines.push(line) };

beforeAll(async () => {
  t = await createTestMarketplace();
});
afterAll(async () => {
  await t?.close();
});

function accountsApi(): AccountsApi {
  const accounts = t.modules.find((module) => module.name === 'accounts');
  if (!accounts) throw new Error('accounts is not wired');
  return accounts.api as AccountsApi;
}

async function signIn(email: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
}

describe('pnpm cli user:create', () => {
  it('creates a moderator who can sign in at once with a verified e-mail', async () => {
    lines = [];
    await createUserCommand(
      [
        '--email',
        'kiemduyet@soct.quangngai.gov.vn',
        '--role',
        'moderator',
        '--full-name',
        'Phạm Thị Duyệt',
        '--password',
        'Kiem-duyet-2026',
      ],
      accountsApi(),
      out,
    );
    expect(lines[0]).toContain('Created moderator kiemduyet@soct.quangngai.gov.vn (Phạm Thị Duyệt)');
    const session = (await signIn('kiemduyet@soct.quangngai.gov.vn', 'Kiem-duyet-2026')).json();
    expect(session.user.roles).toEqual(expect.arrayContaining(['moderator', 'consumer']));
    expect(session.user.emailVerified).toBe(true);
  });

  it('reads the password from standard input and promotes an existing verified account without changing its password', async () => {
    lines = [];
    await createUserCommand(
      ['--email', 'KiemDuyet@soct.quangngai.gov.vn', '--role', 'admin', '--password-stdin'],
      accountsApi(),
      out,
      async () => 'Other-password-1\n',
    );
    expect(lines[0]).toContain('now has the role admin');
    const session = (await signIn('kiemduyet@soct.quangngai.gov.vn', 'Kiem-duyet-2026')).json();
    expect(session.user.roles).toEqual(['admin', 'consumer', 'moderator']);
  });

  it('refuses to promote an account whose e-mail is not verified', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'mao-danh@example.vn', password: 'mat-khau-123', fullName: 'Mạo Danh' },
    });
    await expect(
      createUserCommand(['--email', 'mao-danh@example.vn', '--role', 'admin', '--password', 'whatever-123'], accountsApi(), out),
    ).rejects.toThrow(/has not verified its e-mail/);
    const session = (await signIn('mao-danh@example.vn', 'mat-khau-123')).json();
    expect(session.user.roles).toEqual(['consumer']);
  });

  it.each([
    [['--role', 'admin', '--password', 'long-enough'], /--email/],
    [['--email', 'x@example.vn', '--role', 'owner', '--password', 'long-enough'], /--role/],
    [['--email', 'x@example.vn', '--role', 'admin', '--password', 'short'], /--password/],
  ])('explains a wrong option %#', async (argv, message) => {
    await expect(createUserCommand(argv as string[], accountsApi(), out)).rejects.toThrow(UsageError);
    await expect(createUserCommand(argv as string[], accountsApi(), out)).rejects.toThrow(message);
  });
});
