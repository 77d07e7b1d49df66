import {
  type App,
  Nullable,
  optionalUser,
  principalOf,
  principalOrNull,
  problemResponses,
  requireRole,
  requireUser,
} from '@tradeqn/kit';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { CampaignService } from './campaign-service.ts';
import { CONSENT_WORDING } from './consent-wording.ts';
import type { Follows } from './follows.ts';
import type { RequestOrigin, Subscriptions } from './subscriptions.ts';

const tags = ['marketing'];
const bearer = [{ bearerAuth: [] }];
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Token = Type.String({ minLength: 20, maxLength: 2000, pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$' });
const Page = {
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
};

const CampaignFields = {
  subject: Type.String({ minLength: 3, maxLength: 200, pattern: '\\S', examples: ['Tỏi Lý Sơn vụ mới đã về'] }),
  body: Type.String({
    minLength: 10,
    maxLength: 50_000,
    description:
      'Đoạn văn cách nhau một dòng trống; `## ` là tiêu đề, `- ` là một dòng danh sách; địa chỉ https://… thành liên kết.',
  }),
};

const Counts = Type.Object({
  queued: Type.Integer(),
  sending: Type.Integer(),
  sent: Type.Integer(),
  bounced: Type.Integer(),
  failed: Type.Integer(),
  unsubscribed: Type.Integer(),
  tracked: Type.Integer({ description: 'Người nhận đồng ý theo dõi mở thư, bấm liên kết' }),
  opened: Type.Integer(),
  clicked: Type.Integer(),
});

const Campaign = Type.Object({
  id: Type.String({ format: 'uuid' }),
  enterpriseId: Nullable(Type.String({ format: 'uuid' })),
  subject: Type.String(),
  body: Type.String(),
  status: Type.String({ examples: ['draft', 'scheduled', 'sending', 'sent', 'cancelled'] }),
  scheduledAt: Nullable(Type.String({ format: 'date-time' })),
  startedAt: Nullable(Type.String({ format: 'date-time' })),
  finishedAt: Nullable(Type.String({ format: 'date-time' })),
  recipientCount: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});

const Wording = Type.Object({ version: Type.String(), vi: Type.String(), en: Type.String() });

const FollowView = Type.Object({
  enterpriseId: Type.String({ format: 'uuid' }),
  following: Type.Boolean(),
  news: Type.Boolean(),
});

export function originOf(request: FastifyRequest): RequestOrigin {
  const agent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof agent === 'string' ? agent : null };
}

/** The newsletter, following enterprises, and campaigns (API; the pages and partners use it). */
export function campaignRoutes(deps: { subscriptions: Subscriptions; follows: Follows; campaigns: CampaignService }) {
  return async (app: App) => {
    app.post(
      '/newsletter/subscriptions',
      {
        onRequest: optionalUser,
        schema: {
          tags,
          summary: 'Đăng ký nhận bản tin (gửi thư xác nhận — double opt-in)',
          body: Type.Object({
            email: Type.String({ format: 'email', maxLength: 254 }),
            consent: Type.Boolean({ description: 'Đồng ý với nội dung `newsletter` hiện hành (bắt buộc)' }),
            tracking: Type.Optional(Type.Boolean({ description: 'Đồng ý ghi nhận mở thư, bấm liên kết', default: false })),
          }),
          response: { 202: Type.Object({ status: Type.Literal('pending') }), ...problemResponses(400, 422) },
        },
      },
      async (request, reply) => {
        const viewer = principalOrNull(request);
        await deps.subscriptions.signUp({
          ...request.body,
          tracking: request.body.tracking ?? false,
          userId: viewer?.userId ?? null,
        });
        return reply.code(202).send({ status: 'pending' as const });
      },
    );

    app.get(
      '/newsletter/consent-wording',
      {
        schema: {
          tags,
          summary: 'Nội dung đồng ý hiện hành (bản tin, theo dõi mở thư, tin doanh nghiệp), theo phiên bản',
          response: {
            200: Type.Object({
              newsletter: Wording,
              tracking: Wording,
              enterpriseNews: Wording,
            }),
          },
        },
      },
      async (_request, reply) => reply.header('cache-control', 'public, max-age=300').send(CONSENT_WORDING),
    );

    app.post(
      '/newsletter/confirm',
      {
        schema: {
          tags,
          summary: 'Xác nhận đăng ký bản tin (liên kết trong thư)',
          body: Type.Object({ token: Token }),
          response: { 200: Type.Object({ email: Type.String() }), ...problemResponses(400) },
        },
      },
      async (request) => deps.subscriptions.confirm(request.body.token, originOf(request)),
    );

    app.post(
      '/newsletter/unsubscribe',
      {
        schema: {
          tags,
          summary: 'Hủy nhận bản tin hoặc tin của một doanh nghiệp (liên kết trong mỗi thư)',
          body: Type.Object({ token: Token }),
          response: {
            200: Type.Object({
              email: Type.String(),
              from: Type.Union([Type.Literal('newsletter'), Type.Literal('enterprise')]),
            }),
            ...problemResponses(400),
          },
        },
      },
      async (request) => deps.subscriptions.unsubscribe(request.body.token, originOf(request)),
    );

    app.get(
      '/enterprises/:id/follow',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Tôi có theo dõi doanh nghiệp này không',
          security: bearer,
          params: Id,
          response: { 200: FollowView, ...problemResponses(401) },
        },
      },
      async (request) => deps.follows.get(principalOf(request).userId, request.params.id),
    );

    app.put(
      '/enterprises/:id/follow',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Theo dõi doanh nghiệp; `news` = đồng ý nhận tin của doanh nghiệp qua e-mail',
          security: bearer,
          params: Id,
          body: Type.Object({ news: Type.Boolean() }),
          response: { 200: FollowView, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) =>
        deps.follows.follow(principalOf(request).userId, request.params.id, request.body.news, originOf(request)),
    );

    app.delete(
      '/enterprises/:id/follow',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Bỏ theo dõi doanh nghiệp',
          security: bearer,
          params: Id,
          response: { 200: FollowView, ...problemResponses(401) },
        },
      },
      async (request) => deps.follows.unfollow(principalOf(request).userId, request.params.id, originOf(request)),
    );

    app.get(
      '/enterprises/:id/followers',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Người theo dõi doanh nghiệp (thành viên doanh nghiệp, cán bộ Sở)',
          security: bearer,
          params: Id,
          querystring: Type.Object(Page),
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  userId: Type.String(),
                  fullName: Type.String(),
                  email: Nullable(Type.String({ description: 'Chỉ của người đồng ý nhận tin' })),
                  news: Type.Boolean(),
                  followedAt: Type.String({ format: 'date-time' }),
                }),
              ),
              nextCursor: Nullable(Type.String()),
              total: Type.Integer(),
              optedIn: Type.Integer({ description: 'Đồng ý nhận tin qua e-mail' }),
            }),
            ...problemResponses(401, 403),
          },
        },
      },
      async (request) =>
        deps.follows.followers(principalOf(request), request.params.id, {
          cursor: request.query.cursor,
          limit: request.query.limit,
        }),
    );

    app.get(
      '/campaigns',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Chiến dịch e-mail: bản tin của Sở (không có enterpriseId) hoặc của một doanh nghiệp',
          security: bearer,
          querystring: Type.Object({ enterpriseId: Type.Optional(Type.String({ format: 'uuid' })), ...Page }),
          response: {
            200: Type.Object({ items: Type.Array(Campaign), nextCursor: Nullable(Type.String()) }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) =>
        deps.campaigns.list(principalOf(request), request.query.enterpriseId ?? null, {
          cursor: request.query.cursor,
          limit: request.query.limit,
        }),
    );

    app.post(
      '/campaigns',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Soạn chiến dịch (bản nháp)',
          security: bearer,
          body: Type.Object({ enterpriseId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))), ...CampaignFields }),
          response: { 201: Campaign, ...problemResponses(400, 401, 403) },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await deps.campaigns.create(principalOf(request), {
            ...request.body,
            enterpriseId: request.body.enterpriseId ?? null,
          }),
        ),
    );

    app.get(
      '/campaigns/:id',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Một chiến dịch và trạng thái từng người nhận (đếm theo trạng thái)',
          security: bearer,
          params: Id,
          response: { 200: Type.Intersect([Campaign, Type.Object({ counts: Counts })]), ...problemResponses(401, 404) },
        },
      },
      async (request) => deps.campaigns.get(principalOf(request), request.params.id),
    );

    app.patch(
      '/campaigns/:id',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Sửa chiến dịch chưa gửi',
          security: bearer,
          params: Id,
          body: Type.Partial(Type.Object(CampaignFields), { minProperties: 1 }),
          response: { 200: Campaign, ...problemResponses(400, 401, 404, 409) },
        },
      },
      async (request) => deps.campaigns.update(principalOf(request), request.params.id, request.body),
    );

    app.get(
      '/campaigns/:id/preview',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Xem trước thư (HTML và văn bản)',
          security: bearer,
          params: Id,
          response: {
            200: Type.Object({ subject: Type.String(), html: Type.String(), text: Type.String(), bodyHtml: Type.String() }),
            ...problemResponses(401, 404),
          },
        },
      },
      async (request) => deps.campaigns.preview(principalOf(request), request.params.id),
    );

    app.post(
      '/campaigns/:id/test-send',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Gửi thử đến chính mình',
          security: bearer,
          params: Id,
          response: { 200: Type.Object({ sentTo: Type.String() }), ...problemResponses(401, 404) },
        },
      },
      async (request) => deps.campaigns.testSend(principalOf(request), request.params.id),
    );

    app.post(
      '/campaigns/:id/schedule',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Hẹn giờ gửi (hoặc gửi ngay khi không có `at`)',
          security: bearer,
          params: Id,
          body: Type.Object({ at: Type.Optional(Type.String({ format: 'date-time' })) }),
          response: { 200: Campaign, ...problemResponses(400, 401, 404, 409) },
        },
      },
      async (request) =>
        deps.campaigns.schedule(principalOf(request), request.params.id, request.body.at ? new Date(request.body.at) : undefined),
    );

    app.post(
      '/campaigns/:id/cancel',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Hủy chiến dịch chưa gửi',
          security: bearer,
          params: Id,
          response: { 200: Campaign, ...problemResponses(401, 404, 409) },
        },
      },
      async (request) => deps.campaigns.cancel(principalOf(request), request.params.id),
    );

    app.get(
      '/admin/newsletter/subscribers',
      {
        onRequest: requireRole('admin', 'moderator'),
        schema: {
          tags: [...tags, 'admin'],
          summary: 'Người đăng ký bản tin',
          security: bearer,
          querystring: Type.Object({
            status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('confirmed'), Type.Literal('unsubscribed')])),
            ...Page,
          }),
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  id: Type.String(),
                  email: Type.String(),
                  status: Type.String(),
                  tracking: Type.Boolean(),
                  createdAt: Type.String({ format: 'date-time' }),
                  confirmedAt: Nullable(Type.String({ format: 'date-time' })),
                }),
              ),
              nextCursor: Nullable(Type.String()),
              counts: Type.Object({ pending: Type.Integer(), confirmed: Type.Integer(), unsubscribed: Type.Integer() }),
            }),
            ...problemResponses(401, 403),
          },
        },
      },
      async (request) =>
        deps.subscriptions.list({ status: request.query.status, cursor: request.query.cursor, limit: request.query.limit }),
    );
  };
}
