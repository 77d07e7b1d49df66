import type { Static } from 'typebox';
import type { ProductCard, ProductSchema, SearchResponse } from '../products/product-schemas.ts';

/**
 * The shapes catalog's public API answers, for whoever reads that API in-process (the web's
 * pages): a change to a route's response schema shows up in their type check.
 */
export type ProductDto = Static<typeof ProductSchema>;
export type ProductCardDto = Static<typeof ProductCard>;
export type SearchResponseDto = Omit<Static<typeof SearchResponse>, 'items'> & { items: ProductCardDto[] };

export interface CategoryNodeDto {
  id: string;
  slug: string;
  name: string;
  children: CategoryNodeDto[];
}
