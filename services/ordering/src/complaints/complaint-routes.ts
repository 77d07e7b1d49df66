import {
  type App,
  acceptEmptyBody,
  PageOf,
  PageQuery,
  principalOf,
  problemResponses,
  requireRole,
  requireUser,
  StringEnum,
} from '@tradeqn/kit';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { complaintErrors } from './complaint-errors.ts';
import {
  CloseComplaintBody,
  COMPLAINT_STATUSES,
  ComplaintDetailSchema,
  ComplaintMessageSchema,
  ComplaintPhotoSchema,
  ComplaintSchema,
  OpenComplaintBody,
  OptionalReasonBody,
  TextBody,
} from './complaint-schemas.ts';
import type { ComplaintService } from './complaint-service.ts';

const tags = ['complaints'];
const bearer = [{ bearerAuth: [] }];
const Complaint = Type.Ref('Complaint');
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** The one photo of a multipart upload, in memory (within the app's upload limit: 413 beyond). */
async function readPhoto(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw complaintErrors.ORDERING_COMPLAINT_PHOTO_MISSING();
  const file = await request.file();
  if (!file) throw complaintErrors.ORDERING_COMPLAINT_PHOTO_MISSING();
  const data = await file.toBuffer();
  if (data.length === 0) throw complaintErrors.ORDERING_COMPLAINT_PHOTO_MISSING({ vi: 'Tệp rỗng', en: 'The file is empty' });
  return data;
}

/** Complaints about delivered orders: the buyer's, the seller's answer, the province's mediation. */
export function complaintRoutes(deps: { complaints: ComplaintService }) {
  const { complaints } = deps;
  return async (app: App) => {
    app.addSchema(ComplaintSchema);

    app.post(
      '/orders/:id/complaints',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Khiếu nại một đơn đã giao hoặc hoàn tất (người mua, trong thời hạn khiếu nại); một khiếu nại mở mỗi đơn',
          security: bearer,
          params: IdParams,
          body: OpenComplaintBody,
          response: { 201: ComplaintDetailSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await complaints.open(principalOf(request), request.params.id, request.body)),
    );

    app.get(
      '/orders/:id/complaints',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Các khiếu nại của một đơn (người mua, doanh nghiệp bán, cán bộ Sở)',
          security: bearer,
          params: IdParams,
          response: { 200: Type.Object({ items: Type.Array(Complaint) }), ...problemResponses(401, 404) },
        },
      },
      async (request) => ({ items: await complaints.ofOrder(principalOf(request), request.params.id) }),
    );

    app.get(
      '/complaints',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Khiếu nại của tôi, hoặc của doanh nghiệp (`enterpriseId`, members)',
          security: bearer,
          querystring: Type.Object({
            enterpriseId: Type.Optional(Type.String({ format: 'uuid' })),
            status: Type.Optional(StringEnum(COMPLAINT_STATUSES)),
            ...PageQuery,
          }),
          response: { 200: PageOf(Complaint), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => complaints.list(principalOf(request), request.query),
    );

    app.get(
      '/admin/complaints',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: ['complaints', 'admin'],
          summary: 'Mọi khiếu nại trên sàn; `status=mediation`: hàng chờ hoà giải (province staff)',
          security: bearer,
          querystring: Type.Object({ status: Type.Optional(StringEnum(COMPLAINT_STATUSES)), ...PageQuery }),
          response: { 200: PageOf(Complaint), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => complaints.list(principalOf(request), { ...request.query, scope: 'all' }),
    );

    app.get(
      '/admin/complaints/summary',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: ['complaints', 'admin'],
          summary: 'Số khiếu nại theo trạng thái; `mediation`: đang chờ Sở hoà giải (province staff)',
          security: bearer,
          response: {
            200: Type.Object(Object.fromEntries(COMPLAINT_STATUSES.map((status) => [status, Type.Integer()]))),
            ...problemResponses(401, 403),
          },
        },
      },
      async () => complaints.summary(),
    );

    app.get(
      '/complaints/:id',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Chi tiết khiếu nại, ảnh và trao đổi (người mua, doanh nghiệp bán, cán bộ Sở)',
          security: bearer,
          params: IdParams,
          response: { 200: ComplaintDetailSchema, ...problemResponses(401, 404) },
        },
      },
      async (request) => complaints.get(principalOf(request), request.params.id),
    );

    app.post(
      '/complaints/:id/answer',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Doanh nghiệp trả lời khiếu nại (trước hạn trả lời)',
          security: bearer,
          params: IdParams,
          body: TextBody,
          response: { 200: ComplaintDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => complaints.answer(principalOf(request), request.params.id, request.body.text),
    );

    app.post(
      '/complaints/:id/mediation',
      {
        onRequest: requireUser,
        preValidation: acceptEmptyBody,
        schema: {
          tags,
          summary: 'Đề nghị Sở Công Thương hoà giải (người mua hoặc doanh nghiệp)',
          security: bearer,
          params: IdParams,
          body: OptionalReasonBody,
          response: { 200: ComplaintDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => complaints.askMediation(principalOf(request), request.params.id, request.body.reason),
    );

    for (const action of ['accept', 'withdraw'] as const) {
      app.post(
        `/complaints/:id/${action}`,
        {
          onRequest: requireUser,
          preValidation: acceptEmptyBody,
          schema: {
            tags,
            summary:
              action === 'accept'
                ? 'Người mua đồng ý với trả lời của doanh nghiệp: khiếu nại đóng'
                : 'Người mua rút khiếu nại: khiếu nại đóng',
            security: bearer,
            params: IdParams,
            body: OptionalReasonBody,
            response: { 200: ComplaintDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
          },
        },
        async (request) => complaints.closeByBuyer(principalOf(request), request.params.id, action, request.body.reason),
      );
    }

    app.post(
      '/complaints/:id/messages',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Viết vào trao đổi của khiếu nại (người mua, doanh nghiệp, cán bộ Sở); ảnh gửi kèm qua /photos?messageId=',
          security: bearer,
          params: IdParams,
          body: TextBody,
          response: { 201: ComplaintMessageSchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await complaints.addMessage(principalOf(request), request.params.id, request.body.text)),
    );

    app.post(
      '/complaints/:id/photos',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Thêm ảnh (JPEG, PNG, WebP) vào khiếu nại (người mua, tối đa 5) hoặc vào một tin nhắn của mình (tối đa 5)',
          description: 'Gửi một ảnh trong trường `file` (multipart/form-data). Loại tệp được nhận diện từ nội dung.',
          consumes: ['multipart/form-data'],
          security: bearer,
          params: IdParams,
          querystring: Type.Object({ messageId: Type.Optional(Type.String({ format: 'uuid' })) }),
          response: { 201: ComplaintPhotoSchema, ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const messageId = request.query.messageId ?? null;
        await complaints.authorizePhoto(principal, request.params.id, messageId);
        const data = await readPhoto(request);
        return reply.code(201).send(await complaints.addPhoto(principal, request.params.id, messageId, data));
      },
    );

    app.get(
      '/complaints/:id/photos/:photoId',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Một ảnh của khiếu nại (người mua, doanh nghiệp bán, cán bộ Sở)',
          security: bearer,
          params: Type.Object({ id: Type.String({ format: 'uuid' }), photoId: Type.String({ format: 'uuid' }) }),
          produces: ['image/jpeg', 'image/png', 'image/webp'],
        },
      },
      async (request, reply) => {
        const file = await complaints.photo(principalOf(request), request.params.id, request.params.photoId);
        return reply.type(file.contentType).header('cache-control', 'private, no-store').send(file.data);
      },
    );

    app.post(
      '/admin/complaints/:id/close',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: ['complaints', 'admin'],
          summary: 'Sở đóng khiếu nại: hoàn tiền (toàn bộ hoặc một phần), trả hàng, hoặc bác, kèm lý do (province staff)',
          security: bearer,
          params: IdParams,
          body: CloseComplaintBody,
          response: { 200: ComplaintDetailSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => complaints.closeByStaff(principalOf(request), request.params.id, request.body),
    );
  };
}
