/** What other services may ask of catalog (ordering prices and reserves stock through it later). */
export interface CatalogApi {
  /** Public product facts by id; only products that may be sold (approved, enterprise approved). */
  getSellableProducts(ids: string[]): Promise<SellableProduct[]>;
}

export interface SellableProduct {
  id: string;
  enterpriseId: string;
  name: string;
  price: number;
  unit: string;
  stock: number;
  minOrderQty: number;
  wholesaleTiers: { minQty: number; price: number }[];
}

export const UNITS = [
  'kg',
  'g',
  'lít',
  'ml',
  'hộp',
  'chai',
  'hũ',
  'gói',
  'túi',
  'thùng',
  'bó',
  'chục',
  'cái',
  'bộ',
  'yến',
  'tạ',
  'tấn',
] as const;
export const VAT_CATEGORIES = ['KCT', '0', '5', '8', '10'] as const;
export const PRODUCT_STATUSES = ['draft', 'pending_review', 'approved', 'rejected', 'hidden'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** Events catalog writes to its outbox; payload `{ productId, enterpriseId, … }`. */
export const CatalogEvents = {
  created: 'catalog.product.created',
  updated: 'catalog.product.updated',
  submitted: 'catalog.product.submitted',
  approved: 'catalog.product.approved',
  rejected: 'catalog.product.rejected',
  hidden: 'catalog.product.hidden',
  shown: 'catalog.product.shown',
} as const;
