export const cartVi = {};

export type CartMessages = typeof cartVi;

export const cartEn: CartMessages = {};
