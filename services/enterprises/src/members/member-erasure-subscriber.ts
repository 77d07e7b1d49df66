import { AccountsEvents } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { eq } from 'drizzle-orm';
import { members } from '../db/schema.ts';

/**
 * A member deleted their account (accounts refuses an owner, who must hand over first): they
 * leave every enterprise, and its members list no longer shows their name and address. Idempotent.
 */
export function memberErasureSubscriber(deps: { db: Db; inbox: InboxTable }): Subscriber {
  return defineSubscriber({
    name: 'enterprises.remove-erased-member',
    events: [AccountsEvents.userErased],
    inbox: deps.inbox,
    async run(event) {
      await deps.db.delete(members).where(eq(members.userId, event.payload.userId));
    },
  });
}
