import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { Schedule } from '@tradeqn/kit';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import { formatDateVn } from '@tradeqn/vn';
import { ProgrammeEvents } from '../contract/events.ts';
import type { SurveyLinks } from './survey-links.ts';
import type { SurveyService } from './survey-service.ts';

/** Invitations and reminders fall due on a timer; each worker claims its own (see `claimDueMails`). */
export function surveyMailingSchedule(survey: SurveyService, everyMs = 60_000): Schedule {
  return { name: 'programme.survey-mailing', everyMs, run: (now) => survey.claimDueMails(now) };
}

/** The invitation to answer a survey round, then the reminders: none once answered or closed. */
export function surveyMailSubscriber(deps: {
  survey: SurveyService;
  links: SurveyLinks;
  mailer: Mailer;
  inbox: InboxTable;
}): Subscriber {
  return defineSubscriber({
    name: 'programme.send-survey-mail',
    events: [ProgrammeEvents.surveyInvitationDue],
    inbox: deps.inbox,
    async run(event) {
      const { invitation, round, isAnswered, isOpen } = await deps.survey.invitation(event.payload.invitationId);
      if (isAnswered || !isOpen) return;
      const isReminder = event.payload.mailNumber > 1;
      const url = invitation.enterpriseId
        ? deps.links.workspaceUrl(invitation.enterpriseId, round.id)
        : deps.links.answerUrl(invitation.id);
      const { html, text } = renderEmail({
        greeting: `Kính gửi ${invitation.name},`,
        paragraphs: [
          isReminder
            ? `Sở Công Thương tỉnh Quảng Ngãi nhắc Quý doanh nghiệp chưa trả lời “${round.title}”.`
            : `Sở Công Thương tỉnh Quảng Ngãi mời Quý doanh nghiệp trả lời “${round.title}”.`,
          'Kết quả khảo sát giúp Sở đánh giá tình hình ứng dụng thương mại điện tử và xây dựng các chương trình hỗ trợ doanh nghiệp. Phiếu mất khoảng 5 phút.',
          `Hạn trả lời: ${formatDateVn(round.closesAt)}.`,
          invitation.enterpriseId
            ? 'Quý doanh nghiệp trả lời trong Kênh người bán của mình trên Sàn.'
            : 'Đường dẫn dưới đây dành riêng cho Quý doanh nghiệp, không cần tài khoản.',
        ],
        action: { label: 'Trả lời khảo sát', url },
      });
      await deps.mailer.send({
        to: invitation.email,
        subject: `${isReminder ? 'Nhắc trả lời' : 'Mời trả lời'}: ${round.title} — Sàn TMĐT Quảng Ngãi`,
        html,
        text,
        messageId: `survey.${event.id}`,
      });
    },
  });
}
