import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { Db } from '@tradeqn/db';
import { isUniqueViolation } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeNewestCursor, isStaff, newestPage, type Principal } from '@tradeqn/kit';
import type { PaymentMethod } from '@tradeqn/payments/contract';
import { and, asc, desc, eq, gt, inArray, lt, or } from 'drizzle-orm';
import type { CheckoutInput, CheckoutService } from '../checkout/checkout-service.ts';
import { OrderingEvents } from '../contract/index.ts';
import { quotes, rfqs } from '../db/schema.ts';
import { orderErrors } from '../orders/order-errors.ts';

type RfqRow = typeof rfqs.$inferSelect;
type QuoteRow = typeof quotes.$inferSelect;

export interface NewRfq {
  title: string;
  description: string;
  categoryId?: string;
  quantity: number;
  unit: string;
  targetPrice?: number;
  deadline: string;
}

export interface NewQuote {
  enterpriseId: string;
  productId?: string;
  unitPrice: number;
  quantity: number;
  message: string;
  validUntil: string;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

function rfqView(row: RfqRow, now: Date) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    categoryId: row.categoryId,
    quantity: row.quantity,
    unit: row.unit,
    targetPrice: row.targetPrice,
    deadline: row.deadline.toISOString(),
    status: row.status === 'open' && row.deadline <= now ? 'closed' : row.status,
    acceptedQuoteId: row.acceptedQuoteId,
    createdAt: row.createdAt.toISOString(),
  };
}

function quoteView(row: QuoteRow, now: Date) {
  return {
    id: row.id,
    rfqId: row.rfqId,
    enterpriseId: row.enterpriseId,
    productId: row.productId,
    unitPrice: row.unitPrice,
    quantity: row.quantity,
    total: row.unitPrice * row.quantity,
    message: row.message,
    validUntil: row.validUntil.toISOString(),
    status: row.status === 'open' && row.validUntil <= now ? 'expired' : row.status,
    createdAt: iso(row.createdAt) as string,
  };
}

