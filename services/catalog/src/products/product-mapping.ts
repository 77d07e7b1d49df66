import type { Static } from 'typebox';
import { ratingOf } from '../reviews/review-rules.ts';
import { thumbnailOf } from './product-images.ts';
import type { ProductRow } from './product-repository.ts';
import { visibleOcopStars } from './product-rules.ts';
import type { ProductCard, ProductSchema } from './product-schemas.ts';

export type ProductDto = Static<typeof ProductSchema>;
export type ProductCardDto = Static<typeof ProductCard>;
export type Ref = { id: string; slug: string; name: string };

export function toProductDto(row: ProductRow, refs: { enterprise: Ref; category: Ref }, isPrivate: boolean): ProductDto {
  const dto: ProductDto = {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    price: row.price,
    unit: row.unit,
    stock: row.stock,
    minOrderQty: row.minOrderQty,
    wholesaleTiers: row.wholesaleTiers,
    images: row.images,
    ocopStars: visibleOcopStars(row),
    origin: row.origin,
    status: row.status as ProductDto['status'],
    enterprise: refs.enterprise,
    category: refs.category,
    label: {
      manufacturer: row.manufacturer,
      netQuantity: row.netQuantity,
      ingredients: row.ingredients,
      storage: row.storage,
      warnings: row.warnings,
    },
    vatCategory: row.vatCategory,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    rating: ratingOf(row.ratingCount, row.ratingSum),
  };
  if (!isPrivate) return dto;
  return {
    ...dto,
    statusReason: row.statusReason,
    flaggedKeywords: row.flaggedKeywords,
    licence: row.licenceNumber ? { number: row.licenceNumber, issuer: row.licenceIssuer, issuedOn: row.licenceIssuedOn } : null,
    ocop: row.ocopStars
      ? {
          stars: row.ocopStars,
          certificateNo: row.ocopCertificateNo,
          issuer: row.ocopIssuer,
          issuedOn: row.ocopIssuedOn,
          expiresOn: row.ocopExpiresOn,
          isVerified: row.ocopVerifiedAt !== null,
        }
      : null,
    version: row.version,
  };
}

export function toCard(row: ProductRow, refs: { enterprise: Ref; category: Ref }, wardCode: string): ProductCardDto {
  const lowestTier = row.wholesaleTiers.at(-1)?.price ?? null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    price: row.price,
    unit: row.unit,
    minOrderQty: row.minOrderQty,
    wholesaleFrom: lowestTier,
    image: row.images[0] ? thumbnailOf(row.images[0]) : null,
    ocopStars: visibleOcopStars(row),
    enterprise: refs.enterprise,
    category: refs.category,
    wardCode,
  };
}
