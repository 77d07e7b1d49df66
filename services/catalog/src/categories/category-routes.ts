import { type App, principalOf, problemResponses, requireRole } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { CategoryService } from './category-service.ts';

const CategoryNode = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    slug: Type.String({ examples: ['nong-san'] }),
    name: Type.String({ examples: ['Nông sản'] }),
    children: Type.Array(Type.Ref('CategoryNode')),
  },
  { $id: 'CategoryNode' },
);

export function categoryRoutes(deps: { categories: CategoryService }) {
  const { categories } = deps;
  return async (app: App) => {
    app.addSchema(CategoryNode);
    const Node = Type.Ref('CategoryNode');
    app.get(
      '/categories',
      { schema: { tags: ['products'], summary: 'Cây danh mục sản phẩm (category tree)', response: { 200: Type.Array(Node) } } },
      async () => categories.tree(),
    );
    app.post(
      '/admin/categories',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['admin'],
          summary: 'Thêm danh mục (admin)',
          security: [{ bearerAuth: [] }],
          body: Type.Object(
            {
              name: Type.String({ minLength: 2, maxLength: 80, pattern: '\\S', examples: ['Mật ong'] }),
              parentId: Type.Optional(Type.String({ format: 'uuid' })),
              position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
            },
            { additionalProperties: false },
          ),
          response: { 201: Node, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => reply.code(201).send(await categories.create(principalOf(request), request.body)),
    );
    app.patch(
      '/admin/categories/:id',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['admin'],
          summary: 'Đổi tên hoặc thứ tự danh mục (admin)',
          security: [{ bearerAuth: [] }],
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object(
            {
              name: Type.Optional(Type.String({ minLength: 2, maxLength: 80, pattern: '\\S' })),
              position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
            },
            { additionalProperties: false, minProperties: 1 },
          ),
          response: { 200: Node, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => categories.update(principalOf(request), request.params.id, request.body),
    );
  };
}
