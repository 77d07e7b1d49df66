import { type App, Nullable, principalOf, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { PartnerKeyService } from './partner-key-service.ts';

const ApiKey = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  contactEmail: Nullable(Type.String()),
  prefix: Type.String({ description: 'the first characters of the key, to tell keys apart' }),
  ratePerMinute: Type.Integer(),
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
