export const wsOrdersVi = {
  title: 'Đơn hàng',
};

export type WsOrdersMessages = typeof wsOrdersVi;

export const wsOrdersEn: WsOrdersMessages = {
  title: 'Orders',
};
