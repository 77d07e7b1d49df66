export const catalogVi = {};

export type CatalogMessages = typeof catalogVi;

export const catalogEn: CatalogMessages = {};
