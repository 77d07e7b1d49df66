import { renderEmail } from '@tradeqn/mail';

const ROLE_NAMES = { admin: 'quản trị viên', moderator: 'kiểm duyệt viên' } as const;

/** To a new province staff member: their account exists, choose a password to start. */
export function staffInvitationEmail(input: {
  fullName: string;
  email: string;
  role: keyof typeof ROLE_NAMES;
  link: string;
  validMinutes: number;
}) {
  const { html, text } = renderEmail({
    greeting: `Xin chào ${input.fullName},`,
    paragraphs: [
      `Sở Công Thương đã tạo cho bạn tài khoản ${ROLE_NAMES[input.role]} trên Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi, đăng nhập bằng địa chỉ ${input.email}.`,
      'Bấm nút dưới đây để đặt mật khẩu, rồi đăng nhập và mở trang Quản trị sàn.',
      'A province staff account was created for you; use the link below to choose your password.',
    ],
    action: { label: 'Đặt mật khẩu', url: input.link },
    note: `Liên kết có hiệu lực trong ${input.validMinutes} phút và chỉ dùng được một lần. Khi hết hạn, hãy dùng “Quên mật khẩu” ở trang đăng nhập để nhận liên kết mới.`,
  });
  return { subject: 'Tài khoản cán bộ quản trị sàn — Sàn TMĐT Quảng Ngãi', html, text };
}
