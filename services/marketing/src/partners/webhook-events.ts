import type { PartnerScope } from '@tradeqn/accounts/contract';
import { CatalogEvents } from '@tradeqn/catalog/contract';
import { EnterprisesEvents } from '@tradeqn/enterprises/contract';
import type { DomainEvent, EventOf } from '@tradeqn/events';
import { OrderingEvents } from '@tradeqn/ordering/contract';

/** The events a partner may subscribe an endpoint to, and the scope its key needs to receive each. */
export const WEBHOOK_EVENT_SCOPES = {
  'product.published': 'catalog:read',
  'product.unpublished': 'catalog:read',
  'enterprise.approved': 'enterprises:read',
  'enterprise.suspended': 'enterprises:read',
  'order.created': 'orders:write',
  'order.updated': 'orders:write',
} as const satisfies Record<string, PartnerScope>;

export type WebhookEventType = keyof typeof WEBHOOK_EVENT_SCOPES;
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENT_SCOPES) as WebhookEventType[];

/** Whether a partner with these scopes may receive this event type. */
export function isInScope(type: string, scopes: readonly string[]): boolean {
  const scope = (WEBHOOK_EVENT_SCOPES as Record<string, string>)[type];
  return scope !== undefined && scopes.includes(scope);
}

/** The services' events the webhooks are made from. */
export const SOURCE_EVENTS = [
  CatalogEvents.approved,
  CatalogEvents.shown,
  CatalogEvents.hidden,
  CatalogEvents.rejected,
  CatalogEvents.updated,
  CatalogEvents.submitted,
  EnterprisesEvents.approved,
  EnterprisesEvents.reinstated,
  EnterprisesEvents.suspended,
  OrderingEvents.placed,
  OrderingEvents.paid,
  OrderingEvents.confirmed,
  OrderingEvents.shipped,
  OrderingEvents.delivered,
  OrderingEvents.completed,
  OrderingEvents.cancelled,
  OrderingEvents.refunded,
] as const;

type SourceEvent = EventOf<(typeof SOURCE_EVENTS)[number]>;

/** A webhook to send: its type, its `data`, and the one partner it is for when only one may see it. */
export interface WebhookEvent {
  type: WebhookEventType;
  data: Record<string, unknown>;
  /** Order events go to the partner that placed the order, and to no other. */
  onlyPartnerId: string | null;
}

/**
 * The webhook an event makes, or null. A listing is `product.published` when it becomes public
 * (approved, or shown again) and `product.unpublished` when it stops being public or may have
 * (hidden, rejected, or sent back to review by a content change): partners should read both as
 * "its state is now…", since an unpublished may come for a listing they never saw published.
 * An enterprise reinstated after a suspension is `enterprise.approved` again.
 */
export function webhookFor(event: DomainEvent, publicUrl: string): WebhookEvent | null {
  const source = event as SourceEvent;
  switch (source.type) {
    case 'catalog.product.approved':
    case 'catalog.product.shown':
    case 'catalog.product.hidden':
    case 'catalog.product.rejected':
    case 'catalog.product.updated':
    case 'catalog.product.submitted': {
      const { productId, enterpriseId, name, slug, status } = source.payload;
      const isPublished = source.type === 'catalog.product.approved' || source.type === 'catalog.product.shown';
      // a draft sent to review was never public; an edit that keeps a listing approved (price,
      // stock) changes nothing public; an edit that sends it back to review unpublishes it
      if (source.type === 'catalog.product.submitted') return null;
      if (source.type === 'catalog.product.updated' && status !== 'pending_review') return null;
      return {
        type: isPublished ? 'product.published' : 'product.unpublished',
        data: { productId, enterpriseId, name, slug, status, url: new URL(`/san-pham/${slug}`, publicUrl).toString() },
        onlyPartnerId: null,
      };
    }
    case 'enterprises.enterprise.approved':
    case 'enterprises.enterprise.reinstated':
    case 'enterprises.enterprise.suspended': {
      const { enterpriseId, slug, name, status } = source.payload;
      return {
        type: source.type === 'enterprises.enterprise.suspended' ? 'enterprise.suspended' : 'enterprise.approved',
        data: { enterpriseId, slug, name, status, url: new URL(`/doanh-nghiep/${slug}`, publicUrl).toString() },
        onlyPartnerId: null,
      };
    }
    default: {
      if (!source.type.startsWith('ordering.order.')) return null;
      const order = source.payload;
      // an order no partner placed is nobody's webhook
      if (!order.partnerId) return null;
      return {
        type: source.type === 'ordering.order.placed' ? 'order.created' : 'order.updated',
        data: {
          orderId: order.orderId,
          checkoutId: order.checkoutId,
          code: order.code,
          enterpriseId: order.enterpriseId,
          status: order.status,
          previousStatus: 'from' in order ? order.from : null,
          paymentMethod: order.paymentMethod,
          total: order.total,
        },
        onlyPartnerId: order.partnerId,
      };
    }
  }
}
