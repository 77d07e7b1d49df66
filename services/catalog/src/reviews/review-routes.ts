import { type App, acceptEmptyBody, principalOf, problemResponses, requireRole, requireUser } from '@tradeqn/kit';
import { Type } from 'typebox';
import {
  AnswerBody,
  EnterpriseReviewQuery,
  MyReviewSchema,
  PublicReviewPage,
  PublishBody,
  QueueQuery,
  RejectBody,
  ReviewListQuery,
  ReviewPage,
  ReviewSchema,
  WriteReviewBody,
} from './review-schemas.ts';
import type { ReviewService } from './review-service.ts';

const tags = ['reviews'];
const bearer = [{ bearerAuth: [] }];
const Review = Type.Ref('Review');
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** Product reviews: the public list, the buyer's own, the seller's answers and staff moderation. */
export function reviewRoutes(deps: { reviews: ReviewService }) {
  const { reviews } = deps;
  const staff = requireRole('admin', 'moderator');
  return async (app: App) => {
    app.addSchema(ReviewSchema);

    app.get(
      '/products/:idOrSlug/reviews',
      {
        schema: {
          tags,
          summary: 'Đánh giá đã đăng của một sản phẩm, mới nhất trước, kèm điểm trung bình (public)',
          params: Type.Object({ idOrSlug: Type.String({ minLength: 1, maxLength: 120, pattern: '^[\\w-]+$' }) }),
          querystring: ReviewListQuery,
          response: { 200: PublicReviewPage, ...problemResponses(400, 404, 410) },
        },
      },
      async (request) => reviews.publicPage(request.params.idOrSlug, request.query),
    );

    app.post(
      '/products/:id/reviews',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Đánh giá sản phẩm đã nhận (1–5 sao và nhận xét); chờ cán bộ duyệt',
          description:
            'Chỉ người mua có đơn chứa sản phẩm đã giao (403 `CATALOG_REVIEW_NOT_ELIGIBLE`); mỗi người mua một đánh giá cho mỗi sản phẩm (409 `CATALOG_REVIEW_EXISTS`).',
          security: bearer,
          params: IdParams,
          body: WriteReviewBody,
          response: { 201: Review, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => reply.code(201).send(await reviews.write(principalOf(request), request.params.id, request.body)),
    );

    app.get(
      '/products/:id/reviews/mine',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Người mua có được đánh giá sản phẩm này không, và đánh giá của mình (kèm trạng thái)',
          security: bearer,
          params: IdParams,
          response: { 200: MyReviewSchema, ...problemResponses(401) },
        },
      },
      async (request) => reviews.mine(principalOf(request), request.params.id),
    );

    app.get(
      '/me/reviews',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Các đánh giá của tôi, mới nhất trước, kèm trạng thái duyệt và lý do từ chối',
          security: bearer,
          querystring: ReviewListQuery,
          response: { 200: ReviewPage, ...problemResponses(400, 401) },
        },
      },
      async (request) => reviews.listMine(principalOf(request), request.query),
    );

    app.get(
      '/enterprises/:id/reviews',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Đánh giá đã đăng về sản phẩm của doanh nghiệp, mới nhất trước (members, staff)',
          security: bearer,
          params: IdParams,
          querystring: EnterpriseReviewQuery,
          response: { 200: ReviewPage, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => reviews.listForEnterprise(principalOf(request), request.params.id, request.query),
    );

    app.post(
      '/reviews/:id/answer',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Doanh nghiệp bán sản phẩm trả lời một đánh giá đã đăng (một lần)',
          security: bearer,
          params: IdParams,
          body: AnswerBody,
          response: { 200: Review, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => reviews.answer(principalOf(request), request.params.id, request.body.body),
    );

    app.get(
      '/admin/reviews',
      {
        onRequest: staff,
        schema: {
          tags: ['admin'],
          summary: 'Hàng đợi kiểm duyệt đánh giá (mặc định: chờ duyệt), cũ nhất trước',
          security: bearer,
          querystring: QueueQuery,
          response: { 200: ReviewPage, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => reviews.queue(request.query),
    );

    app.get(
      '/admin/reviews/summary',
      {
        onRequest: staff,
        schema: {
          tags: ['admin'],
          summary: 'Số đánh giá chờ duyệt, trong đó bị gắn cờ từ khoá cấm',
          security: bearer,
          response: {
            200: Type.Object({ pending: Type.Integer(), flagged: Type.Integer() }),
            ...problemResponses(401, 403),
          },
        },
      },
      async () => reviews.pendingCounts(),
    );

    app.post(
      '/admin/reviews/:id/publish',
      {
        onRequest: staff,
        preValidation: acceptEmptyBody,
        schema: {
          tags: ['admin'],
          summary: 'Đăng một đánh giá chờ duyệt (đánh giá bị gắn cờ từ khoá cấm cần lý do)',
          security: bearer,
          params: IdParams,
          body: PublishBody,
          response: { 200: Review, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => reviews.decide(principalOf(request), request.params.id, 'publish', request.body.reason),
    );

    app.post(
      '/admin/reviews/:id/reject',
      {
        onRequest: staff,
        schema: {
          tags: ['admin'],
          summary: 'Từ chối một đánh giá chờ duyệt, kèm lý do người viết sẽ thấy',
          security: bearer,
          params: IdParams,
          body: RejectBody,
          response: { 200: Review, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => reviews.decide(principalOf(request), request.params.id, 'reject', request.body.reason),
    );
  };
}
