import { productImageVariants } from '@tradeqn/catalog/contract';

/**
 * A product image from the WebP sizes the catalog made: the browser picks by the slot's width;
 * width and height are set so nothing shifts while it loads.
 */
export function ProductImage({
  url,
  alt,
  sizes,
  width,
  lazy = true,
}: {
  url: string | null;
  alt: string;
  /** The slot's width in CSS, e.g. `(min-width: 768px) 25vw, 50vw`. */
  sizes: string;
  width: number;
  lazy?: boolean;
}) {
  if (!url) return <div class="image-placeholder" role="img" aria-label={alt} />;
  const variants = productImageVariants(url);
  return (
    <img
      src={variants[0]?.url ?? url}
      srcset={variants.map((variant) => `${variant.url} ${variant.width}w`).join(', ')}
      sizes={sizes}
      alt={alt}
      width={width}
      height={width}
      loading={lazy ? 'lazy' : 'eager'}
      decoding="async"
    />
  );
}
