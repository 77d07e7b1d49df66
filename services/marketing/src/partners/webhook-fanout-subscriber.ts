import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { SOURCE_EVENTS } from './webhook-events.ts';
import type { WebhookService } from './webhook-service.ts';

/**
 * Turns the services' events into partner webhooks: one delivery row for each endpoint that may
 * receive it (the sending is the worker's). Running it twice writes nothing more (one delivery
 * per endpoint and event), so it holds no transaction of its own.
 */
export function webhookFanOutSubscriber(deps: { webhooks: WebhookService; inbox: InboxTable }): Subscriber {
  return defineSubscriber({
    name: 'marketing.fan-out-webhooks',
    events: SOURCE_EVENTS,
    inbox: deps.inbox,
    async run(event) {
      await deps.webhooks.fanOut(event);
    },
  });
}
