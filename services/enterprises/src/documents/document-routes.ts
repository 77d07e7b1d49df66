import { type App, principalOf, problemResponses, requireUser, StringEnum } from '@tradeqn/kit';
import { Type } from 'typebox';
import { IdParams } from '../enterprises/enterprise-schemas.ts';
import { DOCUMENT_KINDS, type DocumentService } from './document-service.ts';
import { readUpload, uploadSchema } from './read-upload.ts';

const tags = ['enterprise documents'];
const bearer = [{ bearerAuth: [] }];

const DocumentSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: StringEnum(DOCUMENT_KINDS),
  fileName: Type.String({ examples: ['giay-chung-nhan-dkkd.pdf'] }),
  contentType: Type.String({ examples: ['application/pdf'] }),
  sizeBytes: Type.Integer(),
  uploadedAt: Type.String({ format: 'date-time' }),
});

export function documentRoutes(deps: { documents: DocumentService }) {
  const { documents } = deps;
  return async (app: App) => {
    app.post(
      '/enterprises/:id/documents',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Tải giấy tờ xác minh: PDF, JPEG hoặc PNG (members)',
          ...uploadSchema,
          security: bearer,
          params: IdParams,
          querystring: Type.Object({
            kind: StringEnum(DOCUMENT_KINDS, {
              default: 'business_licence',
              description:
                'business_licence: giấy chứng nhận ĐKKD · product_licence: giấy phép hàng hoá · food_safety: ATTP · other',
            }),
          }),
          response: { 201: DocumentSchema, ...problemResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        await documents.authorizeUpload(principal, request.params.id);
        const upload = await readUpload(request);
        return reply.code(201).send(await documents.upload(principal, request.params.id, request.query.kind, upload));
      },
    );

    app.get(
      '/enterprises/:id/documents',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Giấy tờ đã tải lên (members, province staff)',
          security: bearer,
          params: IdParams,
          response: { 200: Type.Object({ items: Type.Array(DocumentSchema) }), ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => ({ items: await documents.list(principalOf(request), request.params.id) }),
    );

    app.get(
      '/enterprises/:id/documents/:documentId/file',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Tải xuống một giấy tờ (members, province staff)',
          security: bearer,
          params: Type.Object({ id: Type.String({ format: 'uuid' }), documentId: Type.String({ format: 'uuid' }) }),
          produces: ['application/pdf', 'image/jpeg', 'image/png'],
        },
      },
      async (request, reply) => {
        const file = await documents.download(principalOf(request), request.params.id, request.params.documentId);
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('cache-control', 'private, no-store')
          .send(file.data);
      },
    );
  };
}
