export const checkoutVi = {};

export type CheckoutMessages = typeof checkoutVi;

export const checkoutEn: CheckoutMessages = {};
