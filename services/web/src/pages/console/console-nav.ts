/** Province staff roles, weakest first: an admin may do everything a moderator may. */
export type StaffRole = 'moderator' | 'admin';
/** Who a section is for: staff, or the editorial board (editors; admins see every section). */
export type SectionRole = StaffRole | 'editor';

/** Every section of the province console (`/quan-tri`), with the role it needs. */
export const CONSOLE_SECTIONS = {
  start: { path: '/quan-tri', role: 'moderator' },
  enterprises: { path: '/quan-tri/doanh-nghiep', role: 'moderator' },
  products: { path: '/quan-tri/san-pham', role: 'moderator' },
  keywords: { path: '/quan-tri/tu-khoa-cam', role: 'moderator' },
  banners: { path: '/quan-tri/quang-cao', role: 'moderator' },
  newsletter: { path: '/quan-tri/ban-tin', role: 'moderator' },
  people: { path: '/quan-tri/tai-khoan', role: 'admin' },
  apiKeys: { path: '/quan-tri/khoa-api', role: 'admin' },
  partners: { path: '/quan-tri/doi-tac', role: 'admin' },
  payments: { path: '/quan-tri/thanh-toan', role: 'admin' },
  tax: { path: '/quan-tri/thue', role: 'admin' },
  annualReport: { path: '/quan-tri/bao-cao-nam', role: 'moderator' },
  programme: { path: '/quan-tri/chuong-trinh', role: 'moderator' },
  survey: { path: '/quan-tri/khao-sat', role: 'moderator' },
  training: { path: '/quan-tri/dao-tao', role: 'moderator' },
  support: { path: '/quan-tri/ho-tro-doanh-nghiep', role: 'moderator' },
  content: { path: '/quan-tri/noi-dung', role: 'editor' },
  complaints: { path: '/quan-tri/khieu-nai', role: 'moderator' },
  reviews: { path: '/quan-tri/danh-gia', role: 'moderator' },
  takedowns: { path: '/quan-tri/go-bo', role: 'moderator' },
  reports: { path: '/quan-tri/bao-cao-vi-pham', role: 'moderator' },
  breaches: { path: '/quan-tri/su-co-du-lieu', role: 'admin' },
  dataRequests: { path: '/quan-tri/yeu-cau-du-lieu', role: 'admin' },
  accessLog: { path: '/quan-tri/nhat-ky-truy-cap', role: 'admin' },
  policies: { path: '/quan-tri/chinh-sach', role: 'admin' },
  jobs: { path: '/quan-tri/cong-viec-loi', role: 'admin' },
} as const satisfies Record<string, { path: string; role: SectionRole }>;

export type ConsoleSection = keyof typeof CONSOLE_SECTIONS;

export function consolePath(section: ConsoleSection, rest = ''): string {
  return `${CONSOLE_SECTIONS[section].path}${rest}`;
}

export const CONSOLE_NAV: readonly ConsoleSection[] = [
  'start',
  'enterprises',
  'products',
  'keywords',
  'banners',
  'newsletter',
  'people',
  'apiKeys',
  'partners',
  'payments',
  'tax',
  'annualReport',
  'programme',
  'survey',
  'training',
  'support',
  'content',
  'complaints',
  'reviews',
  'takedowns',
  'reports',
  'breaches',
  'dataRequests',
  'accessLog',
  'policies',
  'jobs',
];
