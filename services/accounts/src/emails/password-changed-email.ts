import { renderEmail } from '@tradeqn/mail';

/** The notice after a password change: if it was not the owner, they learn of it and can take the account back. */
export function passwordChangedEmail(input: { fullName: string; how: 'reset' | 'change'; resetUrl: string }) {
  const { html, text } = renderEmail({
    greeting: `Xin chào ${input.fullName},`,
    paragraphs: [
      input.how === 'reset'
        ? 'Mật khẩu tài khoản của bạn trên Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi vừa được đặt lại bằng liên kết gửi tới email này.'
        : 'Mật khẩu tài khoản của bạn trên Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi vừa được đổi.',
      'Các phiên đăng nhập khác của tài khoản đã kết thúc.',
      'The password of your account was just changed; your other sessions have ended.',
    ],
    action: { label: 'Không phải bạn? Đặt lại mật khẩu', url: input.resetUrl },
    note: 'Nếu chính bạn đã đổi mật khẩu, bạn không cần làm gì thêm.',
  });
  return { subject: 'Mật khẩu đã được thay đổi — Sàn TMĐT Quảng Ngãi', html, text };
}
