import { renderEmail } from '@tradeqn/mail';

export function verificationEmail(input: { fullName: string; link: string; validHours: number }) {
  const { html, text } = renderEmail({
    greeting: `Xin chào ${input.fullName},`,
    paragraphs: [
      'Cảm ơn bạn đã đăng ký tài khoản trên Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi.',
      'Vui lòng bấm nút dưới đây để xác nhận địa chỉ email. Sau khi xác nhận, bạn có thể đăng ký doanh nghiệp và đặt hàng.',
      'Please confirm your e-mail address to register an enterprise or place orders.',
    ],
    action: { label: 'Xác nhận email', url: input.link },
    note: `Liên kết có hiệu lực trong ${input.validHours} giờ. Nếu bạn không đăng ký tài khoản, hãy bỏ qua thư này.`,
  });
  return { subject: 'Xác nhận địa chỉ email — Sàn TMĐT Quảng Ngãi', html, text };
}
