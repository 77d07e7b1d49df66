import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import { formatDateTimeVn, formatVnd } from '@tradeqn/vn';
import { OrderingEvents } from '../contract/index.ts';
import { OUTCOME_LABELS, REASON_LABELS, ROLE_LABELS } from './complaint-labels.ts';
import { createComplaintRepository } from './complaint-repository.ts';
import type { ComplaintOutcome, ComplaintReason } from './complaint-schemas.ts';

type Party = 'buyer' | 'seller' | 'staff';

interface Letter {
  to: Party[];
  subject: string;
  paragraphs: string[];
}

const SITE = 'Sàn TMĐT Quảng Ngãi';

/**
 * Every step of a complaint is told to the other parties: the seller's owners, the buyer, and
 * the province's mediation mailbox while it mediates. Each e-mail carries a Message-ID made of the
 * event and the recipient, so a handler run twice after a crash sends nothing new.
 */
export function complaintMailSubscriber(deps: {
  db: Db;
  accounts: Pick<AccountsApi, 'getUser'>;
  enterprises: Pick<EnterprisesApi, 'listOwners'>;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
  /** The province's mailbox for mediation (none: staff follow the console's queue). */
  mediationEmail: string | null;
}): Subscriber {
  const repo = createComplaintRepository();
  const url = (path: string) => new URL(path, deps.publicUrl).toString();
  return defineSubscriber({
    name: 'ordering.send-complaint-mail',
    events: [
      OrderingEvents.complaintOpened,
      OrderingEvents.complaintAnswered,
      OrderingEvents.complaintEscalated,
      OrderingEvents.complaintMessaged,
      OrderingEvents.complaintClosed,
    ],
    inbox: deps.inbox,
    async run(event) {
      const complaint = await repo.byId(deps.db, event.payload.complaintId);
      if (!complaint) return;
      const code = complaint.orderCode;
      const reason = REASON_LABELS[complaint.reason as ComplaintReason] ?? complaint.reason;
      let letter: Letter | undefined;
      switch (event.type) {
        case OrderingEvents.complaintOpened.name:
          letter = {
            to: ['seller'],
            subject: `Khiếu nại mới về đơn ${code} — ${SITE}`,
            paragraphs: [
              `Người mua đã khiếu nại đơn ${code} của ${complaint.sellerName}. Lý do: ${reason}.`,
              `“${complaint.body}”`,
              `Vui lòng trả lời trước ${formatDateTimeVn(complaint.answerDueAt.toISOString())}; quá hạn, Sở Công Thương sẽ hoà giải.`,
            ],
          };
          break;
        case OrderingEvents.complaintAnswered.name:
          letter = {
            to: ['buyer'],
            subject: `${complaint.sellerName} đã trả lời khiếu nại đơn ${code} — ${SITE}`,
            paragraphs: [
              `Doanh nghiệp đã trả lời khiếu nại của bạn về đơn ${code}:`,
              `“${complaint.answer ?? ''}”`,
              'Nếu đồng ý, bạn đóng khiếu nại; nếu chưa, bạn có thể đề nghị Sở Công Thương hoà giải.',
            ],
          };
          break;
        case OrderingEvents.complaintEscalated.name: {
          const by = (event.payload as { by: string }).by;
          letter = {
            to: by === 'buyer' ? ['seller', 'staff'] : by === 'seller' ? ['buyer', 'staff'] : ['buyer', 'seller', 'staff'],
            subject: `Khiếu nại đơn ${code} chuyển Sở Công Thương hoà giải — ${SITE}`,
            paragraphs: [
              by === 'system'
                ? `Doanh nghiệp ${complaint.sellerName} chưa trả lời khiếu nại về đơn ${code} trong hạn: Sở Công Thương sẽ hoà giải.`
                : `${ROLE_LABELS[by] ?? by} đã đề nghị Sở Công Thương hoà giải khiếu nại về đơn ${code}.`,
              `Lý do khiếu nại: ${reason}.`,
            ],
          };
          break;
        }
        case OrderingEvents.complaintMessaged.name: {
          const author = (event.payload as { authorRole: string }).authorRole;
          const others: Party[] = (['buyer', 'seller'] as const).filter((party) => party !== author);
          if (author !== 'staff' && complaint.status === 'mediation') others.push('staff');
          letter = {
            to: others,
            subject: `Tin nhắn mới trong khiếu nại đơn ${code} — ${SITE}`,
            paragraphs: [
              `${ROLE_LABELS[author] ?? author} đã viết trong khiếu nại về đơn ${code}. Mở khiếu nại để đọc và trả lời.`,
            ],
          };
          break;
        }
        case OrderingEvents.complaintClosed.name: {
          const outcome = (complaint.outcome ?? 'rejected') as ComplaintOutcome;
          const byBuyer = complaint.closedByRole === 'buyer';
          letter = {
            // staff mediating it learn that the buyer closed it themselves
            to: byBuyer ? ['seller', ...(complaint.mediationAt ? (['staff'] as const) : [])] : ['buyer', 'seller'],
            subject: `Khiếu nại đơn ${code} đã đóng: ${OUTCOME_LABELS[outcome]} — ${SITE}`,
            paragraphs: [
              `Khiếu nại về đơn ${code} đã đóng. Kết quả: ${OUTCOME_LABELS[outcome]}${
                outcome === 'refund' && complaint.refundAmount !== null ? ` ${formatVnd(complaint.refundAmount)}` : ''
              }.`,
              ...(complaint.resolution
                ? [`${byBuyer ? 'Ghi chú của người mua' : 'Lý do của Sở Công Thương'}: ${complaint.resolution}`]
                : []),
              ...(outcome === 'refund'
                ? ['Tiền được hoàn về phương thức bạn đã thanh toán; thời gian nhận tiền tuỳ ngân hàng.']
                : []),
            ],
          };
          break;
        }
      }
      if (!letter) return;
      const links: Record<Party, string> = {
        buyer: url(`/don-hang/${complaint.orderId}#khieu-nai`),
        seller: url(`/kenh-nguoi-ban/${complaint.enterpriseId}/khieu-nai/${complaint.id}`),
        staff: url(`/quan-tri/khieu-nai/${complaint.id}`),
      };
      const recipients: { party: Party; key: string; email: string; fullName: string }[] = [];
      if (letter.to.includes('buyer')) {
        const buyer = await deps.accounts.getUser(complaint.buyerId);
        if (buyer) recipients.push({ party: 'buyer', key: buyer.id, email: buyer.email, fullName: buyer.fullName });
      }
      if (letter.to.includes('seller')) {
        for (const owner of await deps.enterprises.listOwners(complaint.enterpriseId)) {
          recipients.push({ party: 'seller', key: owner.userId, email: owner.email, fullName: owner.fullName });
        }
      }
      if (letter.to.includes('staff') && deps.mediationEmail) {
        recipients.push({ party: 'staff', key: 'staff', email: deps.mediationEmail, fullName: 'Sở Công Thương Quảng Ngãi' });
      }
      for (const recipient of recipients) {
        const { html, text } = renderEmail({
          greeting: `Xin chào ${recipient.fullName},`,
          paragraphs: letter.paragraphs,
          action: { label: 'Xem khiếu nại', url: links[recipient.party] },
        });
        await deps.mailer.send({
          to: recipient.email,
          subject: letter.subject,
          html,
          text,
          messageId: `complaint.${event.id}.${recipient.key}`,
        });
      }
    },
  });
}
