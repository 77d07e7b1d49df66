import type { ProductDto } from './api-types.ts';

/** What other services may ask of catalog: ordering prices lines and reserves stock through it; the pages read products through it. */
export interface CatalogApi {
  /** For the programme's statistics: listings on sale per enterprise by a moment (approved before it, still approved). */
  liveListingCounts(before: Date): Promise<Map<string, number>>;
  /** Public product facts by id; only products that may be sold (approved, enterprise approved). */
  getSellableProducts(ids: string[]): Promise<SellableProduct[]>;
  /**
   * Takes the units for every line or for none (`reservationId` = the order's id). The hold
   * lapses at `holdUntil` unless committed: a checkout that crashes halfway leaks nothing.
   */
  reserveStock(lines: StockLine[], holdUntil: Date): Promise<ReserveStockResult>;
  /** The orders were written: keep their units. Answers the reservation ids that had already lapsed. */
  commitReservations(reservationIds: string[]): Promise<string[]>;
  /** An order cancelled or expired: its units go back, exactly once however often this is called. */
  releaseReservation(reservationId: string): Promise<number>;
  /**
   * Reservations still held past their `holdUntil`. Only the saga that placed a hold knows whether
   * its order was written, so ordering sweeps them: it commits those whose order exists and
   * releases the rest (`releaseLapsedHolds`).
   */
  lapsedHolds(now: Date, limit?: number): Promise<string[]>;
  /** Of these reservations, the ones still held past their time go back to stock; answers the units returned. */
  releaseLapsedHolds(reservationIds: string[], now: Date): Promise<number>;
  /**
   * The search index's version, which moves with every change to what search answers (null where
   * the engine keeps none: Meilisearch). Pages built only from search answers hold while it stays.
   */
  searchIndexVersion(): Promise<string | null>;
  /**
   * A product as GET /products/{idOrSlug} answers a visitor who is not signed in: the listing, or
   * where a former slug now points; throws that route's problems (404, 410).
   */
  productForVisitor(idOrSlug: string): Promise<{ kind: 'product'; product: ProductDto } | { kind: 'moved'; slug: string }>;
  /** Every listing the public may see, in id order from after the cursor (sitemaps, shopping feeds). */
  publicListingsPage(options: { after?: string | undefined; limit: number }): Promise<PublicListingPage>;
  /** The category tree, flat, parents before their children. */
  publicCategories(): Promise<PublicCategory[]>;
  /** A listing by id, slug or former slug, whatever its status, or null (staff tools name it by its address). */
  findListing(idOrSlug: string): Promise<ListingRef | null>;
  /**
   * Province staff take a listing down with a reason (an authority's takedown, a report acted
   * on): it leaves the public at once (410) and search, audited. One not public already is
   * answered as it is; null when there is no such listing.
   */
  takeDownListing(input: {
    productId: string;
    actor: { userId: string; roles: string[] };
    reason: string;
    /** An authority's removal: the seller cannot send the listing back to review while it holds. */
    legalHold?: boolean;
  }): Promise<ListingRef | null>;
}

/** A listing named by staff: who sells it and where it stands. */
export interface ListingRef {
  id: string;
  enterpriseId: string;
  name: string;
  slug: string;
  status: string;
}

export interface PublicListing {
  id: string;
  slug: string;
  name: string;
  description: string;
  /** Integer đồng. */
  price: number;
  unit: string;
  stock: number;
  /** Image URLs as the product page shows them, the first the main one. */
  images: string[];
  categoryId: string;
  updatedAt: Date;
  enterprise: { id: string; slug: string; name: string };
}

export interface PublicListingPage {
  items: PublicListing[];
  /** Where the next page starts; null after the last. A page may hold fewer items than asked. */
  nextCursor: string | null;
}

export interface PublicCategory {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
}

export interface StockLine {
  reservationId: string;
  productId: string;
  quantity: number;
}

export type ReserveStockResult = { ok: true } | { ok: false; productId: string; available: number };

export interface SellableProduct {
  id: string;
  enterpriseId: string;
  name: string;
  price: number;
  unit: string;
  stock: number;
  minOrderQty: number;
  wholesaleTiers: { minQty: number; price: number }[];
  vatCategory: (typeof VAT_CATEGORIES)[number];
  /** Under the “Dịch vụ” branch: taxed as a service, not as goods. */
  isService: boolean;
  images: string[];
  slug: string;
  /** The selling enterprise as it is now (approved, or the product would not be here). */
  seller: { id: string; name: string; slug: string; type: string };
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

/** Categories whose listings must carry a licence before review, by slug (the workspace's form says so). */
export { LICENCE_RULES, type LicenceRule } from '../products/licence-rules.ts';
export {
  REVIEW_STATUSES,
  type ReviewAnswerDto,
  type ReviewDto,
  type ReviewPageDto,
  type ReviewStatus,
  type StaffReviewDto,
} from '../reviews/review-schemas.ts';
export type { CategoryNodeDto, ProductCardDto, ProductDto, SearchResponseDto } from './api-types.ts';
export { CatalogEvents } from './events.ts';
export { IMAGE_SIZES, productImageVariants } from './images.ts';
export { CatalogReviewEvents } from './review-events.ts';
