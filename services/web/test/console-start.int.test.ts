import type { AccountsApi } from '@tradeqn/accounts/contract';
import { ADMIN, createEnterprise, createTestMarketplace, type Person, signUp, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PageSession } from './support/page-session.ts';
import { textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

// The console's start page reads its counts once for all staff every ten seconds (each is a count
// over a whole table) and says when they were read; an admin's and a moderator's are apart.

let t: TestMarketplace;
let owner: Person;
let adminPages: PageSession;
let moderatorPages: PageSession;

const waiting = async (pages: PageSession) => {
  const page = await pages.get('/quan-tri');
  expect(page.status).toBe(200);
  return {
    count: textOf(page.doc.querySelector('[data-tile="enterprises"] .todo-count')),
    listed: page.doc.querySelectorAll('.todo-oldest li').length,
    asOf: page.doc.querySelector('[data-as-of]')?.getAttribute('data-as-of'),
  };
};
const register = (name: string) =>
  createEnterprise(t, owner, { name, type: 'household', address: { provinceCode: '51', wardCode: '21548', street: 'Thôn Hai' } });

beforeAll(async () => {
  t = await createTestMarketplace();
  owner = await signUp(t, 'chu@bat-dau.vn');
  const accounts = t.modules.find((module) => module.name === 'accounts')?.api as AccountsApi;
  await accounts.ensureStaffUser({
    email: 'kiemduyet@bat-dau.gov.vn',
    password: 'Kiem-duyet-2026',
    fullName: 'Lê Thị Duyệt',
    role: 'moderator',
  });
  adminPages = await signedInSession(t.app, ADMIN);
  moderatorPages = await signedInSession(t.app, { email: 'kiemduyet@bat-dau.gov.vn', password: 'Kiem-duyet-2026' });
  await register('Cơ sở Mạch nha Thi Phổ');
  await register('Hợp tác xã Quế Trà Bồng');
});
afterAll(async () => {
  vi.useRealTimers();
  await t?.close();
});

describe('the start page’s counts', () => {
  it('are shared among staff for ten seconds, with the moment they were read, then read again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const first = await waiting(adminPages);
    expect(first).toMatchObject({ count: '2', listed: 2 });
    expect(Number.isNaN(Date.parse(String(first.asOf)))).toBe(false);

    await register('Cơ sở Đường phèn Bình Sơn');
    // the same read a moment later: the list and the count agree, as of the same moment
    expect(await waiting(adminPages)).toEqual(first);
    // a moderator's counts are not an admin's: read on their own, so already three
    expect(await waiting(moderatorPages)).toMatchObject({ count: '3', listed: 3 });

    vi.setSystemTime(Date.now() + 11_000);
    const later = await waiting(adminPages);
    expect(later).toMatchObject({ count: '3', listed: 3 });
    expect(Date.parse(String(later.asOf))).toBeGreaterThan(Date.parse(String(first.asOf)));
  });
});
