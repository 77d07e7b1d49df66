import { type App, Nullable, principalOf, problemResponses, requireRole, StringEnum } from '@tradeqn/kit';
import { Type } from 'typebox';
import { PARTNER_SCOPES } from '../contract/index.ts';
import type { PartnerKeyService } from './partner-key-service.ts';

const Scopes = Type.Array(StringEnum(PARTNER_SCOPES), {
  uniqueItems: true,
  maxItems: PARTNER_SCOPES.length,
  description:
    '`catalog:read`: đọc sản phẩm, danh mục (and receive product webhooks); `enterprises:read`: đọc doanh nghiệp (enterprise webhooks); `orders:write`: đặt hàng thay người mua (order webhooks of its own orders)',
});

const ApiKey = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  contactEmail: Nullable(Type.String()),
  prefix: Type.String({ description: 'the first characters of the key, to tell keys apart' }),
  ratePerMinute: Type.Integer(),
  scopes: Scopes,
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Nullable(Type.String({ format: 'date-time' })),
  revokedAt: Nullable(Type.String({ format: 'date-time' })),
});

/** Admins issue and revoke partner sites' API keys (`X-Api-Key`). */
export function partnerKeyRoutes(deps: { keys: PartnerKeyService }) {
  const admin = requireRole('admin');
  const tags = ['admin'];
  const security = [{ bearerAuth: [] }];
  return async (app: App) => {
    app.post(
      '/admin/api-keys',
      {
        onRequest: admin,
        schema: {
          tags,
          summary: 'Cấp khoá API cho website đối tác (the key is shown only in this answer)',
          security,
          body: Type.Object(
            {
              name: Type.String({ minLength: 2, maxLength: 120, examples: ['Cổng thông tin OCOP Quảng Ngãi'] }),
              contactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
              ratePerMinute: Type.Optional(Type.Integer({ minimum: 10, maximum: 100_000 })),
              // absent: `catalog:read` and `enterprises:read`, what keys could do before scopes existed
              scopes: Type.Optional(Scopes),
            },
            { additionalProperties: false },
          ),
          response: { 201: Type.Intersect([ApiKey, Type.Object({ key: Type.String() })]), ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const { userId, roles } = principalOf(request);
        return reply.code(201).send(await deps.keys.issue({ userId, roles }, request.body));
      },
    );
    app.get(
      '/admin/api-keys',
      {
        onRequest: admin,
        schema: {
          tags,
          summary: 'Các khoá API đã cấp',
          security,
          response: { 200: Type.Object({ items: Type.Array(ApiKey) }), ...problemResponses(401, 403) },
        },
      },
      async () => ({ items: await deps.keys.list() }),
    );
    app.get(
      '/admin/api-keys/:id',
      {
        onRequest: admin,
        schema: {
          tags,
          summary: 'Một khoá API (đối tác)',
          security,
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: { 200: ApiKey, ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => deps.keys.get(request.params.id),
    );
    app.put(
      '/admin/api-keys/:id/scopes',
      {
        onRequest: admin,
        schema: {
          tags,
          summary: 'Đặt lại quyền (scopes) của khoá API',
          security,
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object({ scopes: Scopes }, { additionalProperties: false }),
          response: { 200: ApiKey, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const { userId, roles } = principalOf(request);
        return deps.keys.setScopes({ userId, roles }, request.params.id, request.body.scopes);
      },
    );
    app.post(
      '/admin/api-keys/:id/revoke',
      {
        onRequest: admin,
        schema: {
          tags,
          summary: 'Thu hồi khoá API',
          security,
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: { 200: ApiKey, ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const { userId, roles } = principalOf(request);
        return deps.keys.revoke({ userId, roles }, request.params.id);
      },
    );
  };
}
