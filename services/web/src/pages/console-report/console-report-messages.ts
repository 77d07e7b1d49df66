/** The console's annual report to the Ministry of Industry and Trade (`/quan-tri/bao-cao-nam`). */
export const consoleReportVi = {
  title: (year: number) => `Báo cáo năm ${year} gửi Bộ Công Thương`,
  intro:
    'Số liệu hoạt động của sàn trong năm (giờ Việt Nam) theo yêu cầu báo cáo của Bộ Công Thương đối với sàn giao dịch thương mại điện tử, tính từ dữ liệu của sàn tại thời điểm xem.',
  yearLabel: 'Năm',
  show: 'Xem',
  download: 'Tải tệp Excel',
  caption: (year: number) => `Số liệu hoạt động năm ${year}`,
  indicator: 'Chỉ tiêu',
  value: 'Số liệu',
  unit: 'Đơn vị',
  units: { sellers: 'người bán', listings: 'tin', orders: 'đơn', buyers: 'người', dong: 'đồng' },
  groups: { sellers: 'Người bán', listings: 'Sản phẩm, dịch vụ đăng bán', orders: 'Giao dịch' },
  rows: {
    sellersRegistered: 'Người bán đăng ký mới trong năm',
    sellersVerified: 'Người bán được xác minh trong năm',
    sellersActive: 'Người bán đang hoạt động cuối năm',
    sellersActiveOfType: (type: string) => `  trong đó: ${type}`,
    listingsCreated: 'Tin đăng bán tạo trong năm',
    listingsApproved: 'Tin đăng được duyệt trong năm',
    listingsLive: 'Tin đang bán cuối năm',
    ordersPlaced: 'Đơn hàng đặt trong năm',
    ordersCancelled: '  trong đó: hủy hoặc hoàn tiền',
    ordersDelivered: 'Đơn hàng giao thành công trong năm',
    buyers: 'Người mua có đơn trong năm',
    sellersWithOrders: 'Người bán có đơn trong năm',
    gmv: 'Tổng giá trị giao dịch (GMV, trừ đơn hủy và hoàn tiền)',
  },
  types: { company: 'Công ty', cooperative: 'Hợp tác xã', household: 'Hộ kinh doanh', individual: 'Cá nhân' } as Record<
    string,
    string
  >,
  fileName: (year: number) => `bao-cao-nam-${year}-bo-cong-thuong`,
  sheet: (year: number) => `Báo cáo năm ${year}`,
};

export type ConsoleReportMessages = typeof consoleReportVi;

export const consoleReportEn: ConsoleReportMessages = {
  title: (year) => `Annual report ${year} to the Ministry of Industry and Trade`,
  intro:
    "The exchange's activity in the year (Việt Nam time), as the Ministry of Industry and Trade asks of e-commerce exchanges, computed from the exchange's data as it stands now.",
  yearLabel: 'Year',
  show: 'Show',
  download: 'Download as Excel',
  caption: (year) => `Activity in ${year}`,
  indicator: 'Indicator',
  value: 'Value',
  unit: 'Unit',
  units: { sellers: 'sellers', listings: 'listings', orders: 'orders', buyers: 'people', dong: 'VND' },
  groups: { sellers: 'Sellers', listings: 'Goods and services listed', orders: 'Trade' },
  rows: {
    sellersRegistered: 'Sellers registered in the year',
    sellersVerified: 'Sellers verified in the year',
    sellersActive: 'Active sellers at the end of the year',
    sellersActiveOfType: (type) => `  of which: ${type}`,
    listingsCreated: 'Listings created in the year',
    listingsApproved: 'Listings approved in the year',
    listingsLive: 'Live listings at the end of the year',
    ordersPlaced: 'Orders placed in the year',
    ordersCancelled: '  of which: cancelled or refunded',
    ordersDelivered: 'Orders delivered in the year',
    buyers: 'Buyers with orders in the year',
    sellersWithOrders: 'Sellers with orders in the year',
    gmv: 'Gross merchandise value (GMV, less cancelled and refunded orders)',
  },
  types: { company: 'Company', cooperative: 'Cooperative', household: 'Household business', individual: 'Individual' },
  fileName: (year) => `annual-report-${year}-moit`,
  sheet: (year) => `Annual report ${year}`,
};
