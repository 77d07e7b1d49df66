/**
 * The public pages' paths, as the web serves them (services/web: `/san-pham/{slug}`,
 * `/doanh-nghiep/{slug}`, `/danh-muc/{slug}`; the legal pages under `/chinh-sach`). Marketing
 * cannot import the web (it sits below it), so a page renamed there is renamed here too; the
 * sitemap test requests every URL the sitemap lists, which catches a path that drifted.
 */
export const sitePaths = {
  product: (slug: string) => `/san-pham/${slug}`,
  enterprise: (slug: string) => `/doanh-nghiep/${slug}`,
  category: (slug: string) => `/danh-muc/${slug}`,
};

/** Pages that are neither a product, an enterprise nor a category. */
export const STATIC_PATHS = [
  '/',
  '/doanh-nghiep',
  '/yeu-cau-bao-gia',
  '/chinh-sach',
  '/chinh-sach/quy-che-hoat-dong',
  '/chinh-sach/bao-mat',
  '/chinh-sach/doi-tra',
  '/chinh-sach/giao-hang',
  '/chinh-sach/thanh-toan',
  '/chinh-sach/kiem-hang',
  '/chinh-sach/kiem-duyet-danh-gia',
  '/chinh-sach/xep-hang-tim-kiem',
  '/thong-ke',
  '/dao-tao',
  '/san-pham-chu-luc',
  '/tin-tuc',
  '/so-tay-tmdt',
  '/van-ban-phap-luat',
  '/co-hoi-giao-thuong',
] as const;

/** What crawlers are asked to leave alone: the private areas, the API, carts and internal search. */
export const DISALLOWED_PATHS = [
  '/quan-tri',
  '/kenh-nguoi-ban',
  '/tai-khoan',
  '/gio-hang',
  '/thanh-toan',
  '/don-hang',
  '/dang-nhap',
  '/dang-ky',
  '/tim-kiem',
  '/r/',
  '/api/',
] as const;
