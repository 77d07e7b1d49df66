import type { ProductCardDto } from '@tradeqn/catalog/contract';
import { formatVnd } from '@tradeqn/vn';
import type { PageContext } from '../http/page-context.ts';
import { OcopBadge } from './ocop-badge.tsx';
import { ProductImage } from './product-image.tsx';

/** A product in a list: picture, name, price per unit, the wholesale price from, OCOP stars and the seller. */
export function ProductCard({ ctx, product, lazy = true }: { ctx: PageContext; product: ProductCardDto; lazy?: boolean }) {
  const href = ctx.href(`/san-pham/${product.slug}`);
  return (
    <article class="product-card">
      <ProductImage url={product.image} alt="" sizes="(min-width: 960px) 220px, 45vw" width={400} lazy={lazy} />
      <h3 class="product-card-name">
        <a href={href}>{product.name}</a>
      </h3>
      <p class="price">
        {formatVnd(product.price)}
        <span class="unit">/{product.unit}</span>
      </p>
      {product.wholesaleFrom !== null ? (
        <p class="wholesale-from">{ctx.t.common.wholesaleFrom(formatVnd(product.wholesaleFrom))}</p>
      ) : null}
      {product.ocopStars ? <OcopBadge ctx={ctx} stars={product.ocopStars} /> : null}
      <p class="seller">
        <a href={ctx.href(`/doanh-nghiep/${product.enterprise.slug}`)}>{product.enterprise.name}</a>
      </p>
    </article>
  );
}
