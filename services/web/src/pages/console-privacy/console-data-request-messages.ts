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
};
