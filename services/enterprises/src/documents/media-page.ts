import type { App } from '@tradeqn/kit';
import { httpErrors } from '@tradeqn/kit';
import type { FileStore } from '@tradeqn/storage';
import { Type } from 'typebox';

/** `GET /media/public/…`: storefront images. Keys change when an image is replaced, so they cache for long. */
export function mediaPage(deps: { files: FileStore }) {
  return async (app: App) => {
    app.get(
      '/media/public/*',
      {
        schema: {
          tags: ['media'],
          summary: 'Ảnh công khai (logo, ảnh bìa, ảnh sản phẩm)',
          // any path is looked up: the store finds nothing under a key that could leave its folder
          // (`..`, `%2e%2e`, `..%2f`), so such a path is a plain 404
          params: Type.Object({ '*': Type.String({ maxLength: 300 }) }),
          produces: ['image/jpeg', 'image/png', 'image/webp'],
        },
      },
      async (request, reply) => {
        const file = await deps.files.get(`public/${request.params['*']}`);
        if (!file) throw httpErrors.HTTP_NOT_FOUND();
        return (
          reply
            .type(file.contentType)
            .header('cache-control', 'public, max-age=31536000, immutable')
            // partner sites show these images on their own pages; the API itself stays same-origin
            .header('cross-origin-resource-policy', 'cross-origin')
            .send(file.data)
        );
      },
    );
  };
}
