import {
  type App,
  optionalUser,
  PageQuery,
  principalOf,
  principalOrNull,
  problemResponses,
  requireUser,
  StringEnum,
} from '@tradeqn/kit';
import { InvalidCursorError, type SearchEngine } from '@tradeqn/search';
import { Type } from 'typebox';
import { PRODUCT_STATUSES } from '../contract/index.ts';
import { productErrors } from './product-errors.ts';
import {
  CreateProductBody,
  ProductCard,
  ProductSchema,
  SearchQuerystring,
  SearchResponse,
  UpdateProductBody,
} from './product-schemas.ts';
import { ENTERPRISE_LIST_SORT_NAMES, type ProductService } from './product-service.ts';

const tags = ['products'];
const bearer = [{ bearerAuth: [] }];
const Product = Type.Ref('Product');
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export function productRoutes(deps: { products: ProductService; engine: SearchEngine }) {
  const { products, engine } = deps;
  return async (app: App) => {
    app.addSchema(ProductSchema);
    app.addSchema(ProductCard);

    app.get(
      '/products',
      {
        schema: {
          tags,
          summary: 'Tìm và duyệt sản phẩm (search and browse)',
          description:
            'Chỉ sản phẩm đã duyệt của doanh nghiệp đang hoạt động. `q` không phân biệt dấu và hoa thường, sửa lỗi gõ nhỏ (`toi lyson` → Tỏi Lý Sơn); lọc theo danh mục (cả nhánh con), doanh nghiệp, phường/xã, khoảng giá, số sao OCOP; kèm tổng số và đếm theo nhóm (facets).',
          querystring: SearchQuerystring,
          response: { 200: SearchResponse, ...problemResponses(400) },
        },
      },
      async (request) => {
        const { priceMin, priceMax } = request.query;
        if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) {
          throw productErrors.CATALOG_INVALID_INPUT(undefined, [
            { path: '/querystring/priceMax', message: 'must not be below priceMin' },
          ]);
        }
        try {
          return await engine.search(request.query);
        } catch (error) {
          if (error instanceof InvalidCursorError) {
            throw productErrors.CATALOG_SEARCH_CURSOR(undefined, [{ path: '/querystring/cursor', message: 'invalid cursor' }]);
          }
          throw error;
        }
      },
    );

    app.get(
      '/products/:idOrSlug',
      {
        onRequest: optionalUser,
        schema: {
          tags,
          summary: 'Chi tiết sản phẩm (product page)',
          description:
            'Đường dẫn cũ (trước khi đổi tên) chuyển hướng 301 sang đường dẫn hiện tại. Sản phẩm từng được bán nhưng nay đã ẩn, bị từ chối sau khi sửa hoặc của doanh nghiệp bị đình chỉ trả 410 (`CATALOG_PRODUCT_GONE`); sản phẩm chưa từng công khai (hoặc đang chờ duyệt lại) trả 404.',
          params: Type.Object({ idOrSlug: Type.String({ minLength: 1, maxLength: 120, pattern: '^[\\w-]+$' }) }),
          response: { 200: Product, 301: Type.Null(), ...problemResponses(401, 404, 410) },
        },
      },
      async (request, reply) => {
        const view = await products.get(request.params.idOrSlug, principalOrNull(request));
        if (view.kind === 'moved') return reply.code(301).header('location', `/api/v1/products/${view.slug}`).send(null);
        return view.product;
      },
    );

    app.post(
      '/products',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Đăng sản phẩm (members of an approved enterprise)',
          description:
            'Sản phẩm ở trạng thái `pending_review` chờ cán bộ duyệt (hoặc `draft` khi `submit: false`). Giá là số nguyên đồng.',
          security: bearer,
          body: CreateProductBody,
          response: { 201: Product, ...problemResponses(400, 401, 403, 422) },
        },
      },
      async (request, reply) => reply.code(201).send(await products.create(principalOf(request), request.body)),
    );

    app.patch(
      '/products/:id',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Sửa sản phẩm (members, admin)',
          description: 'Đổi tên, mô tả, ảnh hoặc danh mục đưa sản phẩm đã duyệt về `pending_review`; đổi giá, tồn kho thì không.',
          security: bearer,
          params: IdParams,
          body: UpdateProductBody,
          response: { 200: Product, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => products.update(principalOf(request), request.params.id, request.body),
    );

    const moves = [
      { action: 'submit', summary: 'Gửi duyệt bản nháp hoặc tin bị từ chối' },
      { action: 'hide', summary: 'Ẩn sản phẩm đã duyệt' },
      { action: 'show', summary: 'Hiện lại sản phẩm đã ẩn' },
    ] as const;
    for (const { action, summary } of moves) {
      app.post(
        `/products/:id/${action}`,
        {
          onRequest: requireUser,
          schema: {
            tags,
            summary,
            security: bearer,
            params: IdParams,
            response: { 200: Product, ...problemResponses(401, 403, 404, 409) },
          },
        },
        async (request) => products.move(principalOf(request), request.params.id, action),
      );
    }

    app.post(
      '/products/:id/images',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Tải ảnh sản phẩm: JPEG, PNG hoặc WebP (members)',
          description:
            'Gửi một ảnh trong trường `file` (multipart/form-data). Ảnh được nhận diện từ nội dung, lưu dạng WebP 1200 px và ảnh nhỏ 400 px; sản phẩm đã duyệt sẽ chờ duyệt lại.',
          consumes: ['multipart/form-data'],
          security: bearer,
          params: IdParams,
          response: { 200: Product, ...problemResponses(400, 401, 403, 404, 413, 415, 422) },
        },
      },
      async (request) => {
        if (!request.isMultipart()) throw productErrors.CATALOG_IMAGE_MISSING();
        // the service reads the file only after checking who asks
        return products.addImage(principalOf(request), request.params.id, async () => {
          const file = await request.file();
          if (!file) throw productErrors.CATALOG_IMAGE_MISSING();
          const data = await file.toBuffer();
          if (data.length === 0) throw productErrors.CATALOG_IMAGE_MISSING();
          return data;
        });
      },
    );

    app.get(
      '/enterprises/:id/products',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Sản phẩm của một doanh nghiệp, mọi trạng thái (members, staff)',
          description:
            'Không có `limit`, `cursor`, `q` hay `sort`: mọi sản phẩm, cũ nhất trước (như trước đây). Có một trong số đó: một trang theo `sort` (mặc định `newest`), `q` tìm một phần tên không phân biệt dấu và hoa thường (`duong phen` → Đường phèn), `nextCursor` cho trang sau, và `counts`: số sản phẩm theo từng trạng thái.',
          security: bearer,
          params: IdParams,
          querystring: Type.Object({
            status: Type.Optional(StringEnum(PRODUCT_STATUSES)),
            q: Type.Optional(Type.String({ maxLength: 200, examples: ['duong phen'] })),
            sort: Type.Optional(StringEnum(ENTERPRISE_LIST_SORT_NAMES, { description: 'Mặc định newest' })),
            // no default: without paging the list is every product, as it always was
            limit: Type.Optional(
              Type.Integer({ minimum: 1, maximum: 100, description: 'Số mục mỗi trang (1–100); 20 khi phân trang' }),
            ),
            cursor: PageQuery.cursor,
          }),
          response: {
            200: Type.Object({
              items: Type.Array(Product),
              nextCursor: Type.Union([Type.String(), Type.Null()]),
              counts: Type.Optional(
                Type.Record(Type.String(), Type.Integer(), { description: 'Số sản phẩm theo trạng thái (mọi trạng thái có)' }),
              ),
            }),
            ...problemResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const { status, q, sort, limit, cursor } = request.query;
        if (limit === undefined && cursor === undefined && q === undefined && sort === undefined) {
          return { items: await products.listForEnterprise(principalOf(request), request.params.id, status), nextCursor: null };
        }
        return products.listEnterprisePage(principalOf(request), request.params.id, {
          status,
          q,
          sort: sort ?? 'newest',
          limit: limit ?? 20,
          cursor,
        });
      },
    );
  };
}
