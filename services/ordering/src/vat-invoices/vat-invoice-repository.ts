import type { Executor } from '@tradeqn/db';
import { and, eq, isNull } from 'drizzle-orm';
import { vatInvoiceRequests } from '../db/schema.ts';

export type VatInvoiceRow = typeof vatInvoiceRequests.$inferSelect;
export type VatInvoiceDetails = Pick<VatInvoiceRow, 'companyName' | 'taxCode' | 'address' | 'email'>;

export function createVatInvoiceRepository() {
  return {
    async byOrder(tx: Executor, orderId: string): Promise<VatInvoiceRow | undefined> {
      return (await tx.select().from(vatInvoiceRequests).where(eq(vatInvoiceRequests.orderId, orderId)))[0];
    },
    /** Writes the buyer's details unless the invoice is already issued (then undefined). */
    async upsertUnissued(tx: Executor, orderId: string, requestedBy: string, details: VatInvoiceDetails) {
      const [row] = await tx
        .insert(vatInvoiceRequests)
        .values({ orderId, requestedBy, ...details })
        .onConflictDoUpdate({
          target: vatInvoiceRequests.orderId,
          set: { ...details, requestedBy, requestedAt: new Date() },
          setWhere: isNull(vatInvoiceRequests.invoiceNumber),
        })
        .returning();
      return row;
    },
    /** Records the issued invoice once: of two racing sellers, one wins. */
    async markIssued(tx: Executor, orderId: string, invoiceNumber: string, issuedBy: string) {
      const [row] = await tx
        .update(vatInvoiceRequests)
        .set({ invoiceNumber, issuedBy, issuedAt: new Date() })
        .where(and(eq(vatInvoiceRequests.orderId, orderId), isNull(vatInvoiceRequests.invoiceNumber)))
        .returning();
      return row;
    },
  };
}
