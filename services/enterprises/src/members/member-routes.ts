import { type App, principalOf, problemResponses, requireUser, SIGNED_LINK_PATTERN, trimBodyFields } from '@tradeqn/kit';
import { Type } from 'typebox';
import { IdParams, MemberRole } from '../enterprises/enterprise-schemas.ts';
import type { MemberService } from './member-service.ts';

const tags = ['enterprise members'];
const bearer = [{ bearerAuth: [] }];

const MemberSchema = Type.Object({
  userId: Type.String({ format: 'uuid' }),
  email: Type.String({ examples: ['nhanvien@toilyson.vn'] }),
  fullName: Type.String({ examples: ['Trần Thị Bán Hàng'] }),
  role: MemberRole,
  joinedAt: Type.String({ format: 'date-time' }),
});
const InvitationSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  role: MemberRole,
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  isSent: Type.Boolean({ description: 'Thư mời đã được gửi đi' }),
});
const MemberParams = Type.Object({ id: Type.String({ format: 'uuid' }), userId: Type.String({ format: 'uuid' }) });
const InvitationParams = Type.Object({ id: Type.String({ format: 'uuid' }), invitationId: Type.String({ format: 'uuid' }) });

export function memberRoutes(deps: { members: MemberService }) {
  const { members } = deps;
  return async (app: App) => {
    app.get(
      '/enterprises/:id/members',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Thành viên của doanh nghiệp (members, staff)',
          security: bearer,
          params: IdParams,
          response: { 200: Type.Object({ items: Type.Array(MemberSchema) }), ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => ({ items: await members.list(principalOf(request), request.params.id) }),
    );

    app.patch(
      '/enterprises/:id/members/:userId',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Đổi vai trò thành viên (owner)',
          description: 'Doanh nghiệp luôn phải còn ít nhất một chủ sở hữu.',
          security: bearer,
          params: MemberParams,
          body: Type.Object({ role: MemberRole }, { additionalProperties: false }),
          response: { 200: MemberSchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => members.setRole(principalOf(request), request.params.id, request.params.userId, request.body.role),
    );

    app.delete(
      '/enterprises/:id/members/:userId',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Xoá thành viên (owner), hoặc tự rời doanh nghiệp',
          description: 'Không thể xoá chủ sở hữu cuối cùng.',
          security: bearer,
          params: MemberParams,
          response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await members.remove(principalOf(request), request.params.id, request.params.userId);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/enterprises/:id/invitations',
      {
        onRequest: requireUser,
        preValidation: trimBodyFields('email'),
        schema: {
          tags,
          summary: 'Mời nhân viên qua email (owner)',
          description:
            'Gửi thư mời có liên kết `<PUBLIC_URL>/invitations/accept?token=…`, hiệu lực 7 ngày; người được mời chấp nhận khi đã đăng nhập bằng đúng email đó.',
          security: bearer,
          params: IdParams,
          body: Type.Object(
            {
              email: Type.String({ format: 'email', maxLength: 254, examples: ['nhanvien@toilyson.vn'] }),
              role: Type.Optional(MemberRole),
            },
            { additionalProperties: false },
          ),
          response: { 201: InvitationSchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await members.invite(principalOf(request), request.params.id, {
            email: request.body.email,
            role: request.body.role ?? 'staff',
          }),
        ),
    );

    app.get(
      '/enterprises/:id/invitations',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Lời mời đang chờ (owner)',
          security: bearer,
          params: IdParams,
          response: { 200: Type.Object({ items: Type.Array(InvitationSchema) }), ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => ({ items: await members.listInvitations(principalOf(request), request.params.id) }),
    );

    app.delete(
      '/enterprises/:id/invitations/:invitationId',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Huỷ lời mời (owner)',
          security: bearer,
          params: InvitationParams,
          response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await members.revokeInvitation(principalOf(request), request.params.id, request.params.invitationId);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/invitations/accept',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Chấp nhận lời mời tham gia doanh nghiệp (accept an invitation)',
          security: bearer,
          body: Type.Object(
            { token: Type.String({ maxLength: 1000, pattern: SIGNED_LINK_PATTERN }) },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({ enterpriseId: Type.String({ format: 'uuid' }), role: MemberRole }),
            ...problemResponses(400, 401, 403, 409),
          },
        },
      },
      async (request) => members.accept(principalOf(request), request.body.token),
    );
  };
}
