/** The programme's dashboard and targets (console) and the public statistics page. */
export const programmeVi = {
  title: (year: number) => `Chương trình phát triển TMĐT — năm ${year}`,
  intro:
    'Từng chỉ tiêu của chương trình so với chỉ tiêu của giai đoạn. Chỉ tiêu do Sàn tự đo được tính từ dữ liệu của Sàn vào cuối năm; chỉ tiêu theo khảo sát và số liệu tham chiếu do Sở nhập.',
  period: (name: string) => `Chỉ tiêu theo ${name}.`,
  noPeriod: 'Năm này không thuộc giai đoạn nào: chưa có chỉ tiêu để so sánh.',
  yearLabel: 'Năm',
  show: 'Xem',
  download: 'Tải về Excel',
  targetsLink: 'Sửa chỉ tiêu các giai đoạn',
  caption: (year: number) => `Các chỉ tiêu năm ${year}`,
  columns: {
    indicator: 'Chỉ tiêu',
    value: 'Kết quả',
    target: 'Chỉ tiêu',
    chart: 'So với chỉ tiêu',
    status: 'Đánh giá',
    measured: 'Cách đo',
  },
  measures: {
    platform: 'Sàn tự đo',
    survey: 'Khảo sát',
    training: 'Đào tạo',
    reference: 'Số liệu tham chiếu',
  } as Record<string, string>,
  met: 'Đạt',
  notMet: 'Chưa đạt',
  noData: 'Chưa có số liệu',
  noTarget: 'Không đặt chỉ tiêu',
  needsDenominator: 'Cần số doanh nghiệp trên địa bàn',
  ofWhich: (numerator: number, denominator: number | null) =>
    denominator === null
      ? `${numerator.toLocaleString('vi-VN')} doanh nghiệp`
      : `${numerator.toLocaleString('vi-VN')}/${denominator.toLocaleString('vi-VN')}`,
  chartLabel: (name: string, value: string, target: string) => `${name}: ${value}, chỉ tiêu ${target}`,
  breakdownTitle: 'Chia theo phường/xã và ngành hàng',
  byWard: 'Theo phường/xã',
  bySector: 'Theo ngành hàng',
  groupColumns: { group: 'Nhóm', count: 'Số lượng', total: 'Trên tổng' },
  groupsLabel: (name: string, by: string) => `${name} — ${by}`,
  source: (text: string) => `Nguồn: ${text}`,
  figureTitle: 'Nhập số liệu khảo sát hoặc tham chiếu',
  figureIntro: 'Cho chỉ tiêu Sàn không tự đo được. Số liệu mới thay số liệu cũ của cùng năm.',
  figureIndicator: 'Chỉ tiêu',
  figureValue: 'Giá trị (tỷ lệ % hoặc số đếm)',
  figureSource: 'Nguồn số liệu',
  figureSave: 'Lưu số liệu',
  figureSaved: 'Đã lưu số liệu.',
  sheet: (year: number) => `Chỉ tiêu ${year}`,
  fileName: (year: number) => `chuong-trinh-tmdt-${year}`,
  wardSheet: 'Theo phường-xã',
  sectorSheet: 'Theo ngành hàng',
  // targets
  targetsTitle: 'Chỉ tiêu các giai đoạn',
  targetsIntro:
    'Chỉ tiêu của cả giai đoạn áp dụng cho mọi năm; chỉ tiêu của một năm (nếu có) thay chỉ tiêu cả giai đoạn cho năm đó. Để trống: không đặt chỉ tiêu.',
  wholePeriod: 'Cả giai đoạn',
  saveTargets: 'Lưu chỉ tiêu',
  targetsSaved: (name: string) => `Đã lưu chỉ tiêu ${name}.`,
  back: 'Về bảng theo dõi',
  // public page
  publicTitle: (year: number) => `Thống kê thương mại điện tử tỉnh Quảng Ngãi năm ${year}`,
  publicIntro:
    'Kết quả thực hiện Chương trình phát triển thương mại điện tử của tỉnh: số liệu do Sàn tự đo từ dữ liệu của Sàn và số liệu khảo sát của Sở Công Thương.',
};

export type ProgrammeMessages = typeof programmeVi;

export const programmeEn: ProgrammeMessages = {
  title: (year) => `E-commerce development programme — ${year}`,
  intro:
    'Each indicator of the programme against the period’s target. The exchange’s own indicators are computed from its data at the end of the year; survey results and reference figures are entered by the Department.',
  period: (name) => `Targets of ${name}.`,
  noPeriod: 'This year belongs to no period: there is no target to compare with.',
  yearLabel: 'Year',
  show: 'Show',
  download: 'Download as Excel',
  targetsLink: 'Edit the periods’ targets',
  caption: (year) => `Indicators for ${year}`,
  columns: {
    indicator: 'Indicator',
    value: 'Result',
    target: 'Target',
    chart: 'Against the target',
    status: 'Assessment',
    measured: 'Measured by',
  },
  measures: { platform: 'The exchange', survey: 'Survey', training: 'Training', reference: 'Reference figure' },
  met: 'Met',
  notMet: 'Not met',
  noData: 'No data yet',
  noTarget: 'No target',
  needsDenominator: 'Needs the province’s count of enterprises',
  ofWhich: (numerator, denominator) =>
    denominator === null
      ? `${numerator.toLocaleString('en-GB')} enterprises`
      : `${numerator.toLocaleString('en-GB')}/${denominator.toLocaleString('en-GB')}`,
  chartLabel: (name, value, target) => `${name}: ${value}, target ${target}`,
  breakdownTitle: 'By ward and by sector',
  byWard: 'By ward',
  bySector: 'By sector',
  groupColumns: { group: 'Group', count: 'Count', total: 'Out of' },
  groupsLabel: (name, by) => `${name} — ${by}`,
  source: (text) => `Source: ${text}`,
  figureTitle: 'Enter a survey result or a reference figure',
  figureIntro: 'For the indicators the exchange cannot measure itself. A new figure replaces the year’s previous one.',
  figureIndicator: 'Indicator',
  figureValue: 'Value (a percentage or a count)',
  figureSource: 'Source',
  figureSave: 'Save the figure',
  figureSaved: 'The figure is saved.',
  sheet: (year) => `Indicators ${year}`,
  fileName: (year) => `ecommerce-programme-${year}`,
  wardSheet: 'By ward',
  sectorSheet: 'By sector',
  targetsTitle: 'The periods’ targets',
  targetsIntro:
    'A target for the whole period applies to each of its years; a year’s own target (if any) replaces it for that year. Empty: no target.',
  wholePeriod: 'Whole period',
  saveTargets: 'Save the targets',
  targetsSaved: (name) => `The targets of ${name} are saved.`,
  back: 'Back to the dashboard',
  publicTitle: (year) => `E-commerce statistics of Quảng Ngãi province, ${year}`,
  publicIntro:
    'The results of the province’s e-commerce development programme: figures the exchange measures from its own data, and the Department of Industry and Trade’s survey results.',
};
