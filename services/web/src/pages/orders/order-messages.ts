export const ordersVi = {};

export type OrderMessages = typeof ordersVi;

export const ordersEn: OrderMessages = {};
