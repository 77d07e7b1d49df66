/** The console's rules and policies pages. */
export const consolePoliciesVi = {
  title: 'Quy chế và chính sách',
  intro:
    'Mỗi văn bản có các phiên bản. Phiên bản mới được thông báo trên sàn và gửi thư tới mọi người dùng đã xác nhận email ngay khi công bố, và chỉ áp dụng sau ít nhất 5 ngày làm việc. Từ ngày áp dụng, người dùng được hỏi đồng ý lại.',
  document: 'Văn bản',
  inForce: 'Đang áp dụng',
  upcoming: 'Sắp áp dụng',
  versionFrom: (version: number, from: string) => `Phiên bản ${version}, từ ${from}`,
  accepted: (count: number) => `${count.toLocaleString('vi-VN')} người đã đồng ý`,
  announced: (count: number, done: boolean) =>
    `Đã gửi thư cho ${count.toLocaleString('vi-VN')} người${done ? ' (xong)' : ' (đang gửi…)'}`,
  none: 'Không có',
  newVersion: 'Công bố phiên bản mới',
  oneWaits: 'Đã có phiên bản chờ áp dụng',
  formTitle: (title: string) => `Phiên bản mới: ${title}`,
  formIntro: (version: number, earliest: string) =>
    `Nội dung dưới đây là phiên bản ${version} đang áp dụng; sửa thành phiên bản mới. Ngày áp dụng sớm nhất là ${earliest} (5 ngày làm việc sau hôm nay).`,
  summary: 'Tóm tắt thay đổi',
  summaryHint: 'Một hai câu nói điều gì thay đổi: gửi trong thư thông báo và hiện trong danh sách phiên bản.',
  effectiveFrom: 'Ngày áp dụng',
  body: 'Nội dung (tiếng Việt, bản có giá trị)',
  bodyHint:
    'Dòng bắt đầu bằng “# ” là đề mục, “- ” là gạch đầu dòng, “1. ” là danh sách số; dòng trống ngăn đoạn. Trường thay thế được dùng: {{operator.name}}, {{operator.address}}, {{operator.phone}}, {{operator.email}}, {{site.name}}, {{site.url}}.',
  bodyEn: 'Bản dịch tiếng Anh (không bắt buộc)',
  submit: 'Công bố và thông báo',
  cancel: 'Huỷ',
  published: (version: number, from: string) =>
    `Đã công bố phiên bản ${version}, áp dụng từ ${from}. Thư thông báo đang được gửi.`,
};

export type ConsolePoliciesMessages = typeof consolePoliciesVi;

export const consolePoliciesEn: ConsolePoliciesMessages = {
  title: 'Rules and policies',
  intro:
    'Each document has versions. A new version is announced on the site and mailed to every user with a confirmed e-mail as soon as it is published, and applies after at least 5 working days. From that day, users are asked to accept it.',
  document: 'Document',
  inForce: 'In force',
  upcoming: 'Upcoming',
  versionFrom: (version, from) => `Version ${version}, from ${from}`,
  accepted: (count) => `${count.toLocaleString('en-GB')} people accepted`,
  announced: (count, done) => `Mailed to ${count.toLocaleString('en-GB')} people${done ? ' (done)' : ' (sending…)'}`,
  none: 'None',
  newVersion: 'Publish a new version',
  oneWaits: 'A version is already waiting',
  formTitle: (title) => `New version: ${title}`,
  formIntro: (version, earliest) =>
    `The text below is version ${version}, in force; edit it into the new version. The earliest day it may apply is ${earliest} (5 working days after today).`,
  summary: 'What changes',
  summaryHint: 'A sentence or two: sent in the announcement and shown in the list of versions.',
  effectiveFrom: 'Applies from',
  body: 'Text (Vietnamese, the one that prevails)',
  bodyHint:
    'A line starting “# ” is a heading, “- ” a bullet, “1. ” a numbered item; a blank line separates paragraphs. Placeholders: {{operator.name}}, {{operator.address}}, {{operator.phone}}, {{operator.email}}, {{site.name}}, {{site.url}}.',
  bodyEn: 'English translation (optional)',
  submit: 'Publish and announce',
  cancel: 'Cancel',
  published: (version, from) => `Version ${version} published, applying from ${from}. The announcement is being mailed.`,
};
