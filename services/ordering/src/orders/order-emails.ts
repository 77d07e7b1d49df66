import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import { formatVnd, resolveWard } from '@tradeqn/vn';
import { vatLabel } from '../checkout/pricing.ts';
import { OrderingEvents } from '../contract/index.ts';
import { createOrderLoaders } from './order-loaders.ts';
import type { OrderLineRow, OrderRepository, OrderRow } from './order-repository.ts';

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
        `• ${line.name}: ${line.quantity} ${line.unit} × ${formatVnd(line.unitPrice)} = ${formatVnd(line.lineTotal)} (thuế GTGT ${vatLabel(line.vatCategory)})`,
    ),
    `Tạm tính ${formatVnd(order.subtotal)}; phí giao hàng ${order.shippingFee === 0 ? 'miễn phí' : formatVnd(order.shippingFee)}; tổng cộng ${formatVnd(order.total)} (đã gồm thuế GTGT ${formatVnd(order.vatIncluded)}).`,
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
  const unique = [...new Set(ids)];
  const found = await Promise.all(
    unique.map(async (id) => {
      const [enterprise, owners] = await Promise.all([enterprises.getEnterprise(id), enterprises.listOwners(id)]);
      return { id, enterprise, owners };
    }),
  );
  const facts: SellerFacts = new Map();
  for (const { id, enterprise, owners } of found) {
    facts.set(id, {
      name: enterprise?.name ?? '',
      address: enterprise
        ? [enterprise.street, placeName(enterprise.provinceCode, enterprise.wardCode)].filter(Boolean).join(', ') +
          // an individual seller's tax code is their citizen ID, which is not shown
          `${enterprise.taxCode ? ` · MST ${enterprise.taxCode}` : ''} · ĐT ${enterprise.phone} · ${enterprise.email}`
        : '',
      owners,
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
  const loaders = createOrderLoaders(deps.db, deps.repo);
  return defineSubscriber({
    name: 'ordering.send-checkout-confirmation',
    events: [OrderingEvents.checkoutPlaced],
    inbox: deps.inbox,
    // the e-mail carries its Message-ID, so running again after a crash cannot send two different ones
    async run(event) {
      const orders = await loaders.ofCheckout(event.payload.checkoutId);
      const [buyer, lines, sellers] = await Promise.all([
        deps.accounts.getUser(event.payload.buyerId),
        loaders.linesOf(orders.map((order) => order.id)),
        sellerFacts(
          deps.enterprises,
          orders.map((order) => order.enterpriseId),
        ),
      ]);
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
          `Tổng thanh toán: ${formatVnd(total)}. Phương thức: ${METHOD_LABELS[first.paymentMethod] ?? first.paymentMethod}.`,
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
  });
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
  const loaders = createOrderLoaders(deps.db, deps.repo);
  return defineSubscriber({
    name: 'ordering.send-new-order-notice',
    events: [OrderingEvents.placed],
    inbox: deps.inbox,
    async run(event) {
      const [owners, order] = await Promise.all([
        deps.enterprises.listOwners(event.payload.enterpriseId),
        loaders.order(event.payload.orderId),
      ]);
      if (owners.length === 0 || !order) return;
      const lines = await loaders.linesOf([order.id]);
      for (const owner of owners) {
        const { html, text } = renderEmail({
          greeting: `Xin chào ${owner.fullName},`,
          paragraphs: [
            `${order.seller.name} có đơn hàng mới ${order.code}, tổng ${formatVnd(order.total)} (${METHOD_LABELS[order.paymentMethod] ?? order.paymentMethod}).`,
            ...lines.map((line) => `• ${line.name}: ${line.quantity} ${line.unit} × ${formatVnd(line.unitPrice)}`),
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
  });
}
