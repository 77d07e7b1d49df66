import { type App, principalOf, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import {
  AuthorityNoticeBody,
  BreachListQuery,
  BreachPage,
  BreachSchema,
  CloseBreachBody,
  CreateBreachBody,
} from './breach-schemas.ts';
import type { BreachService } from './breach-service.ts';

const tags = ['admin', 'trust'];
const security = [{ bearerAuth: [] }];
const Breach = Type.Ref('DataBreach');
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** `/admin/data-breaches`: the register of personal-data breaches and their 72-hour notice (admins). */
export function breachRoutes(deps: { breaches: BreachService }) {
  const { breaches } = deps;
  const admin = requireRole('admin');
  return async (app: App) => {
    app.addSchema(BreachSchema);

    app.get(
      '/admin/data-breaches',
      {
        onRequest: admin,
        schema: {
          tags,
          summary: 'Sổ sự cố dữ liệu cá nhân, mới nhất trước (admins)',
          security,
          querystring: BreachListQuery,
          response: { 200: BreachPage, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => breaches.list(request.query),
    );

    app.post(
      '/admin/data-breaches',
      {
        onRequest: admin,
        schema: {
          tags,
          summary: 'Ghi nhận sự cố dữ liệu cá nhân; hạn 72 giờ từ khi phát hiện để thông báo cơ quan chuyên trách',
          security,
          body: CreateBreachBody,
          response: { 201: Breach, ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const created = await breaches.record(principalOf(request), request.body);
        reply.code(201).header('location', `/api/v1/admin/data-breaches/${created.id}`);
        return created;
      },
    );

    app.get(
      '/admin/data-breaches/:id',
      {
        onRequest: admin,
        schema: {
          tags,
          summary: 'Một hồ sơ sự cố, với thời gian còn lại đến hạn thông báo',
          security,
          params: IdParams,
          response: { 200: Breach, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => breaches.get(request.params.id),
    );

    app.post(
      '/admin/data-breaches/:id/authority-notified',
      {
        onRequest: admin,
        schema: {
          tags,
          summary: 'Ghi nhận đã thông báo cơ quan chuyên trách (số văn bản, thời điểm); dừng đồng hồ 72 giờ',
          security,
          params: IdParams,
          body: AuthorityNoticeBody,
          response: { 200: Breach, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => breaches.authorityNotified(principalOf(request), request.params.id, request.body),
    );

    app.post(
      '/admin/data-breaches/:id/subjects-notified',
      {
        onRequest: admin,
        schema: {
          tags,
          summary: 'Ghi nhận đã thông báo cho những người có dữ liệu bị ảnh hưởng',
          security,
          params: IdParams,
          response: { 200: Breach, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => breaches.subjectsNotified(principalOf(request), request.params.id),
    );

    app.post(
      '/admin/data-breaches/:id/close',
      {
        onRequest: admin,
        schema: {
          tags,
          summary: 'Khép hồ sơ sự cố đã thông báo, với kết quả xử lý',
          security,
          params: IdParams,
          body: CloseBreachBody,
          response: { 200: Breach, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => breaches.close(principalOf(request), request.params.id, request.body.note),
    );
  };
}
