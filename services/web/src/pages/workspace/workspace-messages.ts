/** The workspace's shell: its navigation and the words every workspace page shares. */
export const workspaceVi = {
  areaName: 'Kênh người bán',
  navLabel: 'Mục của kênh người bán',
  nav: {
    overview: 'Tổng quan',
    profile: 'Hồ sơ & xác minh',
    storefront: 'Gian hàng',
    products: 'Sản phẩm',
    newProduct: 'Thêm sản phẩm',
    productImport: 'Nhập từ Excel',
    productExport: 'Xuất Excel',
    orders: 'Đơn hàng',
    quotes: 'Báo giá B2B',
    complaints: 'Khiếu nại',
    reviews: 'Đánh giá sản phẩm',
    money: 'Tài chính',
    banners: 'Quảng cáo',
    newsletter: 'Bản tin & người theo dõi',
    members: 'Thành viên',
  },
  switchEnterprise: 'Đổi doanh nghiệp',
  enterpriseStatuses: {
    pending: 'Chờ xác minh',
    approved: 'Đã xác minh',
    rejected: 'Bị từ chối',
    suspended: 'Tạm ngừng',
  } as Record<string, string>,
  roles: { owner: 'Chủ doanh nghiệp', staff: 'Nhân viên' } as Record<string, string>,
};

export type WorkspaceMessages = typeof workspaceVi;

export const workspaceEn: WorkspaceMessages = {
  areaName: 'Seller centre',
  navLabel: 'Seller centre sections',
  nav: {
    overview: 'Overview',
    profile: 'Profile & verification',
    storefront: 'Storefront',
    products: 'Products',
    newProduct: 'Add a product',
    productImport: 'Import from Excel',
    productExport: 'Export to Excel',
    orders: 'Orders',
    quotes: 'B2B quotes',
    complaints: 'Complaints',
    reviews: 'Product reviews',
    money: 'Money',
    banners: 'Banners',
    newsletter: 'News & followers',
    members: 'Members',
  },
  switchEnterprise: 'Switch enterprise',
  enterpriseStatuses: {
    pending: 'Awaiting verification',
    approved: 'Verified',
    rejected: 'Rejected',
    suspended: 'Suspended',
  },
  roles: { owner: 'Owner', staff: 'Staff' },
};
