import { type App, principalOf, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import {
  CloseBody,
  CreateTakedownBody,
  IdParams,
  RemoveBody,
  TakedownListQuery,
  TakedownPage,
  TakedownSchema,
  TargetSchema,
} from './takedown-schemas.ts';
import type { TakedownService } from './takedown-service.ts';

const tags = ['admin', 'trust'];
const security = [{ bearerAuth: [] }];
const Takedown = Type.Ref('Takedown');

/** Province staff record competent authorities' takedown requests and act on them within 24 hours. */
export function takedownRoutes(deps: { takedowns: TakedownService }) {
  const { takedowns } = deps;
  const staff = requireRole('admin', 'moderator');
  return async (app: App) => {
    app.addSchema(TargetSchema);
    app.addSchema(TakedownSchema);

    app.get(
      '/admin/takedowns',
      {
        onRequest: staff,
        schema: {
          tags,
          summary: 'Yêu cầu gỡ bỏ của cơ quan có thẩm quyền: đang mở (hạn gần nhất trước) hoặc đã xử lý (mới nhất trước)',
          security,
          querystring: TakedownListQuery,
          response: { 200: TakedownPage, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => takedowns.list(request.query),
    );

    app.post(
      '/admin/takedowns',
      {
        onRequest: staff,
        schema: {
          tags,
          summary:
            'Ghi nhận yêu cầu gỡ bỏ (số, ngày văn bản, cơ quan, đối tượng, nội dung, căn cứ pháp lý); hạn 24 giờ từ khi nhận',
          security,
          body: CreateTakedownBody,
          response: { 201: Takedown, ...problemResponses(400, 401, 403, 422) },
        },
      },
      async (request, reply) => {
        const created = await takedowns.record(principalOf(request), request.body);
        reply.code(201).header('location', `/api/v1/admin/takedowns/${created.id}`);
        return created;
      },
    );

    app.get(
      '/admin/takedowns/:id',
      {
        onRequest: staff,
        schema: {
          tags,
          summary: 'Một yêu cầu gỡ bỏ, với thời gian còn lại đến hạn',
          security,
          params: IdParams,
          response: { 200: Takedown, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => takedowns.get(request.params.id),
    );

    app.post(
      '/admin/takedowns/:id/remove',
      {
        onRequest: staff,
        schema: {
          tags,
          summary:
            'Gỡ bỏ đối tượng (ẩn tin đăng hoặc tạm ngừng doanh nghiệp) kèm căn cứ pháp lý; ghi thời điểm gỡ, nhật ký, báo cho người bán',
          security,
          params: IdParams,
          body: RemoveBody,
          response: { 200: Takedown, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => takedowns.remove(principalOf(request), request.params.id, request.body.legalBasis),
    );

    app.post(
      '/admin/takedowns/:id/close',
      {
        onRequest: staff,
        schema: {
          tags,
          summary: 'Đóng yêu cầu gỡ bỏ không xử lý, kèm lý do',
          security,
          params: IdParams,
          body: CloseBody,
          response: { 200: Takedown, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => takedowns.close(principalOf(request), request.params.id, request.body.reason),
    );
  };
}
