export const wsImportVi = {
  title: 'Nhập sản phẩm từ Excel',
};

export type WsImportMessages = typeof wsImportVi;

export const wsImportEn: WsImportMessages = {
  title: 'Import products from Excel',
};
