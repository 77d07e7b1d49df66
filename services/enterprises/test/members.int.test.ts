import {
  ADMIN,
  as,
  createEnterprise,
  createTestMarketplace,
  decide,
  eventually,
  expectProblem,
  linkToken,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let owner: Person;
let clerk: Person;
let outsider: Person;
let enterpriseId: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  owner = await signUp(t, 'chu@machnha.vn');
  clerk = await signUp(t, 'nhanvien@machnha.vn');
  outsider = await signUp(t, 'nguoingoai@example.vn');
  enterpriseId = (await createEnterprise(t, owner, { name: 'Cơ sở Mạch nha Thi Phổ', type: 'household' })).id;
});
afterAll(async () => {
  await t?.close();
});

const inject = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, person: Person | null, body?: unknown) =>
  t.app.inject({ method, url, ...as(person, body) });

async function invitationToken(email: string, nth = 0) {
  const mails = await waitForMailTo(t, email, 'Lời mời');
  return linkToken(mails[nth]?.text, '/invitations/accept');
}

describe('inviting staff', () => {
  it('lets only the owner invite, and mails a link to the invited address', async () => {
    expectProblem(
      await inject('POST', `/api/v1/enterprises/${enterpriseId}/invitations`, outsider, { email: 'x@example.vn' }),
      404,
    );
    expectProblem(await inject('POST', `/api/v1/enterprises/${enterpriseId}/invitations`, null, { email: 'x@example.vn' }), 401);
    expectProblem(await inject('POST', `/api/v1/enterprises/${enterpriseId}/invitations`, owner, { email: 'not-an-email' }), 400);
    const invited = await inject('POST', `/api/v1/enterprises/${enterpriseId}/invitations`, owner, {
      email: ' NhanVien@MachNha.vn ',
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ email: 'nhanvien@machnha.vn', role: 'staff' });
    const [mail] = await waitForMailTo(t, 'nhanvien@machnha.vn', 'Lời mời');
    expect(mail?.text).toContain('Cơ sở Mạch nha Thi Phổ');
    expect(mail?.text).toContain('vai trò nhân viên');
    // The mail reaches the SMTP server a moment before the sender records it as sent.
    const open = await eventually(async () => {
      const list = (await inject('GET', `/api/v1/enterprises/${enterpriseId}/invitations`, owner)).json<{
        items: { isSent: boolean }[];
      }>();
      return list.items[0]?.isSent ? list : undefined;
    });
    expect(open.items).toHaveLength(1);
  });

  it('refuses the token to anyone but the invited address, and a made-up token', async () => {
    const token = await invitationToken('nhanvien@machnha.vn');
    expectProblem(await inject('POST', '/api/v1/invitations/accept', outsider, { token }), 403);
    expectProblem(await inject('POST', '/api/v1/invitations/accept', clerk, { token: 'a'.repeat(43) }), 400);
    expectProblem(await inject('POST', '/api/v1/invitations/accept', null, { token }), 401);
  });

  it('makes the invited person staff once they accept, and the token works once', async () => {
    const token = await invitationToken('nhanvien@machnha.vn');
    const accepted = await inject('POST', '/api/v1/invitations/accept', clerk, { token });
    expect(accepted.json()).toEqual({ enterpriseId, role: 'staff' });
    expectProblem(await inject('POST', '/api/v1/invitations/accept', clerk, { token }), 400);
    const list = await inject('GET', `/api/v1/enterprises/${enterpriseId}/members`, clerk);
    expect((list.json().items as { email: string; role: string }[]).map((member) => [member.email, member.role])).toEqual([
      ['chu@machnha.vn', 'owner'],
      ['nhanvien@machnha.vn', 'staff'],
    ]);
    expect((await inject('GET', '/api/v1/me', clerk)).json().enterprises).toEqual([{ id: enterpriseId, role: 'staff' }]);
    // staff of a pending enterprise see it; others still do not
    expect((await inject('GET', `/api/v1/enterprises/${enterpriseId}`, clerk)).json().myRole).toBe('staff');
    expectProblem(await inject('GET', `/api/v1/enterprises/${enterpriseId}`, outsider), 404);
    expectProblem(
      await inject('POST', `/api/v1/enterprises/${enterpriseId}/invitations`, owner, { email: 'nhanvien@machnha.vn' }),
      409,
    );
  });

  it('lets staff work but not manage people or the profile', async () => {
    expectProblem(await inject('POST', `/api/v1/enterprises/${enterpriseId}/invitations`, clerk, { email: 'y@example.vn' }), 403);
    expectProblem(await inject('GET', `/api/v1/enterprises/${enterpriseId}/invitations`, clerk), 403);
    expectProblem(await inject('PATCH', `/api/v1/enterprises/${enterpriseId}`, clerk, { description: 'x' }), 403);
    expectProblem(await inject('DELETE', `/api/v1/enterprises/${enterpriseId}/members/${owner.userId}`, clerk), 403);
    expectProblem(await inject('GET', `/api/v1/enterprises/${enterpriseId}/members`, outsider), 404);
  });

  it('revokes an open invitation, after which its link is dead', async () => {
    const invited = await inject('POST', `/api/v1/enterprises/${enterpriseId}/invitations`, owner, {
      email: 'tamthoi@example.vn',
    });
    const person = await signUp(t, 'tamthoi@example.vn');
    const token = await invitationToken('tamthoi@example.vn');
    expect(
      (await inject('DELETE', `/api/v1/enterprises/${enterpriseId}/invitations/${invited.json().id}`, owner)).statusCode,
    ).toBe(204);
    expectProblem(await inject('DELETE', `/api/v1/enterprises/${enterpriseId}/invitations/${invited.json().id}`, owner), 404);
    expectProblem(await inject('POST', '/api/v1/invitations/accept', person, { token }), 400);
  });
});

