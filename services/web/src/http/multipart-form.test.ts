import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { multipartBody } from './api-client.ts';
import { type MultipartBody, multipartForm } from './multipart-form.ts';

/** Two files and some fields, as a browser's form sends them. */
function formBody(files: { field: string; filename: string; data: Buffer }[], fields: Record<string, string[]>) {
  const boundary = '----test-boundary';
  const parts: Buffer[] = [];
  for (const [name, values] of Object.entries(fields))
    for (const value of values)
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const file of files)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function appWithForm(options: Parameters<typeof multipartForm>[0]) {
  const app = Fastify();
  await app.register(multipart, { limits: { files: 1, fields: 5, parts: 6 } });
  app.post('/form', { preValidation: multipartForm(options) }, async (request) => {
    const body = request.body as MultipartBody;
    return {
      fields: { ...body, _files: undefined },
      files: body._files.map((file) => [file.field, file.filename, file.data.length]),
    };
  });
  return app;
}

describe('multipart forms', () => {
  it('reads fields (repeated ones joined) and several files beyond the API-wide one-file limit', async () => {
    const app = await appWithForm({ maxFiles: 4 });
    const body = formBody(
      [
        { field: 'images', filename: 'a.png', data: Buffer.alloc(10, 1) },
        { field: 'images', filename: 'b.png', data: Buffer.alloc(20, 2) },
      ],
      { _csrf: ['token'], name: ['Tỏi Lý Sơn'], order: ['b', 'a'] },
    );
    const answer = await app.inject({ method: 'POST', url: '/form', ...body });
    expect(answer.json()).toEqual({
      fields: { _csrf: 'token', name: 'Tỏi Lý Sơn', order: 'b\na' },
      files: [
        ['images', 'a.png', 10],
        ['images', 'b.png', 20],
      ],
    });
  });

  it('says a file was too large instead of failing the request', async () => {
    const app = await appWithForm({ maxFiles: 1, maxFileBytes: 100 });
    const body = formBody([{ field: 'file', filename: 'big.png', data: Buffer.alloc(500) }], { name: ['x'] });
    const answer = await app.inject({ method: 'POST', url: '/form', ...body });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().fields._uploadError).toBe('tooLarge');
    expect(answer.json().files).toEqual([]);
  });

  it('says there were too many files', async () => {
    const app = await appWithForm({ maxFiles: 1 });
    const file = { field: 'file', filename: 'a.png', data: Buffer.alloc(5) };
    const answer = await app.inject({ method: 'POST', url: '/form', ...formBody([file, file], {}) });
    expect(answer.json().fields._uploadError).toBe('tooMany');
  });

  it('is what the API client sends on: one file and its fields, read back intact', async () => {
    const app = await appWithForm({ maxFiles: 1 });
    const data = Buffer.from([0, 1, 2, 255, 13, 10, 45, 45]);
    const { body, contentType } = multipartBody({
      filename: 'giấy phép.pdf',
      contentType: 'application/pdf',
      data,
      fields: { kind: 'license' },
    });
    const answer = await app.inject({ method: 'POST', url: '/form', payload: body, headers: { 'content-type': contentType } });
    expect(answer.json().fields.kind).toBe('license');
    expect(answer.json().files).toEqual([['file', 'giấy phép.pdf', 8]]);
  });
});
