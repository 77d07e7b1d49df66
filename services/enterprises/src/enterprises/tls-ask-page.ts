import type { App } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { EnterpriseService } from './enterprise-service.ts';

/**
 * The question Caddy asks before it gets a certificate for a name it was not configured with
 * (`on_demand_tls { ask … }` in infra/Caddyfile): 200 only for the own domain (or its `www.`) of an
 * approved enterprise, verified by staff; 404 otherwise. Without it, anyone could point names at
 * the proxy and make it ask the certificate authority for certificates until rate-limited.
 */
export function tlsAskPage(deps: { enterprises: Pick<EnterpriseService, 'byDomain'> }) {
  return async (app: App) => {
    app.get(
      '/tls/ask',
      {
        schema: {
          tags: ['infra'],
          summary: 'Cấp chứng chỉ TLS cho tên miền riêng? (Caddy on-demand TLS)',
          description:
            '200 khi tên miền (hoặc `www.`) là tên miền riêng đã được Sở xác minh của một doanh nghiệp đang hoạt động; 404 nếu không.',
          querystring: Type.Object({ domain: Type.String({ minLength: 1, maxLength: 253, pattern: '^[A-Za-z0-9.-]+$' }) }),
        },
      },
      async (request, reply) => {
        await deps.enterprises.byDomain(request.query.domain);
        return reply.type('text/plain; charset=utf-8').send('ok');
      },
    );
  };
}
