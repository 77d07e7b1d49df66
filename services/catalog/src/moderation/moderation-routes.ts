import { AuditTrailQuery, AuditTrailSchema } from '@tradeqn/audit';
import { type App, Nullable, principalOf, problemResponses, requireRole, StringEnum } from '@tradeqn/kit';
import { Type } from 'typebox';
import { PRODUCT_STATUSES } from '../contract/index.ts';
import type { ProductService } from '../products/product-service.ts';
import { createModerationQueue, type ModerationQueueDeps } from './moderation-queue.ts';

const tags = ['admin'];
const bearer = [{ bearerAuth: [] }];
const Product = Type.Ref('Product');
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
/** The listing's version the moderator reviewed (`version` in the queue): a listing changed since answers 409. */
const Version = Type.Integer({ minimum: 1, examples: [1], description: 'Phiên bản tin đăng đã xem (trường version)' });

/** Province staff review listings: a queue, decisions, bulk approval, OCOP checks, banned keywords. */
export function moderationRoutes(deps: { products: ProductService } & ModerationQueueDeps) {
  const { products } = deps;
  const queue = createModerationQueue(deps);
  const staff = requireRole('admin', 'moderator');
  return async (app: App) => {
    app.get(
      '/admin/products',
      {
        onRequest: staff,
        schema: {
          tags,
          summary: 'Hàng đợi duyệt sản phẩm: tin bị gắn cờ hàng cấm trước, rồi cũ nhất trước (moderation queue)',
          description:
            'Lọc theo trạng thái, cờ từ khoá cấm, tên (không phân biệt dấu), doanh nghiệp và danh mục (cả các danh mục con); phân trang keyset.',
          security: bearer,
          querystring: Type.Object({
            status: StringEnum(PRODUCT_STATUSES, { default: 'pending_review' }),
            flagged: Type.Optional(
              StringEnum(['only', 'none'] as const, { description: 'only: chỉ tin bị gắn cờ; none: chỉ tin không bị gắn cờ' }),
            ),
            q: Type.Optional(
              Type.String({ maxLength: 200, examples: ['duong phen'], description: 'Một phần tên, không phân biệt dấu' }),
            ),
            enterpriseId: Type.Optional(Type.String({ format: 'uuid' })),
            categoryId: Type.Optional(Type.String({ format: 'uuid', description: 'Danh mục và các danh mục con' })),
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
            cursor: Type.Optional(Type.String({ maxLength: 512 })),
          }),
          response: {
            200: Type.Object({ items: Type.Array(Product), nextCursor: Nullable(Type.String()) }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => queue.page(request.query),
    );

    app.post(
      '/admin/products/:id/approve',
      {
        onRequest: staff,
        schema: {
          tags,
          summary: 'Duyệt phiên bản đã xem của sản phẩm (409 nếu người bán đã sửa); tin bị gắn cờ hàng cấm cần lý do (override)',
          security: bearer,
          params: IdParams,
          body: Type.Object(
            { version: Version, reason: Type.Optional(Type.String({ maxLength: 1000 })) },
            { additionalProperties: false },
          ),
          response: { 200: Product, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => products.decide(principalOf(request), request.params.id, 'approve', request.body),
    );

    app.post(
      '/admin/products/:id/reject',
      {
        onRequest: staff,
        schema: {
          tags,
          summary: 'Từ chối phiên bản đã xem của sản phẩm, kèm lý do (409 nếu người bán đã sửa)',
          security: bearer,
          params: IdParams,
          body: Type.Object(
            { version: Version, reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) },
            { additionalProperties: false },
          ),
          response: { 200: Product, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => products.decide(principalOf(request), request.params.id, 'reject', request.body),
    );

    app.post(
      '/admin/products/approve',
      {
        onRequest: staff,
        schema: {
          tags,
          summary:
            'Duyệt nhiều sản phẩm một lần (bulk approve), mỗi tin theo phiên bản đã xem; tin đã bị sửa, bị gắn cờ hay không còn chờ duyệt được bỏ qua, kèm mã lỗi',
          security: bearer,
          body: Type.Object(
            {
              items: Type.Array(
                Type.Object({ id: Type.String({ format: 'uuid' }), version: Version }, { additionalProperties: false }),
                {
                  minItems: 1,
                  maxItems: 100,
                },
              ),
            },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({
              approved: Type.Array(Type.String()),
              skipped: Type.Array(
                Type.Object({
                  id: Type.String(),
                  reason: Type.String({
                    description:
                      'Mã lỗi: CATALOG_PRODUCT_CHANGED (đã bị sửa), CATALOG_PROHIBITED_KEYWORDS, CATALOG_STATUS_CONFLICT…',
                    examples: ['CATALOG_PRODUCT_CHANGED'],
                  }),
                }),
              ),
            }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => products.approveMany(principalOf(request), request.body.items),
    );

    app.post(
      '/admin/products/:id/verify-ocop',
      {
        onRequest: staff,
        schema: {
          tags,
          summary: 'Xác nhận chứng nhận OCOP (huy hiệu sao chỉ hiện sau bước này)',
          security: bearer,
          params: IdParams,
          response: { 200: Product, ...problemResponses(401, 403, 404, 409) },
        },
      },
      async (request) => products.verifyOcop(principalOf(request), request.params.id),
    );

    app.get(
      '/admin/products/:id/audit',
      {
        onRequest: staff,
        schema: {
          tags,
          summary: 'Nhật ký kiểm tra của một sản phẩm: ai, khi nào, việc gì, lý do',
          security: bearer,
          params: IdParams,
          querystring: AuditTrailQuery,
          response: {
            200: AuditTrailSchema,
            ...problemResponses(401, 403, 404),
          },
        },
      },
      async (request) => ({ items: await products.auditTrail(request.params.id, request.query.limit, request.query.afterId) }),
    );

    const Keyword = Type.Object({ id: Type.String(), keyword: Type.String({ examples: ['ngà voi'] }), createdAt: Type.String() });
    app.get(
      '/admin/prohibited-keywords',
      {
        onRequest: staff,
        schema: {
          tags,
          summary: 'Từ khoá hàng cấm',
          security: bearer,
          response: { 200: Type.Object({ items: Type.Array(Keyword) }), ...problemResponses(401, 403) },
        },
      },
      async () => ({ items: await products.keywords() }),
    );
    app.post(
      '/admin/prohibited-keywords',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags,
          summary: 'Thêm từ khoá hàng cấm (admin)',
          security: bearer,
          body: Type.Object({ keyword: Type.String({ minLength: 2, maxLength: 60 }) }, { additionalProperties: false }),
          response: { 201: Keyword, ...problemResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => reply.code(201).send(await products.addKeyword(principalOf(request), request.body.keyword)),
    );
    app.delete(
      '/admin/prohibited-keywords/:id',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags,
          summary: 'Xoá từ khoá hàng cấm (admin)',
          security: bearer,
          params: IdParams,
          response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await products.removeKeyword(principalOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