/** B2B buying requests: buyers ask, approved enterprises quote, the buyer accepts one → an order. */
export function createRfqService(deps: {
  db: Db;
  outbox: OutboxWriter;
  catalog: Pick<CatalogApi, 'getSellableProducts'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'roleOf'>;
  checkout: CheckoutService;
}) {
  async function load(id: string) {
    const [row] = await deps.db.select().from(rfqs).where(eq(rfqs.id, id));
    if (!row) throw orderErrors.ORDERING_RFQ_NOT_FOUND();
    return row;
  }

  return {
    async create(buyerId: string, input: NewRfq) {
      const deadline = new Date(input.deadline);
      if (deadline <= new Date()) {
        throw orderErrors.ORDERING_INVALID_INPUT(undefined, [{ path: '/deadline', message: 'must be in the future' }]);
      }
      const [row] = await deps.db
        .insert(rfqs)
        .values({
          buyerId,
          title: input.title,
          description: input.description,
          categoryId: input.categoryId ?? null,
          quantity: input.quantity,
          unit: input.unit,
          targetPrice: input.targetPrice ?? null,
          deadline,
        })
        .returning();
      return rfqView(row as RfqRow, new Date());
    },

    /** Open requests for sellers to browse (the buyer is not disclosed); `mine` for the buyer's own. */
    async list(principal: Principal | null, query: { mine?: boolean; categoryIds?: string[]; limit: number; cursor?: string }) {
      const now = new Date();
      const cursor = query.cursor ? decodeNewestCursor(query.cursor) : undefined;
      const after = cursor ? { createdAt: new Date(cursor.createdAt), id: cursor.id } : undefined;
      if (query.mine && !principal) throw orderErrors.ORDERING_NOT_ALLOWED();
      const rows = await deps.db
        .select()
        .from(rfqs)
        .where(
          and(
            query.mine && principal ? eq(rfqs.buyerId, principal.userId) : and(eq(rfqs.status, 'open'), gt(rfqs.deadline, now)),
            query.categoryIds && query.categoryIds.length > 0 ? inArray(rfqs.categoryId, query.categoryIds) : undefined,
            after
              ? or(lt(rfqs.createdAt, after.createdAt), and(eq(rfqs.createdAt, after.createdAt), lt(rfqs.id, after.id)))
              : undefined,
          ),
        )
        .orderBy(desc(rfqs.createdAt), desc(rfqs.id))
        .limit(query.limit + 1);
      const page = newestPage(rows, query.limit);
      return { items: page.rows.map((row) => rfqView(row, now)), nextCursor: page.nextCursor };
    },

    /**
     * An enterprise's quotes, newest first, each with the request it answers (members, staff):
     * which are still open, which expired, which the buyer accepted.
     */
    async quotesOf(principal: Principal, enterpriseId: string, query: { limit: number; cursor?: string }) {
      if (!isStaff(principal) && (await deps.enterprises.roleOf(enterpriseId, principal.userId)) === null)
        throw orderErrors.ORDERING_NOT_ALLOWED();
      const now = new Date();
      const cursor = query.cursor ? decodeNewestCursor(query.cursor) : undefined;
      const after = cursor ? { createdAt: new Date(cursor.createdAt), id: cursor.id } : undefined;
      const rows = await deps.db
        .select({ quote: quotes, rfq: rfqs })
        .from(quotes)
        .innerJoin(rfqs, eq(rfqs.id, quotes.rfqId))
        .where(
          and(
            eq(quotes.enterpriseId, enterpriseId),
            after
              ? or(lt(quotes.createdAt, after.createdAt), and(eq(quotes.createdAt, after.createdAt), lt(quotes.id, after.id)))
              : undefined,
          ),
        )
        .orderBy(desc(quotes.createdAt), desc(quotes.id))
        .limit(query.limit + 1);
      const page = newestPage(
        rows.map((row) => ({ ...row, id: row.quote.id, createdAt: row.quote.createdAt })),
        query.limit,
      );
      return {
        items: page.rows.map((row) => ({
          ...quoteView(row.quote, now),
          rfq: { id: row.rfq.id, title: row.rfq.title, unit: row.rfq.unit, status: rfqView(row.rfq, now).status },
        })),
        nextCursor: page.nextCursor,
      };
    },

    /** The request; quotes shown to its buyer and staff in full, to a seller only its own. */
    async get(principal: Principal | null, id: string) {
      const now = new Date();
      const row = await load(id);
      const all = await deps.db
        .select()
        .from(quotes)
        .where(eq(quotes.rfqId, id))
        .orderBy(asc(quotes.unitPrice), asc(quotes.createdAt));
      let visible: QuoteRow[] = [];
      if (principal && (principal.userId === row.buyerId || isStaff(principal))) visible = all;
      else if (principal) {
        for (const quote of all)
          if ((await deps.enterprises.roleOf(quote.enterpriseId, principal.userId)) !== null) visible.push(quote);
      }
      return {
        ...rfqView(row, now),
        quoteCount: all.length,
        quotes: visible.map((quote) => quoteView(quote, now)),
        mine: principal?.userId === row.buyerId,
      };
    },

    async quote(principal: Principal, rfqId: string, input: NewQuote) {
      const now = new Date();
      const rfq = await load(rfqId);
      if (rfq.status !== 'open' || rfq.deadline <= now) throw orderErrors.ORDERING_RFQ_CLOSED();
      if ((await deps.enterprises.roleOf(input.enterpriseId, principal.userId)) === null)
        throw orderErrors.ORDERING_NOT_ALLOWED();
      const enterprise = await deps.enterprises.getEnterprise(input.enterpriseId);
      if (enterprise?.status !== 'approved') throw orderErrors.ORDERING_ENTERPRISE_NOT_APPROVED();
      if (rfq.buyerId === principal.userId)
        throw orderErrors.ORDERING_NOT_ALLOWED({
          vi: 'Không tự báo giá cho yêu cầu của mình',
          en: 'You cannot quote your own request',
        });
      const validUntil = new Date(input.validUntil);
      if (validUntil <= now)
        throw orderErrors.ORDERING_INVALID_INPUT(undefined, [{ path: '/validUntil', message: 'must be in the future' }]);
      if (input.productId) {
        const [product] = await deps.catalog.getSellableProducts([input.productId]);
        if (!product || product.enterpriseId !== input.enterpriseId) {
          throw orderErrors.ORDERING_PRODUCT_UNAVAILABLE(undefined, [
            { path: '/productId', message: 'not a product of this enterprise on sale' },
          ]);
        }
      }
      try {
        const row = await deps.db.transaction(async (tx) => {
          const [inserted] = await tx
            .insert(quotes)
            .values({
              rfqId,
              enterpriseId: input.enterpriseId,
              productId: input.productId ?? null,
              unitPrice: input.unitPrice,
              quantity: input.quantity,
              message: input.message,
              validUntil,
              createdBy: principal.userId,
            })
            .returning();
          if (!inserted) throw new Error('the quote insert returned no row');
          await deps.outbox.write(tx, OrderingEvents.quoteReceived, { rfqId, quoteId: inserted.id, buyerId: rfq.buyerId });
          return inserted;
        });
        return quoteView(row, now);
      } catch (error) {
        if (isUniqueViolation(error)) throw orderErrors.ORDERING_QUOTE_EXISTS();
        throw error;
      }
    },

    /** The buyer takes a quote: the request closes and the quote becomes an order through the same checkout. */
    async accept(
      principal: Principal,
      rfqId: string,
      quoteId: string,
      input: { shippingAddress: CheckoutInput['shippingAddress']; paymentMethod: PaymentMethod; note?: string },
      clientIp: string,
    ) {
      const rfq = await load(rfqId);
      if (rfq.buyerId !== principal.userId) throw orderErrors.ORDERING_RFQ_NOT_FOUND();
      const [quote] = await deps.db
        .select()
        .from(quotes)
        .where(and(eq(quotes.id, quoteId), eq(quotes.rfqId, rfqId)));
      if (!quote) throw orderErrors.ORDERING_QUOTE_NOT_FOUND();
      if (quote.validUntil <= new Date()) throw orderErrors.ORDERING_QUOTE_EXPIRED();
      if (rfq.status !== 'open' || quote.status !== 'open') throw orderErrors.ORDERING_RFQ_CLOSED();
      const address = deps.checkout.resolveAddress(input.shippingAddress);
      const [product] = quote.productId ? await deps.catalog.getSellableProducts([quote.productId]) : [];
      if (quote.productId && !product) throw orderErrors.ORDERING_PRODUCT_UNAVAILABLE();

      // claim the request first: of two accepts at once, one wins; a failed order gives it back
      const [claimed] = await deps.db
        .update(rfqs)
        .set({ status: 'accepted', acceptedQuoteId: quote.id })
        .where(and(eq(rfqs.id, rfqId), eq(rfqs.status, 'open')))
        .returning({ id: rfqs.id });
      if (!claimed) throw orderErrors.ORDERING_RFQ_CLOSED();
      try {
        const result = await deps.checkout.place({
          buyerId: principal.userId,
          lines: [
            {
              productId: quote.productId,
              enterpriseId: quote.enterpriseId,
              name: product?.name ?? rfq.title,
              slug: product?.slug ?? null,
              unit: product?.unit ?? rfq.unit,
              quantity: quote.quantity,
              unitPrice: quote.unitPrice,
              vatCategory: product?.vatCategory ?? 'KCT',
              isService: product?.isService ?? false,
            },
          ],
          address,
          method: input.paymentMethod,
          note: input.note ?? null,
          clientIp,
          quoteId: quote.id,
        });
        await deps.db.update(quotes).set({ status: 'accepted' }).where(eq(quotes.id, quote.id));
        return result;
      } catch (error) {
        await deps.db.update(rfqs).set({ status: 'open', acceptedQuoteId: null }).where(eq(rfqs.id, rfqId));
        throw error;
      }
    },
  };
}

export type RfqService = ReturnType<typeof createRfqService>;
