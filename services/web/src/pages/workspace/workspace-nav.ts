/**
 * Every section of an enterprise's workspace, by the path under `/kenh-nguoi-ban/{enterpriseId}`.
 * Pages link with `workspacePath(id, 'products')` so a section's address lives in one place.
 */
export const WORKSPACE_SECTIONS = {
  overview: '',
  profile: '/ho-so',
  storefront: '/gian-hang',
  products: '/san-pham',
  newProduct: '/san-pham/moi',
  productImport: '/san-pham/nhap-excel',
  productExport: '/san-pham/xuat-excel',
  orders: '/don-hang',
  quotes: '/bao-gia',
  complaints: '/khieu-nai',
  reviews: '/danh-gia',
  money: '/tai-chinh',
  banners: '/quang-cao',
  support: '/ho-tro',
  survey: '/khao-sat',
  newsletter: '/ban-tin',
  members: '/thanh-vien',
} as const;

export type WorkspaceSection = keyof typeof WORKSPACE_SECTIONS;

export const WORKSPACE_ROOT = '/kenh-nguoi-ban';
/** Registering a new enterprise (any signed-in person). */
export const WORKSPACE_REGISTER = '/kenh-nguoi-ban/dang-ky';

export function workspacePath(enterpriseId: string, section: WorkspaceSection = 'overview', rest = ''): string {
  return `${WORKSPACE_ROOT}/${enterpriseId}${WORKSPACE_SECTIONS[section]}${rest}`;
}

/** The side navigation, in order (the sub-pages of products are reached from its list). */
export const WORKSPACE_NAV: readonly WorkspaceSection[] = [
  'overview',
  'profile',
  'storefront',
  'products',
  'orders',
  'complaints',
  'reviews',
  'quotes',
  'money',
  'banners',
  'support',
  'survey',
  'newsletter',
  'members',
];
