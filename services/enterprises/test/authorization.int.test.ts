import { multipartBody, samples } from '@tradeqn/storage/testing';
import {
  ADMIN,
  countRows,
  createEnterprise,
  createTestMarketplace,
  decide,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let owner: Person;
let rival: Person;
let approvedId: string;
let pendingId: string;
const zero = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestMarketplace();
  owner = await signUp(t, 'chu@sahuynh.vn');
  rival = await signUp(t, 'chu@doithu.vn');
  const admin = await signIn(t, ADMIN.email, ADMIN.password);
  approvedId = (await createEnterprise(t, owner, { name: 'Muối Sa Huỳnh' })).id;
  pendingId = (await createEnterprise(t, owner, { name: 'Nước mắm Sa Huỳnh' })).id;
  await createEnterprise(t, rival, { name: 'Đối thủ' });
  await decide(t, admin, approvedId, 'approve');
});
afterAll(async () => {
  await t?.close();
});

type Call = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; body?: unknown; file?: boolean };

/** Every route that touches one enterprise's private data or acts for it. */
const calls = (id: string): Call[] => [
  { method: 'PATCH', path: `/api/v1/enterprises/${id}`, body: { description: 'x' } },
  {
    method: 'PUT',
    path: `/api/v1/enterprises/${id}/bank-account`,
    body: { bankBin: '970436', accountNo: '0123456789', accountHolder: 'X' },
  },
  { method: 'PUT', path: `/api/v1/enterprises/${id}/logo`, file: true },
  { method: 'PUT', path: `/api/v1/enterprises/${id}/cover`, file: true },
  { method: 'GET', path: `/api/v1/enterprises/${id}/history` },
  { method: 'GET', path: `/api/v1/enterprises/${id}/members` },
  { method: 'PATCH', path: `/api/v1/enterprises/${id}/members/${zero}`, body: { role: 'owner' } },
  { method: 'DELETE', path: `/api/v1/enterprises/${id}/members/${zero}` },
  { method: 'POST', path: `/api/v1/enterprises/${id}/invitations`, body: { email: 'x@example.vn' } },
  { method: 'GET', path: `/api/v1/enterprises/${id}/invitations` },
  { method: 'DELETE', path: `/api/v1/enterprises/${id}/invitations/${zero}` },
  { method: 'POST', path: `/api/v1/enterprises/${id}/documents`, file: true },
  { method: 'GET', path: `/api/v1/enterprises/${id}/documents` },
  { method: 'GET', path: `/api/v1/enterprises/${id}/documents/${zero}/file` },
];

function send(call: Call, person: Person | null) {
  const auth = person ? { authorization: `Bearer ${person.token}` } : {};
  if (call.file) {
    const body = multipartBody('file', 'a.png', 'image/png', samples.png);
    return t.app.inject({ method: call.method, url: call.path, payload: body.payload, headers: { ...body.headers, ...auth } });
  }
  return t.app.inject({
    method: call.method,
    url: call.path,
    headers: { ...auth, ...(call.body ? { 'content-type': 'application/json' } : {}) },
    ...(call.body ? { payload: JSON.stringify(call.body) } : {}),
  });
}

describe('every enterprise route keeps strangers out', () => {
  it.each(calls('APPROVED').map((call) => [`${call.method} ${call.path.replace('APPROVED', ':id')}`, call] as const))(
    '%s: 401 anonymous; 403 for another enterprise on a public one, 404 on a pending one; nothing changes',
    async (_name, template) => {
      const before = await Promise.all(
        ['enterprises', 'members', 'invitations', 'documents', 'profile_history'].map((table) =>
          countRows(t, `enterprises.${table}`),
        ),
      );
      const onApproved = { ...template, path: template.path.replace('APPROVED', approvedId) };
      const onPending = { ...template, path: template.path.replace('APPROVED', pendingId) };
      const anonymous = await send(onApproved, null);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/problem\+json/);
      expect((await send(onApproved, rival)).statusCode).toBe(403);
      expect((await send(onPending, rival)).statusCode).toBe(404);
      const after = await Promise.all(
        ['enterprises', 'members', 'invitations', 'documents', 'profile_history'].map((table) =>
          countRows(t, `enterprises.${table}`),
        ),
      );
      expect(after).toEqual(before);
    },
  );

  it.each([
    ['GET', '/api/v1/admin/enterprises'],
    ['POST', `/api/v1/admin/enterprises/${zero}/approve`],
    ['POST', `/api/v1/admin/enterprises/${zero}/reject`],
    ['POST', `/api/v1/admin/enterprises/${zero}/suspend`],
    ['POST', `/api/v1/admin/enterprises/${zero}/reinstate`],
    ['GET', `/api/v1/admin/enterprises/${zero}/audit`],
  ] as const)('%s %s is for province staff only', async (method, url) => {
    expect((await t.app.inject({ method, url })).statusCode).toBe(401);
    expect((await t.app.inject({ method, url, headers: { authorization: `Bearer ${owner.token}` } })).statusCode).toBe(403);
  });
});
