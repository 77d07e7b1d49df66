export const accountVi = {};

export type AccountMessages = typeof accountVi;

export const accountEn: AccountMessages = {};
