import { AuditTrailQuery } from '@tradeqn/audit';
import { type App, principalOf, problemResponses, requireRole, trimBodyFields } from '@tradeqn/kit';
import { Type } from 'typebox';
import {
  AdminUserPage,
  AdminUserSchema,
  ChangeUserBody,
  CreateStaffBody,
  PeopleQuery,
  UserAuditTrail,
} from './people-schemas.ts';
import type { PeopleService } from './people-service.ts';

const tags = ['admin'];
const security = [{ bearerAuth: [] }];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** Province admins manage accounts: find anyone, create staff, change roles, disable and enable. */
export function peopleRoutes(deps: { people: PeopleService }) {
  const admin = requireRole('admin');
  return async (app: App) => {
    app.get(
      '/admin/users',
      {
        onRequest: admin,
        schema: {
          tags,
          security,
          summary: 'Tìm tài khoản (find accounts: staff, buyers and sellers)',
          description:
            'Mới nhất trước, phân trang bằng `cursor`. `q` tìm trong họ tên (không phân biệt dấu, hoa thường) và email; `role=staff` là quản trị viên và kiểm duyệt viên, `role=consumer` là mọi người khác.',
          querystring: PeopleQuery,
          response: { 200: AdminUserPage, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => deps.people.list(request.query),
    );

    app.post(
      '/admin/users',
      {
        onRequest: admin,
        preValidation: trimBodyFields('email', 'fullName'),
        schema: {
          tags,
          security,
          summary: 'Tạo tài khoản cán bộ (create a staff account)',
          description:
            'Tạo tài khoản quản trị viên hoặc kiểm duyệt viên và gửi thư có liên kết đặt mật khẩu (`<PUBLIC_URL>/dat-lai-mat-khau?token=…`, như liên kết đặt lại mật khẩu). Email đã có tài khoản: 409 — hãy đổi vai trò của tài khoản đó.',
          body: CreateStaffBody,
          response: { 201: AdminUserSchema, ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const { userId, roles } = principalOf(request);
        return reply.code(201).send(await deps.people.createStaff({ userId, roles }, request.body));
      },
    );

    app.get(
      '/admin/users/:id',
      {
        onRequest: admin,
        schema: {
          tags,
          security,
          summary: 'Một tài khoản (one account)',
          params: IdParams,
          response: { 200: AdminUserSchema, ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => deps.people.get(request.params.id),
    );

    app.patch(
      '/admin/users/:id',
      {
        onRequest: admin,
        schema: {
          tags,
          security,
          summary: 'Đổi vai trò, khóa hoặc mở khóa tài khoản (change role, disable, enable)',
          description:
            'Tài khoản bị khóa không đăng nhập được và mọi refresh token của nó hết hiệu lực (access token đã cấp còn tối đa 15 phút). Quản trị viên không thể tự khóa hay tự hạ quyền mình (409), và sàn luôn còn ít nhất một quản trị viên đang hoạt động (409).',
          params: IdParams,
          body: ChangeUserBody,
          response: { 200: AdminUserSchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const { userId, roles } = principalOf(request);
        return deps.people.change({ userId, roles }, request.params.id, request.body);
      },
    );

    app.get(
      '/admin/users/:id/audit',
      {
        onRequest: admin,
        schema: {
          tags,
          security,
          summary: 'Nhật ký thay đổi của một tài khoản (the account’s audit trail, oldest first)',
          params: IdParams,
          querystring: AuditTrailQuery,
          response: { 200: UserAuditTrail, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => deps.people.history(request.params.id, request.query.limit, request.query.afterId),
    );
  };
}
