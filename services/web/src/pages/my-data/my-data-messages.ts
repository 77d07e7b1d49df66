/** `/tai-khoan/du-lieu`: a person's copy of their data, and deleting their account. */
export const myDataVi = {
  title: 'Dữ liệu của tôi',
  intro:
    'Theo Luật Bảo vệ dữ liệu cá nhân, bạn được xem, tải về, sửa và xoá dữ liệu của mình. Sửa họ tên, điện thoại, địa chỉ trong trang Tài khoản.',
  exportHeading: 'Tải về dữ liệu của bạn',
  exportText:
    'Một tệp ZIP gồm tài khoản, sổ địa chỉ, các lần đồng ý, phiên đăng nhập, đơn hàng, khiếu nại, đánh giá, bản tin và doanh nghiệp bạn theo dõi; mỗi mục một tệp JSON và một tệp CSV (mở bằng Excel).',
  exportLink: 'Tải dữ liệu (ZIP)',
  deleteHeading: 'Xoá tài khoản',
  deleteText:
    'Bạn sẽ không đăng nhập lại được; họ tên, e-mail, điện thoại, sổ địa chỉ, đăng ký bản tin và theo dõi bị xoá. Đơn hàng đã đặt vẫn được người bán giữ vì luật kế toán và thuế, nhưng không còn tên, điện thoại, địa chỉ của bạn. Đánh giá của bạn hiện là “Người dùng đã xoá”. Không hoàn tác được.',
  deleteBlockedHint: 'Chưa xoá được khi còn đơn đang giao, khiếu nại chưa xong, hoặc bạn là chủ doanh nghiệp trên sàn.',
  password: 'Mật khẩu hiện tại',
  confirm: 'Tôi hiểu tài khoản bị xoá vĩnh viễn',
  confirmRequired: 'Đánh dấu ô xác nhận để xoá tài khoản',
  passwordRequired: 'Nhập mật khẩu hiện tại',
  deleteButton: 'Xoá vĩnh viễn tài khoản của tôi',
  deleted: 'Tài khoản của bạn đã được xoá. Cảm ơn bạn đã dùng sàn.',
  link: 'Dữ liệu của tôi',
  requestsHeading: 'Yêu cầu về dữ liệu của bạn',
  requestsText:
    'Muốn sửa điều bạn không tự sửa được, hạn chế hay phản đối việc xử lý dữ liệu của mình? Gửi yêu cầu; Sàn trả lời trong 72 giờ qua e-mail và tại đây.',
  kind: 'Loại yêu cầu',
  kinds: {
    access: 'Xem dữ liệu Sàn đang giữ',
    correct: 'Sửa dữ liệu',
    restrict: 'Hạn chế xử lý',
    object: 'Phản đối xử lý',
    other: 'Khác',
  } as Record<string, string>,
  requestText: 'Nội dung yêu cầu',
  requestRequired: 'Ghi rõ yêu cầu (ít nhất 5 ký tự)',
  send: 'Gửi yêu cầu',
  sent: 'Đã gửi yêu cầu; Sàn sẽ trả lời trong 72 giờ.',
  none: 'Bạn chưa gửi yêu cầu nào.',
  statuses: { open: 'Đang chờ trả lời', done: 'Đã thực hiện', rejected: 'Đã từ chối' } as Record<string, string>,
  dueBy: (at: string) => `hạn trả lời ${at}`,
  answer: 'Trả lời',
};

export type MyDataMessages = typeof myDataVi;

export const myDataEn: MyDataMessages = {
  title: 'My data',
  intro:
    'Under the Personal Data Protection Law you may see, download, correct and delete your data. Correct your name, phone and addresses on your Account page.',
  exportHeading: 'Download your data',
  exportText:
    'A ZIP file with your account, address book, consents, sign-ins, orders, complaints, reviews, newsletter and the enterprises you follow; each as a JSON and a CSV file (opens in Excel).',
  exportLink: 'Download my data (ZIP)',
  deleteHeading: 'Delete my account',
  deleteText:
    'You will not be able to sign in again; your name, e-mail, phone, address book, newsletter subscription and follows are deleted. Orders you placed stay with their sellers, as accounting and tax law require, but without your name, phone or address. Your reviews show “Deleted user”. This cannot be undone.',
  deleteBlockedHint: 'Not possible while an order is on its way, a complaint is open, or you own an enterprise on the exchange.',
  password: 'Current password',
  confirm: 'I understand my account is deleted for good',
  confirmRequired: 'Tick the box to delete your account',
  passwordRequired: 'Enter your current password',
  deleteButton: 'Delete my account for good',
  deleted: 'Your account was deleted. Thank you for using the exchange.',
  link: 'My data',
  requestsHeading: 'Requests about your data',
  requestsText:
    'Want something corrected that you cannot change yourself, or to restrict or object to how your data is used? Send a request; the exchange answers within 72 hours, by e-mail and here.',
  kind: 'Kind of request',
  kinds: {
    access: 'See the data the exchange holds',
    correct: 'Correct my data',
    restrict: 'Restrict its use',
    object: 'Object to its use',
    other: 'Other',
  } as Record<string, string>,
  requestText: 'Your request',
  requestRequired: 'Say what you ask (at least 5 characters)',
  send: 'Send the request',
  sent: 'Your request was sent; the exchange answers within 72 hours.',
  none: 'You have sent no requests.',
  statuses: { open: 'Waiting for an answer', done: 'Done', rejected: 'Refused' } as Record<string, string>,
  dueBy: (at: string) => `answer due ${at}`,
  answer: 'Answer',
};
