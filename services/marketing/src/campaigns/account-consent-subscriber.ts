import { type AccountsApi, AccountsEvents } from '@tradeqn/accounts/contract';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { Subscriptions } from './subscriptions.ts';

/**
 * A person who withdraws marketing consent in their account (`accounts.consent.changed`) is
 * unsubscribed from the newsletter too, so withdrawing in one place withdraws everywhere.
 * Idempotent: an unsubscribed subscription is left as it is.
 */
export function accountConsentSubscriber(deps: {
  subscriptions: Subscriptions;
  accounts: Pick<AccountsApi, 'getUser'>;
  inbox: InboxTable;
}): Subscriber {
  return defineSubscriber({
    name: 'marketing.withdraw-newsletter-on-consent',
    events: [AccountsEvents.consentChanged],
    inbox: deps.inbox,
    async run(event) {
      if (event.payload.purpose !== 'marketing' || event.payload.isGranted) return;
      const user = await deps.accounts.getUser(event.payload.userId);
      await deps.subscriptions.withdrawForAccount({ userId: event.payload.userId, email: user?.email ?? null });
    },
  });
}
