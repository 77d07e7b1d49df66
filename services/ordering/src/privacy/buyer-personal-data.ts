import type { ErasureBlocker, PersonalDataSection, PersonalDataSource } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import { complaints, orderLines, orders, rfqs, vatInvoiceRequests } from '../db/schema.ts';

/** Orders still on their way: deleting the buyer now would leave the seller nobody to deliver to. */
const OPEN_ORDER_STATUSES = ['pending_payment', 'pending', 'confirmed', 'shipping'];

/** What ordering holds about a buyer, for their data export, and what keeps their account until it is done. */
export function buyerPersonalData(deps: { db: Db }): PersonalDataSource {
  return {
    async sections(userId: string): Promise<PersonalDataSection[]> {
      const [placed, lines, complained, invoices, requests] = await Promise.all([
        deps.db.select().from(orders).where(eq(orders.buyerId, userId)).orderBy(asc(orders.createdAt)),
        deps.db
          .select({
            orderId: orderLines.orderId,
            name: orderLines.name,
            quantity: orderLines.quantity,
            lineTotal: orderLines.lineTotal,
          })
          .from(orderLines)
          .innerJoin(orders, eq(orders.id, orderLines.orderId))
          .where(eq(orders.buyerId, userId)),
        deps.db.select().from(complaints).where(eq(complaints.buyerId, userId)).orderBy(asc(complaints.createdAt)),
        deps.db
          .select({ order: orders.code, request: vatInvoiceRequests })
          .from(vatInvoiceRequests)
          .innerJoin(orders, eq(orders.id, vatInvoiceRequests.orderId))
          .where(eq(orders.buyerId, userId)),
        deps.db.select().from(rfqs).where(eq(rfqs.buyerId, userId)).orderBy(asc(rfqs.createdAt)),
      ]);
      return [
        {
          name: 'orders',
          description: 'Đơn hàng bạn đã đặt: người bán, hàng, số tiền, địa chỉ giao, trạng thái',
          rows: placed.map((order) => ({
            code: order.code,
            seller: order.seller.name,
            status: order.status,
            paymentMethod: order.paymentMethod,
            total: order.total,
            items: lines
              .filter((line) => line.orderId === order.id)
              .map((line) => `${line.quantity} × ${line.name}`)
              .join('; '),
            shippingAddress: order.shippingAddress,
            note: order.note,
            createdAt: order.createdAt,
          })),
        },
        {
          name: 'complaints',
          description: 'Khiếu nại bạn đã gửi và kết quả',
          rows: complained.map((complaint) => ({
            order: complaint.orderCode,
            seller: complaint.sellerName,
            reason: complaint.reason,
            text: complaint.body,
            status: complaint.status,
            outcome: complaint.outcome,
            answer: complaint.answer,
            resolution: complaint.resolution,
            createdAt: complaint.createdAt,
          })),
        },
        {
          name: 'vat-invoice-requests',
          description: 'Yêu cầu xuất hoá đơn GTGT',
          rows: invoices.map(({ order, request }) => ({
            order,
            companyName: request.companyName,
            taxCode: request.taxCode,
            address: request.address,
            email: request.email,
            requestedAt: request.requestedAt,
            invoiceNumber: request.invoiceNumber,
          })),
        },
        {
          name: 'quote-requests',
          description: 'Yêu cầu báo giá (B2B) bạn đã gửi',
          rows: requests.map(({ buyerId: _buyer, ...request }) => request),
        },
      ];
    },

    async erasureBlockers(userId: string): Promise<ErasureBlocker[]> {
      const [[open], [disputed]] = await Promise.all([
        deps.db
          .select({ n: count() })
          .from(orders)
          .where(and(eq(orders.buyerId, userId), inArray(orders.status, OPEN_ORDER_STATUSES))),
        deps.db
          .select({ n: count() })
          .from(complaints)
          .where(and(eq(complaints.buyerId, userId), ne(complaints.status, 'closed'))),
      ]);
      const blockers: ErasureBlocker[] = [];
      if (open && open.n > 0) {
        blockers.push({
          vi: `Bạn còn ${open.n} đơn hàng đang xử lý hoặc đang giao: chờ nhận hàng hoặc huỷ đơn trước`,
          en: `You have ${open.n} orders still being processed or delivered: receive or cancel them first`,
        });
      }
      if (disputed && disputed.n > 0) {
        blockers.push({
          vi: `Bạn còn ${disputed.n} khiếu nại chưa giải quyết xong`,
          en: `You have ${disputed.n} complaints not yet resolved`,
        });
      }
      return blockers;
    },
  };
}
