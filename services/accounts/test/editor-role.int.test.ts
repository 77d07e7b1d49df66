import {
  ADMIN,
  as,
  createTestMarketplace,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;

const api = (method: 'GET' | 'PATCH', url: string, person: Person | null, body?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...as(person, body) });

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
}, 120_000);
afterAll(() => t?.close());

describe('the editor role (ban biên tập)', () => {
  it('is granted and taken back by admins, and holds no other staff power', async () => {
    const person = await signUp(t, 'bien.tap@example.vn');
    const granted = await api('PATCH', `/admin/users/${person.userId}`, admin, { role: 'editor' });
    expect(granted.json()).toMatchObject({ role: 'editor', roles: ['consumer', 'editor'] });

    // publishing on the province's portal: a password alone does not carry the role
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      ...as(null, { email: person.email, password: 'mat-khau-123' }),
    });
    const passwordOnly = { ...person, token: login.json().accessToken as string };
    expect(expectProblem(await api('GET', '/admin/programme/content', passwordOnly), 403).code).toBe('AUTH_TWO_FACTOR_REQUIRED');

    const editor = await signIn(t, person.email, 'mat-khau-123');
    expect((await api('GET', '/admin/programme/content', editor)).statusCode).toBe(200);
    expect((await api('GET', '/me', editor)).json().roles).toEqual(['consumer', 'editor']);
    expectProblem(await api('GET', '/admin/users', editor), 403);
    expectProblem(await api('PATCH', `/admin/users/${person.userId}`, person, { role: 'editor' }), 403);

    const editors = (await api('GET', '/admin/users?role=editor', admin)).json();
    expect(editors.items.map((user: { id: string }) => user.id)).toEqual([person.userId]);
    const staff = (await api('GET', '/admin/users?role=staff', admin)).json();
    expect(staff.items.map((user: { id: string }) => user.id)).toContain(person.userId);
    const consumers = (await api('GET', '/admin/users?role=consumer', admin)).json();
    expect(consumers.items.map((user: { id: string }) => user.id)).not.toContain(person.userId);

    // one staff role at a time: moderator replaces editor, consumer takes it away
    const moved = await api('PATCH', `/admin/users/${person.userId}`, admin, { role: 'moderator' });
    expect(moved.json()).toMatchObject({ role: 'moderator', roles: ['consumer', 'moderator'] });
    const back = await api('PATCH', `/admin/users/${person.userId}`, admin, { role: 'consumer' });
    expect(back.json()).toMatchObject({ role: 'consumer', roles: ['consumer'] });
    expectProblem(await api('PATCH', `/admin/users/${person.userId}`, admin, { role: 'bien-tap' }), 400);
  });
});
