import type { Executor } from '@tradeqn/db';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type PaidOrder, payments, providerMessages } from '../db/schema.ts';

export type PaymentRow = typeof payments.$inferSelect;
export type NewPaymentRow = typeof payments.$inferInsert;

export function createPaymentRepository() {
  return {
    async insertMany(tx: Executor, rows: NewPaymentRow[]): Promise<PaymentRow[]> {
      return tx.insert(payments).values(rows).onConflictDoNothing().returning();
    },
    async byId(tx: Executor, id: string): Promise<PaymentRow | undefined> {
      return (await tx.select().from(payments).where(eq(payments.id, id)))[0];
    },
    async byReference(tx: Executor, method: string, reference: string): Promise<PaymentRow | undefined> {
      return (
        await tx
          .select()
          .from(payments)
          .where(and(eq(payments.method, method), eq(payments.reference, reference)))
      )[0];
    },
    async byProviderRef(tx: Executor, method: string, providerRef: string): Promise<PaymentRow | undefined> {
      return (
        await tx
          .select()
          .from(payments)
          .where(and(eq(payments.method, method), eq(payments.providerRef, providerRef)))
      )[0];
    },
    async byCheckout(tx: Executor, checkoutId: string): Promise<PaymentRow[]> {
      return tx.select().from(payments).where(eq(payments.checkoutId, checkoutId)).orderBy(payments.createdAt, payments.id);
    },
    /** Payments covering an order: its own (COD, transfer) or its checkout's (online). */
    async forOrder(tx: Executor, orderId: string): Promise<PaymentRow[]> {
      return tx
        .select()
        .from(payments)
        .where(sql`${payments.orderId} = ${orderId} OR ${payments.orders} @> ${JSON.stringify([{ orderId }])}::jsonb`)
        .orderBy(payments.createdAt);
    },
    /** The one state change that counts: only from the statuses given, so a replay changes nothing. */
    async transition(
      tx: Executor,
      id: string,
      from: readonly string[],
      patch: Partial<NewPaymentRow> & { status: string },
    ): Promise<PaymentRow | undefined> {
      const [row] = await tx
        .update(payments)
        .set({ ...patch, updatedAt: new Date() })
        .where(and(eq(payments.id, id), inArray(payments.status, [...from])))
        .returning();
      return row;
    },
    async setProviderRef(tx: Executor, id: string, providerRef: string, instructions: Record<string, unknown>) {
      await tx.update(payments).set({ providerRef, instructions, updatedAt: new Date() }).where(eq(payments.id, id));
    },
    async markLate(tx: Executor, id: string, providerRef?: string): Promise<PaymentRow | undefined> {
      const [row] = await tx
        .update(payments)
        .set({ latePaidAt: new Date(), ...(providerRef ? { providerRef } : {}), updatedAt: new Date() })
        .where(and(eq(payments.id, id), eq(payments.status, 'expired'), sql`${payments.latePaidAt} IS NULL`))
        .returning();
      return row;
    },
    /** Late money sent back: the expired payment becomes refunded. */
    async refundLate(tx: Executor, id: string): Promise<PaymentRow | undefined> {
      const [row] = await tx
        .update(payments)
        .set({ status: 'refunded', refundedAmount: sql`${payments.amount}`, updatedAt: new Date() })
        .where(and(eq(payments.id, id), eq(payments.status, 'expired'), sql`${payments.latePaidAt} IS NOT NULL`))
        .returning();
      return row;
    },
    async addRefund(tx: Executor, id: string, amount: number): Promise<PaymentRow | undefined> {
      const [row] = await tx
        .update(payments)
        .set({
          refundedAmount: sql`${payments.refundedAmount} + ${amount}`,
          status: sql`CASE WHEN ${payments.refundedAmount} + ${amount} >= ${payments.amount} THEN 'refunded' ELSE ${payments.status} END`,
          updatedAt: new Date(),
        })
        .where(and(eq(payments.id, id), inArray(payments.status, ['paid'])))
        .returning();
      return row;
    },
    /**
     * Keeps a provider message; answers false when one with the same external id was already
     * kept (a replayed webhook), which the caller then ignores.
     */
    async keepMessage(tx: Executor, message: typeof providerMessages.$inferInsert): Promise<boolean> {
      const inserted = await tx
        .insert(providerMessages)
        .values(message)
        .onConflictDoNothing()
        .returning({ id: providerMessages.id });
      return inserted.length > 0;
    },
    /** Newest first, keyset-paged; `payeeEnterpriseId` for one seller's, none for all (staff). */
    async list(
      tx: Executor,
      filter: {
        payeeEnterpriseId?: string;
        status?: string;
        method?: string;
        isLate?: boolean;
        after?: { createdAt: string; id: string };
        limit: number;
      },
    ): Promise<PaymentRow[]> {
      const conditions = [
        filter.payeeEnterpriseId ? eq(payments.payeeEnterpriseId, filter.payeeEnterpriseId) : undefined,
        filter.status ? eq(payments.status, filter.status) : undefined,
        filter.method ? eq(payments.method, filter.method) : undefined,
        filter.isLate ? sql`${payments.latePaidAt} IS NOT NULL` : undefined,
        filter.after
          ? sql`(${payments.createdAt}, ${payments.id}) < (${filter.after.createdAt}::timestamptz, ${filter.after.id}::uuid)`
          : undefined,
      ].filter((condition) => condition !== undefined);
      return tx
        .select()
        .from(payments)
        .where(and(...conditions))
        .orderBy(desc(payments.createdAt), desc(payments.id))
        .limit(filter.limit + 1);
    },
    async messagesOf(tx: Executor, paymentId: string) {
      return tx
        .select()
        .from(providerMessages)
        .where(eq(providerMessages.paymentId, paymentId))
        .orderBy(providerMessages.receivedAt);
    },
  };
}

export type { PaidOrder };
export type PaymentRepository = ReturnType<typeof createPaymentRepository>;
