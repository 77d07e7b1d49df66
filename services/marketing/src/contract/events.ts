import { defineEvent } from '@tradeqn/events/definition';
import { Type } from 'typebox';

/** Events marketing writes to its outbox. */
export const MarketingEvents = {
  /** A campaign's batch of recipients is ready to be sent (one job a batch). */
  campaignBatchReady: defineEvent('marketing.campaign.batch-ready', {
    campaignId: Type.String({ format: 'uuid' }),
    batch: Type.Integer({ minimum: 0 }),
  }),
};