describe('at least one owner, always', () => {
  it('refuses to remove or demote the last owner', async () => {
    const leave = await inject('DELETE', `/api/v1/enterprises/${enterpriseId}/members/${owner.userId}`, owner);
    expect(expectProblem(leave, 409).code).toBe('ENTERPRISES_LAST_OWNER');
    expectProblem(
      await inject('PATCH', `/api/v1/enterprises/${enterpriseId}/members/${owner.userId}`, owner, { role: 'staff' }),
      409,
    );
    expectProblem(
      await inject('PATCH', `/api/v1/enterprises/${enterpriseId}/members/${owner.userId}`, owner, { role: 'boss' }),
      400,
    );
  });

  it('lets the owner hand over: promote staff, then leave', async () => {
    const promoted = await inject('PATCH', `/api/v1/enterprises/${enterpriseId}/members/${clerk.userId}`, owner, {
      role: 'owner',
    });
    expect(promoted.json()).toMatchObject({ role: 'owner' });
    expect((await inject('DELETE', `/api/v1/enterprises/${enterpriseId}/members/${owner.userId}`, owner)).statusCode).toBe(204);
    expectProblem(await inject('GET', `/api/v1/enterprises/${enterpriseId}`, owner), 404);
    expectProblem(await inject('DELETE', `/api/v1/enterprises/${enterpriseId}/members/${clerk.userId}`, clerk), 409);
  });

  it('two owners leaving at the same moment cannot leave none', async () => {
    const first = await signUp(t, 'dongchu1@example.vn');
    const second = await signUp(t, 'dongchu2@example.vn');
    const id = (await createEnterprise(t, first, { name: 'Hai chủ' })).id;
    await inject('POST', `/api/v1/enterprises/${id}/invitations`, first, { email: 'dongchu2@example.vn', role: 'owner' });
    await inject('POST', '/api/v1/invitations/accept', second, { token: await invitationToken('dongchu2@example.vn') });
    const results = await Promise.all([
      inject('DELETE', `/api/v1/enterprises/${id}/members/${first.userId}`, first),
      inject('DELETE', `/api/v1/enterprises/${id}/members/${second.userId}`, second),
    ]);
    expect(results.map((result) => result.statusCode).sort()).toEqual([204, 409]);
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    const members = (await inject('GET', `/api/v1/enterprises/${id}/members`, admin)).json().items;
    expect(members).toHaveLength(1);
    expect(members[0].role).toBe('owner');
    await decide(t, admin, id, 'reject', 'Thiếu giấy tờ');
  });
});
