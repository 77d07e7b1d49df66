export const legalVi = {};

export type LegalMessages = typeof legalVi;

export const legalEn: LegalMessages = {};
