/** The console's queue of people's requests about their data (`/quan-tri/yeu-cau-du-lieu`). */
export const dataRequestQueueVi = {
  title: 'Yêu cầu về dữ liệu cá nhân',
  intro:
    'Trả lời trong 72 giờ kể từ khi nhận (Nghị định 13/2023). Người gửi nhận trả lời qua e-mail và trong trang Dữ liệu của tôi.',
  filterStatus: 'Trạng thái',
  empty: 'Không có yêu cầu nào ở trạng thái này.',
  from: (name: string, email: string) => `${name} <${email}>`,
  received: (at: string) => `nhận lúc ${at}`,
  due: (at: string) => `hạn ${at}`,
  overdue: 'Quá hạn',
  outcome: 'Kết quả',
  outcomes: { done: 'Đã thực hiện', rejected: 'Từ chối (nêu lý do)' } as Record<string, string>,
  answer: 'Trả lời gửi người yêu cầu',
  submit: 'Gửi trả lời',
  answered: 'Đã trả lời; người gửi nhận e-mail.',
  accessTitle: 'Nhật ký xem dữ liệu nhạy cảm',
  accessIntro:
    'Mỗi lần cán bộ mở tờ khai khấu trừ thuế (doanh thu, thuế của từng người bán) hay dữ liệu riêng của doanh nghiệp (tài khoản ngân hàng, giấy phép, đăng ký thuế) đều được ghi lại ở đây; không ai sửa hay xoá được.',
  accessCaption: 'Lượt xem, mới nhất trước',
  accessEmpty: 'Chưa có lượt xem nào.',
  accessColumns: { at: 'Lúc', viewer: 'Cán bộ', subject: 'Dữ liệu', ref: 'Của' },
  subjects: {
    'tax-return': 'Tờ khai khấu trừ thuế tháng',
    'enterprise-private-data': 'Dữ liệu riêng của doanh nghiệp',
    'citizen-id': 'Số định danh cá nhân của người bán',
  } as Record<string, string>,
  older: 'Cũ hơn',
};

export type DataRequestQueueMessages = typeof dataRequestQueueVi;

export const dataRequestQueueEn: DataRequestQueueMessages = {
  title: 'Personal-data requests',
  intro: 'Answer within 72 hours of receipt (Decree 13/2023). The person gets the answer by e-mail and on their My data page.',
  filterStatus: 'Status',
  empty: 'No requests in this state.',
  from: (name: string, email: string) => `${name} <${email}>`,
  received: (at: string) => `received ${at}`,
  due: (at: string) => `due ${at}`,
  overdue: 'Overdue',
  outcome: 'Outcome',
  outcomes: { done: 'Done', rejected: 'Refused (give the reason)' } as Record<string, string>,
  answer: 'Answer to the person',
  submit: 'Send the answer',
  answered: 'Answered; the person is mailed.',
  accessTitle: 'Sensitive-data access log',
  accessIntro:
    'Every time staff open the tax withholding return (each seller’s revenue and tax) or an enterprise’s private data (bank account, licence, tax registration) is recorded here; nobody can change or delete it.',
  accessCaption: 'Views, newest first',
  accessEmpty: 'No views yet.',
  accessColumns: { at: 'At', viewer: 'Staff', subject: 'Data', ref: 'Whose' },
  subjects: {
    'tax-return': 'Monthly tax withholding return',
    'enterprise-private-data': 'An enterprise’s private data',
    'citizen-id': 'An individual seller’s citizen ID',
  } as Record<string, string>,
  older: 'Older',
};
