import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import { formatVnd } from '@tradeqn/vn';
import { ProgrammeEvents } from '../contract/events.ts';
import { type ApplicationService, STATUS_VI } from './application-service.ts';

/** Who is written to: the person who applied (accounts answers, through the contract). */
export interface ApplicantDirectory {
  getUser(id: string): Promise<{ email: string; fullName: string } | null>;
}

/** What each step tells the applicant, after the greeting. */
function paragraphsOf(facts: NonNullable<Awaited<ReturnType<ApplicationService['mailFacts']>>>): string[] {
  const { application, entry } = facts;
  const what = `hồ sơ đề nghị hỗ trợ “${application.lineNameVi}” năm ${application.year} của ${application.enterpriseName}`;
  switch (entry.action) {
    case 'submit':
      return [`Sở Công Thương đã nhận ${what}.`, 'Chúng tôi sẽ xem xét và báo kết quả qua email này.'];
    case 'ask_more':
      return [
        `Sở Công Thương đề nghị bổ sung ${what}:`,
        entry.message ?? '',
        'Vui lòng trả lời và gửi thêm tài liệu trên trang hồ sơ.',
      ];
    case 'answer':
      return [`Sở Công Thương đã nhận phần bổ sung ${what} và tiếp tục xem xét.`];
    case 'approve':
      return [
        `${what[0]?.toUpperCase()}${what.slice(1)} đã được phê duyệt.`,
        `Mức hỗ trợ: ${formatVnd(application.amount)} (ngân sách tỉnh ${formatVnd(application.provincialShare)}, ngân sách trung ương ${formatVnd(application.centralShare)}, doanh nghiệp đối ứng ${formatVnd(application.enterpriseShare)}).`,
      ];
    case 'reject':
      return [
        `${what[0]?.toUpperCase()}${what.slice(1)} không được chấp thuận.`,
        `Lý do: ${facts.rejectionReason ?? entry.message ?? ''}`,
      ];
    case 'pay':
      return [`Kinh phí hỗ trợ cho ${what} đã được giải ngân (chứng từ: ${facts.paymentReference ?? ''}).`];
    default:
      return [`Trạng thái ${what}: ${STATUS_VI[application.status]}.`];
  }
}

/** Mails the applicant about each step of their application; once in effect (Message-ID from the event). */
export function supportApplicationEmailSubscriber(deps: {
  applications: ApplicationService;
  accounts: ApplicantDirectory;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
}): Subscriber {
  return defineSubscriber({
    name: 'programme.send-support-application-email',
    events: [ProgrammeEvents.supportApplicationChanged],
    inbox: deps.inbox,
    async run(event) {
      const facts = await deps.applications.mailFacts(event.payload.applicationId, event.payload.historyId);
      if (!facts) return;
      const applicant = await deps.accounts.getUser(facts.applicantId);
      // an erased account has no one left to write to
      if (!applicant) return;
      const { application } = facts;
      const page = new URL(`/kenh-nguoi-ban/${application.enterpriseId}/ho-tro/${application.id}`, deps.publicUrl).toString();
      const { html, text } = renderEmail({
        greeting: `Xin chào ${applicant.fullName},`,
        paragraphs: paragraphsOf(facts).filter(Boolean),
        action: { label: 'Xem hồ sơ', url: page },
      });
      await deps.mailer.send({
        to: applicant.email,
        subject: `Hồ sơ hỗ trợ “${application.lineNameVi}” ${STATUS_VI[facts.entry.toStatus as keyof typeof STATUS_VI] ?? ''} — Sàn TMĐT Quảng Ngãi`,
        html,
        text,
        messageId: `support-application.${event.id}`,
      });
    },
  });
}
