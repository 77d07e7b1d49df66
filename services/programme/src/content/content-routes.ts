import { type App, principalOf, problemResponses, requireRole, StringEnum } from '@tradeqn/kit';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { programmeErrors } from '../programme-errors.ts';
import {
  AdminContentQuery,
  CONTENT_SECTIONS,
  ContentBody,
  ContentPageSchema,
  ContentSchema,
  PublicContentQuery,
  PublishBody,
  ReturnBody,
} from './content-schemas.ts';
import type { ContentService } from './content-service.ts';

const tags = ['programme'];
const adminTags = ['admin', 'programme'];
const security = [{ bearerAuth: [] }];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Slug = Type.String({ maxLength: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });
const Item = Type.Ref('ProgrammeContent');

/** The one PDF of a multipart upload, in memory (within the app's upload limit: 413 beyond). */
async function readPdfUpload(request: FastifyRequest): Promise<{ data: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw programmeErrors.PROGRAMME_CONTENT_FILE();
  const file = await request.file();
  if (!file) throw programmeErrors.PROGRAMME_CONTENT_FILE();
  const data = await file.toBuffer();
  if (data.length === 0) throw programmeErrors.PROGRAMME_CONTENT_FILE({ vi: 'Tệp rỗng', en: 'The file is empty' });
  return { data, fileName: file.filename };
}

/** The portal's content: public sections, and the editorial board's console (editors and admins). */
export function contentRoutes(deps: { content: ContentService }) {
  const { content } = deps;
  const editorial = requireRole('admin', 'editor');
  return async (app: App) => {
    app.addSchema(ContentSchema);

    app.get(
      '/programme/content/:section',
      {
        schema: {
          tags,
          summary:
            'Bài đã đăng của một mục: news (tin tức, thông báo), handbook (sổ tay TMĐT), legal (văn bản), trade (cơ hội giao thương)',
          params: Type.Object({ section: StringEnum(CONTENT_SECTIONS) }),
          querystring: PublicContentQuery,
          response: { 200: ContentPageSchema, ...problemResponses(400) },
        },
      },
      async (request) => content.publicList(request.params.section, request.query),
    );

    app.get(
      '/programme/content/:section/:slug',
      {
        schema: {
          tags,
          summary: 'Một bài đã đăng (bản nháp, chờ duyệt, hẹn giờ chưa đến: 404)',
          params: Type.Object({ section: StringEnum(CONTENT_SECTIONS), slug: Slug }),
          response: { 200: Item, ...problemResponses(400, 404) },
        },
      },
      async (request) => content.publicGet(request.params.section, request.params.slug),
    );

    app.get(
      '/programme/content/legal/:slug/file',
      {
        schema: {
          tags,
          summary: 'Tệp PDF của một văn bản pháp luật đã đăng',
          params: Type.Object({ slug: Slug }),
          produces: ['application/pdf'],
          response: { 200: Type.Any(), ...problemResponses(400, 404) },
        },
      },
      async (request, reply) => {
        const file = await content.publicFile(request.params.slug);
        return reply
          .type(file.contentType)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('x-content-type-options', 'nosniff')
          .send(file.data);
      },
    );

    app.get(
      '/admin/programme/content',
      {
        onRequest: editorial,
        schema: {
          tags: adminTags,
          summary: 'Mọi bài theo loại và trạng thái (ban biên tập)',
          security,
          querystring: AdminContentQuery,
          response: { 200: ContentPageSchema, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => content.list(request.query),
    );

    app.get(
      '/admin/programme/content/:id',
      {
        onRequest: editorial,
        schema: {
          tags: adminTags,
          summary: 'Một bài, ở mọi trạng thái (ban biên tập)',
          security,
          params: IdParams,
          response: { 200: Item, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => content.get(request.params.id),
    );

    app.post(
      '/admin/programme/content',
      {
        onRequest: editorial,
        schema: {
          tags: adminTags,
          summary: 'Viết một bài mới (bản nháp); nội dung HTML được làm sạch theo danh sách thẻ cho phép',
          security,
          body: ContentBody,
          response: { 201: Item, ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return content.create(principalOf(request), request.body);
      },
    );

    app.put(
      '/admin/programme/content/:id',
      {
        onRequest: editorial,
        schema: {
          tags: adminTags,
          summary: 'Sửa một bản nháp (bài đang chờ duyệt hoặc đã đăng: 409, trả về nháp trước)',
          security,
          params: IdParams,
          body: ContentBody,
          response: { 200: Item, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => content.update(principalOf(request), request.params.id, request.body),
    );

    app.post(
      '/admin/programme/content/:id/file',
      {
        onRequest: editorial,
        schema: {
          tags: adminTags,
          summary: 'Tải lên tệp PDF của văn bản pháp luật (bản nháp; multipart, trường `file`)',
          consumes: ['multipart/form-data'],
          security,
          params: IdParams,
          response: { 200: Item, ...problemResponses(400, 401, 403, 404, 409, 413) },
        },
      },
      async (request) => {
        await content.get(request.params.id);
        return content.attachFile(principalOf(request), request.params.id, await readPdfUpload(request));
      },
    );

    app.post(
      '/admin/programme/content/:id/submit',
      {
        onRequest: editorial,
        schema: {
          tags: adminTags,
          summary: 'Gửi duyệt: nháp → chờ duyệt',
          security,
          params: IdParams,
          response: { 200: Item, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => content.submit(principalOf(request), request.params.id),
    );

    app.post(
      '/admin/programme/content/:id/return',
      {
        onRequest: editorial,
        schema: {
          tags: adminTags,
          summary: 'Trả về nháp kèm góp ý: chờ duyệt → nháp',
          security,
          params: IdParams,
          body: ReturnBody,
          response: { 200: Item, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => content.returnToDraft(principalOf(request), request.params.id, request.body.comment),
    );

    app.post(
      '/admin/programme/content/:id/publish',
      {
        onRequest: editorial,
        schema: {
          tags: adminTags,
          summary:
            'Duyệt đăng ngay hoặc hẹn giờ: chờ duyệt → đã đăng. Người viết không tự duyệt bài của mình, trừ quản trị viên (403).',
          security,
          params: IdParams,
          body: PublishBody,
          response: { 200: Item, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => content.publish(principalOf(request), request.params.id, request.body.publishAt),
    );

    app.post(
      '/admin/programme/content/:id/withdraw',
      {
        onRequest: editorial,
        schema: {
          tags: adminTags,
          summary: 'Gỡ bài đã đăng về nháp, kèm lý do',
          security,
          params: IdParams,
          body: ReturnBody,
          response: { 200: Item, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => content.withdraw(principalOf(request), request.params.id, request.body.comment),
    );
  };
}
