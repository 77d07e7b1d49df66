import type { EventBus } from '@tradeqn/events';
import {
  type App,
  decodeCursor,
  defineErrors,
  keysetPage,
  Nullable,
  PageOf,
  PageQuery,
  problemResponses,
  requireRole,
} from '@tradeqn/kit';
import { Type } from 'typebox';

const errors = defineErrors({
  JOBS_DEAD_LETTER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tác vụ lỗi', en: 'Dead letter not found' },
});

const DeadLetterSchema = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  eventType: Type.String({ examples: ['accounts.user.registered'] }),
  handler: Nullable(Type.String()),
  error: Type.String(),
  attempts: Type.Integer(),
  failedAt: Type.String({ format: 'date-time' }),
  payload: Type.Unknown(),
});

/** Province admins see the jobs that failed for good, and send one back to the queue. */
export function deadLetterRoutes(bus: EventBus) {
  return async (app: App) => {
    const tags = ['admin'];
    app.get(
      '/admin/jobs/dead-letters',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags,
          summary: 'Tác vụ nền thất bại sau mọi lần thử lại (dead letters)',
          description: 'Mới nhất trước; phân trang keyset bằng `cursor` (lấy từ `nextCursor`).',
          security: [{ bearerAuth: [] }],
          querystring: Type.Object({
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 50, description: 'Số mục mỗi trang (1–100)' }),
            cursor: PageQuery.cursor,
          }),
          response: { 200: PageOf(DeadLetterSchema), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const { limit, cursor } = request.query;
        const after = cursor ? decodeCursor(cursor, ['timestamp', 'text']) : undefined;
        const letters = await bus.listDeadLetters(limit + 1, after ? { failedAt: after[0], id: after[1] } : undefined);
        const page = keysetPage(letters, limit, (letter) => [letter.failedAt, letter.id]);
        return { items: page.rows, nextCursor: page.nextCursor };
      },
    );
    app.get(
      '/admin/jobs/dead-letters/count',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags,
          summary: 'Số tác vụ nền thất bại đang chờ (count of dead letters)',
          security: [{ bearerAuth: [] }],
          response: { 200: Type.Object({ count: Type.Integer({ minimum: 0 }) }), ...problemResponses(401, 403) },
        },
      },
      async () => ({ count: await bus.countDeadLetters() }),
    );
    app.post(
      '/admin/jobs/dead-letters/:id/retry',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags,
          summary: 'Chạy lại một tác vụ thất bại (retry a dead letter)',
          security: [{ bearerAuth: [] }],
          params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 300, pattern: '^[\\w.:-]+$' }) }),
          response: { 202: Type.Object({ status: Type.Literal('queued') }), ...problemResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const queued = await bus.retryDeadLetter(request.params.id).catch(() => false);
        if (!queued) throw errors.JOBS_DEAD_LETTER_NOT_FOUND();
        return reply.code(202).send({ status: 'queued' as const });
      },
    );
  };
}
