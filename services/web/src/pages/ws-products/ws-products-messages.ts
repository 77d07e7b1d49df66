export const wsProductsVi = {
  title: 'Sản phẩm',
};

export type WsProductsMessages = typeof wsProductsVi;

export const wsProductsEn: WsProductsMessages = {
  title: 'Products',
};
