/** Sizes made of every product image: a thumbnail for lists, a large one for the product page. */
export const IMAGE_SIZES = { thumb: 400, large: 1200 } as const;

/**
 * The sizes the catalog made of an image it stored, for a `srcset`: an image from elsewhere has
 * only itself. Either size's URL may be given.
 */
export function productImageVariants(url: string): { width: number; url: string }[] {
  const made = url.match(new RegExp(`^(.*)-(${IMAGE_SIZES.thumb}|${IMAGE_SIZES.large})\\.webp$`));
  if (!made) return [{ width: IMAGE_SIZES.thumb, url }];
  return [IMAGE_SIZES.thumb, IMAGE_SIZES.large].map((width) => ({ width, url: `${made[1]}-${width}.webp` }));
}
