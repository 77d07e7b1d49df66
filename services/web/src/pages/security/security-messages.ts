import type { Locale } from '../../i18n/locale.ts';

const vi = {
  signIn: {
    title: 'Nhập mã xác thực',
    intro: 'Tài khoản của bạn đã bật xác thực hai lớp. Mở ứng dụng xác thực trên điện thoại và nhập mã 6 chữ số đang hiện.',
    code: 'Mã xác thực',
    codeHint: 'Mã 6 chữ số, hoặc một mã khôi phục nếu bạn không có điện thoại bên mình',
    submit: 'Xác nhận',
    wrongCode: 'Mã không đúng, đã hết hạn hoặc đã được dùng. Hãy nhập mã mới nhất trong ứng dụng.',
    expired: 'Bước xác thực đã hết hạn. Vui lòng đăng nhập lại.',
    tooMany: 'Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
  },
  security: {
    title: 'Bảo mật tài khoản',
    twoFactor: 'Xác thực hai lớp',
    staffRequired: 'Tài khoản cán bộ tỉnh phải bật xác thực hai lớp trước khi vào khu quản trị. Hãy thiết lập ngay bên dưới.',
    on: (left: number) => `Đang bật. Còn ${left} mã khôi phục chưa dùng.`,
    off: 'Đang tắt. Khi bật, mỗi lần đăng nhập bạn cần thêm một mã từ ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator…).',
    start: 'Bật xác thực hai lớp',
    setupTitle: 'Thiết lập xác thực hai lớp',
    scan: 'Bước 1. Mở ứng dụng xác thực và quét mã QR này.',
    qrAlt: 'Mã QR để thêm tài khoản vào ứng dụng xác thực',
    manual: 'Không quét được? Nhập khoá bí mật này vào ứng dụng:',
    confirmIntro: 'Bước 2. Nhập mã 6 chữ số ứng dụng đang hiện để xác nhận.',
    confirm: 'Xác nhận và bật',
    enabledTitle: 'Đã bật xác thực hai lớp',
    recoveryIntro:
      'Đây là các mã khôi phục. Mỗi mã dùng được một lần khi bạn không có điện thoại. Hãy in hoặc chép lại và cất ở nơi an toàn: chúng chỉ hiện một lần này.',
    continue: 'Tiếp tục',
    disableTitle: 'Tắt xác thực hai lớp',
    disableIntro: 'Nhập một mã từ ứng dụng (hoặc một mã khôi phục) để tắt.',
    disableStaff: 'Nếu tắt, bạn sẽ không vào được khu quản trị cho tới khi bật lại.',
    disable: 'Tắt xác thực hai lớp',
    disabled: 'Đã tắt xác thực hai lớp.',
    privacyLink: 'Quyền riêng tư và sự đồng ý',
  },
  privacy: {
    title: 'Quyền riêng tư và sự đồng ý',
    intro:
      'Bạn quyết định riêng cho từng mục đích. Mục đích nào bạn chưa đồng ý thì được coi là không đồng ý. Bạn có thể rút lại bất cứ lúc nào, dễ như khi đồng ý.',
    notice: 'Đọc Chính sách bảo mật thông tin',
    purposes: {
      account: {
        name: 'Vận hành tài khoản',
        text: 'Sàn được dùng họ tên, email, số điện thoại và địa chỉ của tôi để vận hành tài khoản, giao đơn hàng và liên hệ về giao dịch.',
      },
      marketing: {
        name: 'Thư tiếp thị',
        text: 'Sàn được gửi cho tôi bản tin và thư giới thiệu sản phẩm, chương trình của các doanh nghiệp Quảng Ngãi.',
      },
      tracking: {
        name: 'Đo lường hành vi',
        text: 'Sàn được ghi nhận các trang tôi xem và các lần nhấp quảng cáo để đo lường và cải thiện dịch vụ.',
      },
    } as Record<string, { name: string; text: string }>,
    granted: 'Đã đồng ý',
    refused: 'Chưa đồng ý',
    version: (version: string) => `Phiên bản nội dung ${version}`,
    decidedAt: (when: string) => `Quyết định lúc ${when}`,
    give: 'Đồng ý',
    withdraw: 'Rút lại sự đồng ý',
    saved: 'Đã ghi nhận lựa chọn của bạn.',
    outdated: 'Nội dung vừa được cập nhật. Hãy đọc lại và chọn lại.',
    history: 'Lịch sử',
    historyEmpty: 'Bạn chưa đưa ra quyết định nào.',
    when: 'Thời điểm',
    purpose: 'Mục đích',
    decision: 'Quyết định',
    wording: 'Phiên bản nội dung',
  },
};

