import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import { formatVnd } from '@tradeqn/vn';
import { eq } from 'drizzle-orm';
import { OrderingEvents } from '../contract/index.ts';
import { quotes, rfqs } from '../db/schema.ts';

const zone = { timeZone: 'Asia/Ho_Chi_Minh' } as const;
const clock = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone });
const day = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', ...zone });

/** The buyer of a request for quotes learns of each quote: who, at what price, how many, until when. */
export function quoteReceivedSubscriber(deps: {
  db: Db;
  accounts: Pick<AccountsApi, 'getUser'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprise'>;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
}): Subscriber {
  return defineSubscriber({
    name: 'ordering.send-quote-received',
    events: [OrderingEvents.quoteReceived],
    inbox: deps.inbox,
    // the e-mail carries its Message-ID (one a quote), so running again after a crash cannot send two different ones
    async run(event) {
      const [found] = await deps.db
        .select({ quote: quotes, rfq: rfqs })
        .from(quotes)
        .innerJoin(rfqs, eq(rfqs.id, quotes.rfqId))
        .where(eq(quotes.id, event.payload.quoteId));
      if (!found) return;
      const { quote, rfq } = found;
      const [buyer, seller] = await Promise.all([
        deps.accounts.getUser(rfq.buyerId),
        deps.enterprises.getEnterprise(quote.enterpriseId),
      ]);
      if (!buyer) return;
      const sellerName = seller?.name ?? 'Một doanh nghiệp';
      const { html, text } = renderEmail({
        greeting: `Xin chào ${buyer.fullName},`,
        paragraphs: [
          `${sellerName} đã gửi báo giá cho yêu cầu “${rfq.title}”.`,
          `Đơn giá: ${formatVnd(quote.unitPrice)}/${rfq.unit}. Số lượng: ${quote.quantity} ${rfq.unit}. Thành tiền: ${formatVnd(quote.unitPrice * quote.quantity)}.`,
          `Báo giá có hiệu lực đến ${clock.format(quote.validUntil)} ngày ${day.format(quote.validUntil)}.`,
          `Lời nhắn của người bán: ${quote.message}`,
          'Bạn có thể so sánh các báo giá và chấp nhận một báo giá để đặt hàng với giá đã báo.',
        ],
        action: { label: 'Xem yêu cầu báo giá', url: new URL(`/yeu-cau-bao-gia/${rfq.id}`, deps.publicUrl).toString() },
      });
      await deps.mailer.send({
        to: buyer.email,
        subject: `Báo giá mới: ${rfq.title} — Sàn TMĐT Quảng Ngãi`,
        html,
        text,
        messageId: `quote-received.${quote.id}`,
      });
    },
  });
}
