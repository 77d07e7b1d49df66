export const enterpriseVi = {};

export type EnterpriseMessages = typeof enterpriseVi;

export const enterpriseEn: EnterpriseMessages = {};
