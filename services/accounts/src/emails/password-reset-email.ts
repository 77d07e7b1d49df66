import { renderEmail } from '@tradeqn/mail';

export function passwordResetEmail(input: { fullName: string; link: string; validMinutes: number }) {
  const { html, text } = renderEmail({
    greeting: `Xin chào ${input.fullName},`,
    paragraphs: [
      'Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn trên Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi.',
      'Bấm nút dưới đây để đặt mật khẩu mới. Sau khi đổi, mọi phiên đăng nhập khác của tài khoản sẽ kết thúc.',
      'Someone asked to reset the password of your account; use the link below to choose a new one.',
    ],
    action: { label: 'Đặt lại mật khẩu', url: input.link },
    note: `Liên kết có hiệu lực trong ${input.validMinutes} phút và chỉ dùng được một lần. Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.`,
  });
  return { subject: 'Đặt lại mật khẩu — Sàn TMĐT Quảng Ngãi', html, text };
}
