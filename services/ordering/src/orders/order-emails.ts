import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { InboxTable, Subscriber } from '@tradeqn/events';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import { resolveWard } from '@tradeqn/vn';
import { vatLabel } from '../checkout/pricing.ts';
import { OrderingEvents } from '../contract/index.ts';
import type { OrderLineRow, OrderRepository, OrderRow } from './order-repository.ts';

const vnd = (amount: number) => `${amount.toLocaleString('vi-VN')} ₫`;

const METHOD_LABELS: Record<string, string> = {
  cod: 'Thanh toán khi nhận hàng (COD)',
  bank_transfer: 'Chuyển khoản ngân hàng (VietQR)',
  vnpay: 'VNPay',
  stripe: 'Thẻ quốc tế',
};

const RETURN_TERMS =
  'Đổi trả: trong 7 ngày kể từ khi nhận hàng nếu hàng không đúng mô tả, hư hỏng hoặc hết hạn; liên hệ doanh nghiệp bán hoặc Sàn TMĐT Quảng Ngãi để được hỗ trợ. Thực phẩm tươi sống vui lòng kiểm tra khi nhận.';

function orderParagraphs(order: OrderRow, lines: OrderLineRow[], seller: { name: string; address: string }): string[] {
  return [
    `Đơn ${order.code} — người bán: ${seller.name} (${seller.address}).`,
    ...lines.map(
      (line) =>
        `• ${line.name}: ${line.quantity} ${line.unit} × ${vnd(line.unitPrice)} = ${vnd(line.lineTotal)} (thuế GTGT ${vatLabel(line.vatCategory)})`,
    ),
    `Tạm tính ${vnd(order.subtotal)}; phí giao hàng ${order.shippingFee === 0 ? 'miễn phí' : vnd(order.shippingFee)}; tổng cộng ${vnd(order.total)} (đã gồm thuế GTGT ${vnd(order.vatIncluded)}).`,
  ];
}

function placeName(provinceCode: string | undefined, wardCode: string | undefined): string {
  const place = provinceCode && wardCode ? resolveWard(provinceCode, wardCode) : undefined;
  return place ? `${place.ward.name}, ${place.province.name}` : '';
}

type SellerFacts = Map<string, { name: string; address: string; owners: { email: string; fullName: string; userId: string }[] }>;

async function sellerFacts(
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'listOwners'>,
  ids: string[],
): Promise<SellerFacts> {
  const facts: SellerFacts = new Map();
  for (const id of new Set(ids)) {
    const enterprise = await enterprises.getEnterprise(id);
    facts.set(id, {
      name: enterprise?.name ?? '',
      address: enterprise
        ? [enterprise.street, placeName(enterprise.provinceCode, enterprise.wardCode)].filter(Boolean).join(', ') +
          ` · MST ${enterprise.taxCode} · ĐT ${enterprise.phone} · ${enterprise.email}`
        : '',
      owners: await enterprises.listOwners(id),
    });
  }
  return facts;
}

