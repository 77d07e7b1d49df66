export const homeVi = {
  title: 'Sàn giao dịch TMĐT Quảng Ngãi',
  heroTitle: 'Đặc sản Quảng Ngãi, mua thẳng từ người làm ra',
  heroText: 'Tỏi Lý Sơn, đường phèn, mạch nha, quế Trà Bồng và hàng trăm sản phẩm OCOP của doanh nghiệp, hợp tác xã địa phương.',
  categories: 'Danh mục sản phẩm',
  ocop: 'Sản phẩm OCOP nổi bật',
  newest: 'Sản phẩm mới',
  seeAll: 'Xem tất cả',
  empty: 'Chưa có sản phẩm nào ở mục này. Hãy xem các danh mục bên trên.',
  bannerLabel: 'Chương trình của tỉnh',
};

export type HomeMessages = typeof homeVi;

export const homeEn: HomeMessages = {
  title: 'Quảng Ngãi E-commerce Exchange',
  heroTitle: 'Quảng Ngãi specialities, straight from the people who make them',
  heroText:
    'Lý Sơn garlic, rock sugar, malt syrup, Trà Bồng cinnamon and hundreds of OCOP products from local enterprises and cooperatives.',
  categories: 'Categories',
  ocop: 'Featured OCOP products',
  newest: 'New products',
  seeAll: 'See all',
  empty: 'Nothing here yet. Browse the categories above.',
  bannerLabel: 'Province programme',
};
