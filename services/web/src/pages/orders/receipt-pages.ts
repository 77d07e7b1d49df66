import { type App, internalCallHeaders } from '@tradeqn/kit';
import { pageNotFound } from '../../http/api-client.ts';
import { redirectToSignIn } from '../../http/send-page.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * `/don-hang/{id}/bien-nhan.pdf`: the order's receipt, as the API makes it for the signed-in
 * viewer (the buyer, or a member of the seller: the order page and the workspace both link here).
 * Anyone else gets the 404 page, as the API answers them.
 */
export async function receiptPages(app: App): Promise<void> {
  app.get<{ Params: { id: string } }>('/don-hang/:id/bien-nhan.pdf', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const answer = await app.inject({
      method: 'GET',
      url: `/api/v1/orders/${request.params.id}/receipt.pdf`,
      headers: { ...internalCallHeaders(), 'accept-language': ctx.locale, authorization: `Bearer ${ctx.viewer.accessToken}` },
    });
    if (answer.statusCode !== 200) throw pageNotFound();
    const disposition = answer.headers['content-disposition'];
    return reply
      .header('content-type', 'application/pdf')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', typeof disposition === 'string' ? disposition : 'inline')
      .send(answer.rawPayload);
  });
}