/** The buyer's confirmation of a checkout: what a remote contract must tell them (seller, goods, prices with tax, shipping, payment, returns). */
export function checkoutConfirmationSubscriber(deps: {
  db: Db;
  repo: OrderRepository;
  accounts: Pick<AccountsApi, 'getUser'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'listOwners'>;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
}): Subscriber {
  return {
    name: 'ordering.send-checkout-confirmation',
    events: [OrderingEvents.checkoutPlaced],
    inbox: deps.inbox,
    async prepare(event) {
      const orders = await deps.repo.byCheckout(deps.db, String(event.payload.checkoutId));
      return {
        buyer: await deps.accounts.getUser(String(event.payload.buyerId)),
        orders,
        lines: await deps.repo.linesOf(
          deps.db,
          orders.map((order) => order.id),
        ),
        sellers: await sellerFacts(
          deps.enterprises,
          orders.map((order) => order.enterpriseId),
        ),
      };
    },
    async handle(event, { prepared }) {
      const { buyer, orders, lines, sellers } = prepared as {
        buyer: { email: string; fullName: string } | null;
        orders: OrderRow[];
        lines: OrderLineRow[];
        sellers: SellerFacts;
      };
      const first = orders[0];
      if (!buyer || !first) return;
      const total = orders.reduce((sum, order) => sum + order.total, 0);
      const address = first.shippingAddress;
      const { html, text } = renderEmail({
        greeting: `Xin chào ${buyer.fullName},`,
        paragraphs: [
          `Cảm ơn bạn đã đặt hàng trên Sàn TMĐT Quảng Ngãi. Đơn hàng của bạn gồm ${orders.length} đơn từ ${orders.length} doanh nghiệp:`,
          ...orders.flatMap((order) =>
            orderParagraphs(
              order,
              lines.filter((line) => line.orderId === order.id),
              sellers.get(order.enterpriseId) ?? { name: order.seller.name, address: '' },
            ),
          ),
          `Tổng thanh toán: ${vnd(total)}. Phương thức: ${METHOD_LABELS[first.paymentMethod] ?? first.paymentMethod}.`,
          ...(first.paymentDueAt
            ? [
                `Vui lòng thanh toán trước ${first.paymentDueAt.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}; quá hạn đơn sẽ tự huỷ.`,
              ]
            : []),
          `Giao đến: ${address.fullName}, ${address.phone}, ${address.street}, ${address.wardName}, ${address.provinceName}.`,
          RETURN_TERMS,
        ],
        action: { label: 'Xem đơn hàng', url: new URL(`/don-hang/${first.id}`, deps.publicUrl).toString() },
      });
      await deps.mailer.send({
        to: buyer.email,
        subject: `Xác nhận đặt hàng ${orders.map((order) => order.code).join(', ')} — Sàn TMĐT Quảng Ngãi`,
        html,
        text,
        messageId: `checkout-confirmation.${event.id}`,
      });
    },
  };
}

/** Each seller's owners learn of a new order. */
export function newOrderNoticeSubscriber(deps: {
  db: Db;
  repo: OrderRepository;
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'listOwners'>;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
}): Subscriber {
  return {
    name: 'ordering.send-new-order-notice',
    events: [OrderingEvents.placed],
    inbox: deps.inbox,
    async prepare(event) {
      const owners = await deps.enterprises.listOwners(String(event.payload.enterpriseId));
      if (owners.length === 0) return { order: undefined, lines: [], owners };
      const order = await deps.repo.byId(deps.db, String(event.payload.orderId));
      return { order, lines: order ? await deps.repo.linesOf(deps.db, [order.id]) : [], owners };
    },
    async handle(event, { prepared }) {
      const { order, lines, owners } = prepared as {
        order: OrderRow | undefined;
        lines: OrderLineRow[];
        owners: { email: string; fullName: string; userId: string }[];
      };
      if (!order) return;
      for (const owner of owners) {
        const { html, text } = renderEmail({
          greeting: `Xin chào ${owner.fullName},`,
          paragraphs: [
            `${order.seller.name} có đơn hàng mới ${order.code}, tổng ${vnd(order.total)} (${METHOD_LABELS[order.paymentMethod] ?? order.paymentMethod}).`,
            ...lines.map((line) => `• ${line.name}: ${line.quantity} ${line.unit} × ${vnd(line.unitPrice)}`),
            order.status === 'pending_payment'
              ? 'Đơn đang chờ người mua thanh toán; bạn sẽ xác nhận đơn khi đã nhận tiền.'
              : 'Vui lòng xác nhận đơn và chuẩn bị hàng.',
          ],
          action: { label: 'Xử lý đơn hàng', url: new URL(`/quan-ly/don-hang/${order.id}`, deps.publicUrl).toString() },
        });
        await deps.mailer.send({
          to: owner.email,
          subject: `Đơn hàng mới ${order.code} — Sàn TMĐT Quảng Ngãi`,
          html,
          text,
          messageId: `new-order.${event.id}.${owner.userId}`,
        });
      }
    },
  };
}
