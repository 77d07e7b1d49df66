import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export interface OpenApiInfo {
  title?: string;
  version?: string;
  description?: string;
}

/** OpenAPI 3.1 document at `/openapi.json` and a human page at `/docs`, built from the route schemas. */
export async function registerOpenApi(app: FastifyInstance, info: OpenApiInfo = {}): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: info.title ?? 'Sàn giao dịch TMĐT Quảng Ngãi — API',
        version: info.version ?? '1.0.0',
        description:
          info.description ??
          'API công khai của Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi. Lỗi trả về theo RFC 9457 (application/problem+json).\n\nPublic API of the Quảng Ngãi provincial e-commerce exchange.',
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (json.$id as string) ?? `def-${i}` },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: false,
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
