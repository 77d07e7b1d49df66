import type { Db } from '@tradeqn/db';
import { type App, Nullable, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { AccessLog } from './access-log.ts';

const AccessEntrySchema = Type.Object({
  id: Type.Integer(),
  viewerId: Type.String({ format: 'uuid' }),
  viewerRoles: Type.Array(Type.String()),
  subject: Type.String({ examples: ['tax-return'] }),
  subjectRef: Type.String(),
  details: Type.Record(Type.String(), Type.Unknown()),
  at: Type.String({ format: 'date-time' }),
});

/**
 * `GET {path}` (admins): the service's access log, newest first, `beforeId` for the next page. */
export function accessLogRoutes(deps: { path: string; summary: string; db: Db; accessLog: AccessLog }) {
  return async (app: App) => {
    app.get(
      deps.path,
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['admin'],
          summary: deps.summary,
          security: [{ bearerAuth: [] }],
          querystring: Type.Object(
            {
              limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
              beforeId: Type.Optional(Type.Integer({ minimum: 1, description: 'Trang tiếp theo: id cuối của trang trước' })),
            },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({ items: Type.Array(AccessEntrySchema), nextBeforeId: Nullable(Type.Integer()) }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const { limit, beforeId } = request.query;
        const rows = await deps.accessLog.page(deps.db, limit + 1, beforeId);
        const items = rows.slice(0, limit);
        return { items, nextBeforeId: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
      },
    );
  };
}
