import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { Mailer } from '@tradeqn/mail';
import { renderEmail } from '@tradeqn/mail';
import { AccountsEvents } from '../contract/index.ts';
import { createUserRepository } from '../users/user-repository.ts';
import type { DataRequestService } from './data-request-service.ts';

const KIND_VI: Record<string, string> = {
  access: 'xem dữ liệu',
  correct: 'sửa dữ liệu',
  restrict: 'hạn chế xử lý dữ liệu',
  object: 'phản đối xử lý dữ liệu',
  other: 'về dữ liệu cá nhân',
};

/** Mails the person staff's answer to their request about their data. */
export function dataRequestAnsweredSubscriber(deps: {
  requests: DataRequestService;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
}): Subscriber {
  const users = createUserRepository();
  return defineSubscriber({
    name: 'accounts.send-data-request-answer',
    events: [AccountsEvents.dataRequestAnswered],
    inbox: deps.inbox,
    async handle(event, { tx }) {
      // both read in the job's transaction: the embedded database has one connection
      const user = await users.findById(tx, event.payload.userId);
      const request = await deps.requests.byId(event.payload.requestId, tx);
      // a person who deleted their account since has no address to write to
      if (!user || user.erasedAt || !request?.answer) return;
      const { html, text } = renderEmail({
        greeting: `Xin chào ${user.fullName},`,
        paragraphs: [
          `Yêu cầu ${KIND_VI[request.kind] ?? ''} bạn gửi ngày ${request.createdAt.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })} đã được ${request.status === 'done' ? 'thực hiện' : 'xem xét và từ chối'}.`,
          `Trả lời của Sàn: ${request.answer}`,
          'Your request about your personal data has been answered; the answer is above and in your account.',
        ],
        action: { label: 'Xem trong tài khoản', url: new URL('/tai-khoan/du-lieu', deps.publicUrl).toString() },
      });
      await deps.mailer.send({
        to: user.email,
        subject: 'Trả lời yêu cầu về dữ liệu cá nhân — Sàn TMĐT Quảng Ngãi',
        html,
        text,
        messageId: `data-request-answer.${event.id}`,
      });
    },
  });
}
