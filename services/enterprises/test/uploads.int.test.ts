import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { queryRows } from '@tradeqn/db';
import { multipartBody, samples } from '@tradeqn/storage/testing';
import {
  ADMIN,
  as,
  countRows,
  createEnterprise,
  createTestMarketplace,
  decide,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let owner: Person;
let stranger: Person;
let pendingId: string;
let approvedId: string;

beforeAll(async () => {
  t = await createTestMarketplace({ env: { UPLOAD_LIMIT_MB: '0.01' } });
  owner = await signUp(t, 'chu@tailen.vn');
  stranger = await signUp(t, 'nguoi-la@tailen.vn');
  const admin = await signIn(t, ADMIN.email, ADMIN.password);
  pendingId = (await createEnterprise(t, owner, { name: 'Cơ sở chờ duyệt' })).id;
  approvedId = (await createEnterprise(t, owner, { name: 'Cơ sở đã duyệt' })).id;
  await decide(t, admin, approvedId, 'approve');
});
afterAll(async () => {
  await t?.close();
});

function upload(person: Person, method: 'POST' | 'PUT', url: string, fileName: string, data: Buffer) {
  const body = multipartBody('file', fileName, 'application/octet-stream', data);
  return t.app.inject({
    method,
    url,
    payload: body.payload,
    headers: { ...body.headers, authorization: `Bearer ${person.token}` },
  });
}

/** What uploads left in the file store (the sitemaps marketing may build meanwhile, under `seo/`, are not uploads). */
function storedFiles(): string[] {
  const folder = join(t.settings.core.dataDir, 'uploads');
  const all = existsSync(folder) ? readdirSync(folder, { recursive: true }).map(String) : [];
  return all.filter((path) => path !== 'seo' && !path.startsWith('seo/'));
}

// larger than the test's upload limit (about 10 kB): reading it would answer 413
const tooBig = Buffer.concat([samples.png, Buffer.alloc(64 * 1024, 0x20)]);

describe('an upload is refused before its file is read when the caller may not make it', () => {
  it.each([
    ['a document for an enterprise it cannot see', 404, 'POST', () => `/api/v1/enterprises/${pendingId}/documents`],
    ['a document for an enterprise it is no member of', 403, 'POST', () => `/api/v1/enterprises/${approvedId}/documents`],
    ['the logo of an enterprise it is no member of', 403, 'PUT', () => `/api/v1/enterprises/${approvedId}/logo`],
    ['the cover of an enterprise it cannot see', 404, 'PUT', () => `/api/v1/enterprises/${pendingId}/cover`],
  ] as const)('a stranger sending %s gets %s, not 413, and nothing is kept', async (_case, status, method, url) => {
    const documents = await countRows(t, 'enterprises.documents');
    expectProblem(await upload(stranger, method, url(), 'lon.png', tooBig), status);
    expect(await countRows(t, 'enterprises.documents')).toBe(documents);
    expect(storedFiles()).toEqual([]);
  });

  it('still refuses the owner a file over the limit with 413', async () => {
    expectProblem(await upload(owner, 'POST', `/api/v1/enterprises/${pendingId}/documents`, 'lon.png', tooBig), 413);
    expectProblem(await upload(owner, 'PUT', `/api/v1/enterprises/${approvedId}/logo`, 'lon.png', tooBig), 413);
    expect(storedFiles()).toEqual([]);
  });
});

describe('the name of an uploaded file', () => {
  it('is kept without bidirectional and invisible control characters', async () => {
    // U+202E turns "hoa-don-\u202Efdp.exe" into "hoa-don-exe.pdf" on screen
    const response = await upload(
      owner,
      'POST',
      `/api/v1/enterprises/${pendingId}/documents`,
      'Hoá đơn\u200B-\u202Efdp.exe\u2066\u2069\uFEFF\u200F.pdf',
      samples.pdf,
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().fileName).toBe('Hoá đơn-fdp.exe.pdf');
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${pendingId}/documents/${response.json().id}/file`,
      ...as(owner),
    });
    expect(decodeURIComponent(String(file.headers['content-disposition']))).toContain("UTF-8''Hoá đơn-fdp.exe.pdf");
  });

  it('is shown clean even when it was kept before the rule', async () => {
    const response = await upload(owner, 'POST', `/api/v1/enterprises/${pendingId}/documents`, 'cu.pdf', samples.pdf);
    const id = response.json().id as string;
    await queryRows(t.database.db, sql`UPDATE enterprises.documents SET file_name = ${'Hợp đồng\u202Efdp.exe'} WHERE id = ${id}`);
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${pendingId}/documents`, ...as(owner) });
    expect(list.json().items.find((item: { id: string }) => item.id === id).fileName).toBe('Hợp đồngfdp.exe');
  });

  it('keeps Vietnamese letters, whether sent composed or decomposed', async () => {
    const response = await upload(
      owner,
      'POST',
      `/api/v1/enterprises/${pendingId}/documents`,
      'Giấy phép'.normalize('NFD'),
      samples.pdf,
    );
    expect(response.json().fileName).toBe('Giấy phép');
  });
});