type SecurityMessages = typeof vi;

const en: SecurityMessages = {
  signIn: {
    title: 'Enter your code',
    intro:
      'Your account has two-factor sign-in on. Open the authenticator app on your phone and enter the 6-digit code it shows.',
    code: 'Code',
    codeHint: 'The 6-digit code, or a recovery code if you do not have your phone with you',
    submit: 'Confirm',
    wrongCode: 'The code is wrong, has expired or was already used. Enter the newest code in the app.',
    expired: 'The code step has expired. Please sign in again.',
    tooMany: 'Too many wrong codes. Please try again in 15 minutes.',
  },
  security: {
    title: 'Account security',
    twoFactor: 'Two-factor sign-in',
    staffRequired: 'Province staff accounts must set up two-factor sign-in before using the console. Set it up below.',
    on: (left: number) => `On. ${left} unused recovery codes left.`,
    off: 'Off. When on, each sign-in also asks for a code from an authenticator app on your phone (Google Authenticator, Microsoft Authenticator…).',
    start: 'Turn on two-factor sign-in',
    setupTitle: 'Set up two-factor sign-in',
    scan: 'Step 1. Open your authenticator app and scan this QR code.',
    qrAlt: 'QR code to add the account to an authenticator app',
    manual: 'Cannot scan? Type this secret key into the app:',
    confirmIntro: 'Step 2. Enter the 6-digit code the app shows to confirm.',
    confirm: 'Confirm and turn on',
    enabledTitle: 'Two-factor sign-in is on',
    recoveryIntro:
      'These are your recovery codes. Each works once when you do not have your phone. Print or copy them and keep them safe: they are shown only this once.',
    continue: 'Continue',
    disableTitle: 'Turn off two-factor sign-in',
    disableIntro: 'Enter a code from the app (or a recovery code) to turn it off.',
    disableStaff: 'If you turn it off, you cannot use the console until you turn it on again.',
    disable: 'Turn off two-factor sign-in',
    disabled: 'Two-factor sign-in is off.',
    privacyLink: 'Privacy and consent',
  },
  privacy: {
    title: 'Privacy and consent',
    intro:
      'You decide for each purpose on its own. A purpose you have not agreed to counts as refused. You can withdraw at any time, as easily as you agreed.',
    notice: 'Read the privacy policy',
    purposes: {
      account: {
        name: 'Running my account',
        text: 'The exchange may use my name, e-mail, phone and addresses to run my account, deliver orders and contact me about them.',
      },
      marketing: {
        name: 'Marketing e-mail',
        text: 'The exchange may send me newsletters and e-mails about products and programmes of Quảng Ngãi enterprises.',
      },
      tracking: {
        name: 'Measuring use',
        text: 'The exchange may record the pages I view and the ads I click to measure and improve the service.',
      },
    },
    granted: 'Agreed',
    refused: 'Not agreed',
    version: (version: string) => `Wording version ${version}`,
    decidedAt: (when: string) => `Decided at ${when}`,
    give: 'Agree',
    withdraw: 'Withdraw consent',
    saved: 'Your choice is recorded.',
    outdated: 'The wording has just changed. Read it again and choose again.',
    history: 'History',
    historyEmpty: 'You have not made any decision yet.',
    when: 'When',
    purpose: 'Purpose',
    decision: 'Decision',
    wording: 'Wording version',
  },
};

export function securityMessages(locale: Locale): SecurityMessages {
  return locale === 'en' ? en : vi;
}
