export const rfqVi = {};

export type RfqMessages = typeof rfqVi;

export const rfqEn: RfqMessages = {};
