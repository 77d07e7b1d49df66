import { type App, partnerOrNull, principalOf, problemResponses, requireRole } from '@tradeqn/kit';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { webhookErrors } from './webhook-errors.ts';
import {
  CreatedEndpoint,
  Delivery,
  DeliveryDetail,
  DeliveryPage,
  DeliveryQuery,
  Endpoint,
  EndpointBody,
  EndpointPatch,
  IdParams,
  StaffDeliveryQuery,
  StaffEndpointBody,
  StaffEndpointQuery,
} from './webhook-schemas.ts';
import type { WebhookActor, WebhookService } from './webhook-service.ts';

/** The partner a request's `X-Api-Key` names; a person's token is not enough here. */
function partnerActor(request: FastifyRequest): Extract<WebhookActor, { kind: 'partner' }> {
  const partner = partnerOrNull(request);
  if (!partner) throw webhookErrors.MARKETING_WEBHOOK_API_KEY_REQUIRED();
  return { kind: 'partner', partnerId: partner.id };
}

function staffActor(request: FastifyRequest): Extract<WebhookActor, { kind: 'staff' }> {
  const { userId, roles } = principalOf(request);
  return { kind: 'staff', userId, roles };
}

/**
 * Partner webhooks: a partner manages its own endpoints with its key (`/webhooks/…`); admins
 * manage anyone's, read every delivery and replay one (`/admin/webhooks/…`).
 */
export function webhookRoutes(deps: { webhooks: WebhookService }) {
  const { webhooks } = deps;
  return async (app: App) => {
    const partner = { tags: ['webhooks'], security: [{ apiKey: [] }] };
    app.post(
      '/webhooks/endpoints',
      {
        schema: {
          ...partner,
          summary: 'Đăng ký địa chỉ nhận webhook (register a webhook endpoint; the secret is shown only here)',
          body: EndpointBody,
          response: { 201: CreatedEndpoint, ...problemResponses(400, 401, 409, 422) },
        },
      },
      async (request, reply) => {
        const actor = partnerActor(request);
        return reply.code(201).send(await webhooks.register(actor, actor.partnerId, request.body));
      },
    );
    app.get(
      '/webhooks/endpoints',
      {
        schema: {
          ...partner,
          summary: 'Các địa chỉ nhận webhook của đối tác',
          response: { 200: Type.Object({ items: Type.Array(Endpoint) }), ...problemResponses(401) },
        },
      },
      async (request) => ({ items: await webhooks.list(partnerActor(request)) }),
    );
    app.get(
      '/webhooks/endpoints/:id',
      {
        schema: {
          ...partner,
          summary: 'Một địa chỉ nhận webhook',
          params: IdParams,
          response: { 200: Endpoint, ...problemResponses(401, 404) },
        },
      },
      async (request) => webhooks.get(partnerActor(request), request.params.id),
    );
    app.patch(
      '/webhooks/endpoints/:id',
      {
        schema: {
          ...partner,
          summary: 'Sửa, tắt hoặc bật địa chỉ nhận webhook',
          params: IdParams,
          body: EndpointPatch,
          response: { 200: Endpoint, ...problemResponses(400, 401, 404, 409, 422) },
        },
      },
      async (request) => {
        const actor = partnerActor(request);
        const { enabled, ...patch } = request.body;
        let view = Object.keys(patch).length > 0 ? await webhooks.update(actor, request.params.id, patch) : undefined;
        if (enabled !== undefined) view = await webhooks.setEnabled(actor, request.params.id, enabled);
        return view ?? webhooks.get(actor, request.params.id);
      },
    );
    app.delete(
      '/webhooks/endpoints/:id',
      {
        schema: {
          ...partner,
          summary: 'Xoá địa chỉ nhận webhook (và nhật ký gửi của nó)',
          params: IdParams,
          response: { 204: Type.Null(), ...problemResponses(401, 404) },
        },
      },
      async (request, reply) => {
        await webhooks.remove(partnerActor(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
    app.get(
      '/webhooks/deliveries',
      {
        schema: {
          ...partner,
          summary: 'Nhật ký gửi webhook của đối tác, mới nhất trước',
          querystring: DeliveryQuery,
          response: { 200: DeliveryPage, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => webhooks.deliveries(partnerActor(request), request.query),
    );
    app.get(
      '/webhooks/deliveries/:id',
      {
        schema: {
          ...partner,
          summary: 'Một lần gửi webhook với các lần thử',
          params: IdParams,
          response: { 200: DeliveryDetail, ...problemResponses(401, 404) },
        },
      },
      async (request) => webhooks.delivery(partnerActor(request), request.params.id),
    );

    // province admins
    const admin = requireRole('admin');
    const staff = { tags: ['admin', 'webhooks'], security: [{ bearerAuth: [] }] };
    app.get(
      '/admin/webhooks/endpoints',
      {
        onRequest: admin,
        schema: {
          ...staff,
          summary: 'Địa chỉ nhận webhook của các đối tác',
          querystring: StaffEndpointQuery,
          response: { 200: Type.Object({ items: Type.Array(Endpoint) }), ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => ({ items: await webhooks.list(staffActor(request), request.query.partnerId) }),
    );
    app.post(
      '/admin/webhooks/endpoints',
      {
        onRequest: admin,
        schema: {
          ...staff,
          summary: 'Đăng ký địa chỉ nhận webhook cho một đối tác (the secret is shown only here)',
          body: StaffEndpointBody,
          response: { 201: CreatedEndpoint, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const { partnerId, ...input } = request.body;
        return reply.code(201).send(await webhooks.register(staffActor(request), partnerId, input));
      },
    );
    for (const [action, isEnabled] of [
      ['enable', true],
      ['disable', false],
    ] as const) {
      app.post(
        `/admin/webhooks/endpoints/:id/${action}`,
        {
          onRequest: admin,
          schema: {
            ...staff,
            summary: isEnabled ? 'Bật lại địa chỉ nhận webhook' : 'Tắt địa chỉ nhận webhook',
            params: IdParams,
            response: { 200: Endpoint, ...problemResponses(401, 403, 404, 409) },
          },
        },
        async (request) => webhooks.setEnabled(staffActor(request), request.params.id, isEnabled),
      );
    }
    app.get(
      '/admin/webhooks/deliveries',
      {
        onRequest: admin,
        schema: {
          ...staff,
          summary: 'Nhật ký gửi webhook, mới nhất trước',
          querystring: StaffDeliveryQuery,
          response: { 200: DeliveryPage, ...problemResponses(400, 401, 403, 404) },
        },
      },
      async (request) => webhooks.deliveries(staffActor(request), request.query),
    );
    app.get(
      '/admin/webhooks/deliveries/:id',
      {
        onRequest: admin,
        schema: {
          ...staff,
          summary: 'Một lần gửi webhook với các lần thử',
          params: IdParams,
          response: { 200: DeliveryDetail, ...problemResponses(401, 403, 404) },
        },
      },
      async (request) => webhooks.delivery(staffActor(request), request.params.id),
    );
    app.post(
      '/admin/webhooks/deliveries/:id/replay',
      {
        onRequest: admin,
        schema: {
          ...staff,
          summary: 'Gửi lại một webhook ngay (replay)',
          params: IdParams,
          response: { 200: Delivery, ...problemResponses(401, 403, 404, 409) },
        },
      },
      async (request) => webhooks.replay(staffActor(request), request.params.id),
    );
  };
}
