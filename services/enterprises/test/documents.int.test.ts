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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let owner: Person;
let other: Person;
let moderator: Person;
let enterpriseId: string;

beforeAll(async () => {
  t = await createTestMarketplace({ env: { UPLOAD_LIMIT_MB: '0.01' } });
  owner = await signUp(t, 'chu@quetrabong.vn');
  other = await signUp(t, 'chu@doanhnghiepkhac.vn');
  moderator = await signIn(t, ADMIN.email, ADMIN.password);
  enterpriseId = (await createEnterprise(t, owner, { name: 'Hợp tác xã Quế Trà Bồng' })).id;
  await createEnterprise(t, other, { name: 'Doanh nghiệp khác' });
});
afterAll(async () => {
  await t?.close();
});

function upload(person: Person | null, url: string, fileName: string, contentType: string, data: Buffer) {
  const body = multipartBody('file', fileName, contentType, data);
  return t.app.inject({
    method: url.includes('/documents') ? 'POST' : 'PUT',
    url,
    payload: body.payload,
    headers: { ...body.headers, ...(person ? { authorization: `Bearer ${person.token}` } : {}) },
  });
}

describe('verification documents', () => {
  let documentId: string;

  it('takes a PDF business licence from a member', async () => {
    const response = await upload(
      owner,
      `/api/v1/enterprises/${enterpriseId}/documents?kind=business_licence`,
      'Giấy CN ĐKKD.pdf',
      'application/pdf',
      samples.pdf,
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      kind: 'business_licence',
      contentType: 'application/pdf',
      fileName: 'Giấy CN ĐKKD.pdf',
      sizeBytes: samples.pdf.length,
    });
    documentId = response.json().id;
  });

  it('reads the type from the bytes: an executable named .pdf is refused with 415 and nothing is kept', async () => {
    const before = await countRows(t, 'enterprises.documents');
    const response = await upload(
      owner,
      `/api/v1/enterprises/${enterpriseId}/documents`,
      'giay-phep.pdf',
      'application/pdf',
      samples.exe,
    );
    expect(expectProblem(response, 415).code).toBe('ENTERPRISES_FILE_TYPE');
    expect(await countRows(t, 'enterprises.documents')).toBe(before);
  });

  it('refuses a file over the size limit with 413, an empty upload and a non-multipart body with 400', async () => {
    const before = await countRows(t, 'enterprises.documents');
    const big = Buffer.concat([samples.pdf, Buffer.alloc(20 * 1024, 0x20)]);
    expectProblem(await upload(owner, `/api/v1/enterprises/${enterpriseId}/documents`, 'lon.pdf', 'application/pdf', big), 413);
    expectProblem(
      await upload(owner, `/api/v1/enterprises/${enterpriseId}/documents`, 'rong.pdf', 'application/pdf', Buffer.alloc(0)),
      400,
    );
    const notMultipart = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${enterpriseId}/documents`,
      ...as(owner, { file: 'x' }),
    });
    expectProblem(notMultipart, 400);
    expectProblem(
      await upload(owner, `/api/v1/enterprises/${enterpriseId}/documents?kind=passport`, 'a.pdf', 'application/pdf', samples.pdf),
      400,
    );
    expect(await countRows(t, 'enterprises.documents')).toBe(before);
  });

  it('shows and hands back the file to members and staff only', async () => {
    const list = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/documents`, ...as(moderator) });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([documentId]);
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${enterpriseId}/documents/${documentId}/file`,
      ...as(owner),
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(samples.pdf)).toBe(true);
    expect(String(file.headers['content-disposition'])).toContain("filename*=UTF-8''Gi%E1%BA%A5y");
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/documents`, ...as(other) }), 404);
    expectProblem(
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/enterprises/${enterpriseId}/documents/${documentId}/file`,
        ...as(other),
      }),
      404,
    );
    expectProblem(
      await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/documents/${documentId}/file` }),
      401,
    );
    expectProblem(
      await upload(other, `/api/v1/enterprises/${enterpriseId}/documents`, 'x.pdf', 'application/pdf', samples.pdf),
      404,
    );
  });
});

describe('storefront images', () => {
  it('takes a PNG logo, serves it publicly, and refuses a PDF as an image', async () => {
    await decide(t, moderator, enterpriseId, 'approve');
    const response = await upload(owner, `/api/v1/enterprises/${enterpriseId}/logo`, 'logo.png', 'image/png', samples.png);
    expect(response.statusCode).toBe(200);
    const logoUrl = String(response.json().logoUrl);
    expect(logoUrl).toMatch(new RegExp(`^http://san.test/media/public/enterprises/${enterpriseId}/logo-[0-9a-f]{8}\\.png$`));
    const image = await t.app.inject({ method: 'GET', url: logoUrl.replace('http://san.test', '') });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(samples.png)).toBe(true);
    expectProblem(
      await upload(owner, `/api/v1/enterprises/${enterpriseId}/cover`, 'bia.pdf', 'application/pdf', samples.pdf),
      415,
    );
    expectProblem(await upload(other, `/api/v1/enterprises/${enterpriseId}/cover`, 'bia.png', 'image/png', samples.png), 403);
    expectProblem(await t.app.inject({ method: 'GET', url: '/media/public/enterprises/nothing.png' }), 404);
    expect((await t.app.inject({ method: 'GET', url: '/media/private/x.pdf' })).statusCode).toBe(404);
  });

  it('replaces a logo and forgets the old file', async () => {
    const first = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}` })).json().logoUrl as string;
    const second = await upload(owner, `/api/v1/enterprises/${enterpriseId}/logo`, 'logo2.jpg', 'image/jpeg', samples.jpeg);
    expect(second.json().logoUrl).not.toBe(first);
    expect(second.json().logoUrl).toMatch(/\.jpg$/);
    expect((await t.app.inject({ method: 'GET', url: first.replace('http://san.test', '') })).statusCode).toBe(404);
  });
});
