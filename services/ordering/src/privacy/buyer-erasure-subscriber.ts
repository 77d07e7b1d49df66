import { AccountsEvents } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { eq, sql } from 'drizzle-orm';
import { cartItems, orders, rfqs, vatInvoiceRequests } from '../db/schema.ts';

/** Shown where a deleted buyer's name and phone were. */
export const ERASED_BUYER = 'Người mua đã xoá tài khoản';

/**
 * A buyer deleted their account: their orders stay (the seller's books, the ledger and the tax
 * return need the amounts and goods) but lose the name, phone, street and ward they were sent
 * to, and the note; the province stays, for statistics. The cart goes; the invoice e-mail goes
 * (the company on an issued invoice is the company's, not the person's). Idempotent.
 */
export function buyerErasureSubscriber(deps: { db: Db; inbox: InboxTable }): Subscriber {
  return defineSubscriber({
    name: 'ordering.erase-buyer',
    events: [AccountsEvents.userErased],
    inbox: deps.inbox,
    async run(event) {
      const buyerId = event.payload.userId;
      await deps.db.transaction(async (tx) => {
        await tx
          .update(orders)
          .set({
            shippingAddress: sql`jsonb_build_object(
              'fullName', ${ERASED_BUYER}::text, 'phone', '', 'street', '', 'wardCode', '', 'wardName', '',
              'provinceCode', ${orders.shippingAddress}->>'provinceCode', 'provinceName', ${orders.shippingAddress}->>'provinceName')`,
            note: null,
            updatedAt: new Date(),
          })
          .where(eq(orders.buyerId, buyerId));
        await tx.delete(cartItems).where(eq(cartItems.userId, buyerId));
        await tx
          .update(vatInvoiceRequests)
          .set({ email: null })
          .where(sql`${vatInvoiceRequests.orderId} in (select id from ${orders} where ${orders.buyerId} = ${buyerId})`);
        await tx.update(rfqs).set({ status: 'closed' }).where(sql`${rfqs.buyerId} = ${buyerId} and ${rfqs.status} = 'open'`);
      });
    },
  });
}
