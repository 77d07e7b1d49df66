/** The province console's shell: its navigation and the words every console page shares. */
export const consoleVi = {
  areaName: 'Quản trị sàn',
  navLabel: 'Mục quản trị',
  nav: {
    start: 'Việc cần làm',
    enterprises: 'Doanh nghiệp',
    products: 'Kiểm duyệt sản phẩm',
    keywords: 'Từ khóa cấm',
    banners: 'Quảng cáo',
    newsletter: 'Bản tin e-mail',
    people: 'Tài khoản',
    apiKeys: 'Khóa API đối tác',
    partners: 'Webhook đối tác',
    payments: 'Thanh toán & hoàn tiền',
    tax: 'Khấu trừ thuế (NĐ 117)',
    annualReport: 'Báo cáo năm (Bộ Công Thương)',
    complaints: 'Khiếu nại & hoà giải',
    reviews: 'Duyệt đánh giá',
    takedowns: 'Yêu cầu gỡ bỏ (24 giờ)',
    breaches: 'Sự cố dữ liệu (72 giờ)',
    reports: 'Báo cáo vi phạm',
    jobs: 'Công việc lỗi',
  },
  roles: { admin: 'Quản trị viên', moderator: 'Kiểm duyệt viên', consumer: 'Người dùng' } as Record<string, string>,
};

export type ConsoleMessages = typeof consoleVi;

export const consoleEn: ConsoleMessages = {
  areaName: 'Exchange console',
  navLabel: 'Console sections',
  nav: {
    start: 'To do',
    enterprises: 'Enterprises',
    products: 'Product moderation',
    keywords: 'Prohibited keywords',
    banners: 'Banners',
    newsletter: 'E-mail newsletter',
    people: 'Accounts',
    apiKeys: 'Partner API keys',
    partners: 'Partner webhooks',
    payments: 'Payments & refunds',
    tax: 'Tax withheld (Decree 117)',
    annualReport: 'Annual report (Ministry)',
    complaints: 'Complaints & mediation',
    reviews: 'Review moderation',
    takedowns: 'Takedown requests (24 h)',
    breaches: 'Data breaches (72 h)',
    reports: 'Reports',
    jobs: 'Failed jobs',
  },
  roles: { admin: 'Administrator', moderator: 'Moderator', consumer: 'User' },
};
