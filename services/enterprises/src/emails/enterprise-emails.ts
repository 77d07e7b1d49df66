import { renderEmail } from '@tradeqn/mail';

const decisionTexts = {
  approved: {
    subject: (name: string) => `Doanh nghiệp “${name}” đã được xác minh`,
    lines: [
      'Sở Công Thương tỉnh Quảng Ngãi đã xác minh hồ sơ doanh nghiệp của bạn.',
      'Gian hàng đã hiển thị công khai trên sàn; bạn có thể đăng sản phẩm ngay.',
    ],
    action: 'Xem gian hàng',
  },
  rejected: {
    subject: (name: string) => `Hồ sơ doanh nghiệp “${name}” chưa được chấp nhận`,
    lines: [
      'Sở Công Thương tỉnh Quảng Ngãi chưa chấp nhận hồ sơ doanh nghiệp của bạn.',
      'Vui lòng sửa hồ sơ theo lý do dưới đây rồi gửi lại; hồ sơ sẽ được xem xét lại.',
    ],
    action: 'Sửa hồ sơ',
  },
  suspended: {
    subject: (name: string) => `Gian hàng “${name}” bị tạm ngừng`,
    lines: [
      'Gian hàng của bạn tạm thời không hiển thị trên sàn, sản phẩm không được bán.',
      'Liên hệ Sở Công Thương để được hướng dẫn khôi phục.',
    ],
    action: 'Xem hồ sơ',
  },
  reinstated: {
    subject: (name: string) => `Gian hàng “${name}” đã được khôi phục`,
    lines: ['Gian hàng của bạn đã hiển thị lại trên sàn.'],
    action: 'Xem gian hàng',
  },
} as const;

export type DecisionStatus = keyof typeof decisionTexts;

export function decisionEmail(input: {
  decision: DecisionStatus;
  ownerName: string;
  enterpriseName: string;
  reason: string | null;
  link: string;
}) {
  const text = decisionTexts[input.decision];
  const { html, text: plain } = renderEmail({
    greeting: `Xin chào ${input.ownerName},`,
    paragraphs: [`Doanh nghiệp: ${input.enterpriseName}`, ...text.lines, ...(input.reason ? [`Lý do: ${input.reason}`] : [])],
    action: { label: text.action, url: input.link },
  });
  return { subject: `${text.subject(input.enterpriseName)} — Sàn TMĐT Quảng Ngãi`, html, text: plain };
}

export function invitationEmail(input: { enterpriseName: string; role: string; link: string; validDays: number }) {
  const { html, text } = renderEmail({
    greeting: 'Xin chào,',
    paragraphs: [
      `Bạn được mời tham gia quản lý gian hàng “${input.enterpriseName}” trên Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi với vai trò ${input.role === 'owner' ? 'chủ sở hữu' : 'nhân viên'}.`,
      'Đăng nhập (hoặc đăng ký) bằng chính địa chỉ email này rồi bấm nút dưới đây để chấp nhận.',
      `You have been invited to help run “${input.enterpriseName}” on the Quảng Ngãi e-commerce exchange.`,
    ],
    action: { label: 'Chấp nhận lời mời', url: input.link },
    note: `Lời mời có hiệu lực trong ${input.validDays} ngày. Nếu bạn không biết doanh nghiệp này, hãy bỏ qua thư.`,
  });
  return { subject: `Lời mời tham gia gian hàng “${input.enterpriseName}” — Sàn TMĐT Quảng Ngãi`, html, text };
}
