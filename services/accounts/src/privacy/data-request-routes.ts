import { type App, principalOf, problemResponses, requireRole, requireUser } from '@tradeqn/kit';
import { Type } from 'typebox';
import {
  AnswerDataRequestBody,
  CreateDataRequestBody,
  DataRequestListQuery,
  DataRequestPage,
  DataRequestSchema,
} from './data-request-schemas.ts';
import type { DataRequestService } from './data-request-service.ts';

const security = [{ bearerAuth: [] }];
const DataRequest = Type.Ref('DataRequest');

/** `/me/data-requests`: a person's requests about their data; `/admin/data-requests`: the queue staff answer. */
export function dataRequestRoutes(deps: { requests: DataRequestService }) {
  const { requests } = deps;
  return async (app: App) => {
    app.addSchema(DataRequestSchema);

    app.post(
      '/me/data-requests',
      {
        onRequest: requireUser,
        schema: {
          tags: ['accounts'],
          summary: 'Gửi yêu cầu về dữ liệu cá nhân (xem, sửa, hạn chế, phản đối xử lý…); trả lời trong 72 giờ',
          security,
          body: CreateDataRequestBody,
          response: { 201: DataRequest, ...problemResponses(400, 401, 409) },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return requests.create(principalOf(request).userId, request.body);
      },
    );

    app.get(
      '/me/data-requests',
      {
        onRequest: requireUser,
        schema: {
          tags: ['accounts'],
          summary: 'Các yêu cầu về dữ liệu của mình, mới nhất trước',
          security,
          response: { 200: Type.Object({ items: Type.Array(DataRequest) }), ...problemResponses(401) },
        },
      },
      async (request) => requests.mine(principalOf(request).userId),
    );

    app.get(
      '/admin/data-requests',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['admin', 'accounts'],
          summary: 'Hàng yêu cầu về dữ liệu cá nhân: đang mở (hạn gần nhất trước) hoặc đã trả lời (admins)',
          security,
          querystring: DataRequestListQuery,
          response: { 200: DataRequestPage, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => requests.queue(request.query),
    );

    app.post(
      '/admin/data-requests/:id/answer',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['admin', 'accounts'],
          summary: 'Trả lời (đã thực hiện hoặc từ chối, có lý do) một yêu cầu; người gửi nhận e-mail',
          security,
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: AnswerDataRequestBody,
          response: { 200: DataRequest, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => requests.answer(principalOf(request).userId, request.params.id, request.body),
    );
  };
}
