export const profileVi = {};

export type ProfileMessages = typeof profileVi;

export const profileEn: ProfileMessages = {};
