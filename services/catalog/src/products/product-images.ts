import { randomUUID } from 'node:crypto';
import { type FileStore, IMAGE_TYPES, sniffAllowedType } from '@tradeqn/storage';
import { IMAGE_SIZES } from '../contract/images.ts';
import { productErrors } from './product-errors.ts';

export { IMAGE_SIZES };

/** The list thumbnail of an image URL made here (other URLs are their own thumbnail). */
export function thumbnailOf(url: string): string {
  return url.endsWith(`-${IMAGE_SIZES.large}.webp`)
    ? url.replace(`-${IMAGE_SIZES.large}.webp`, `-${IMAGE_SIZES.thumb}.webp`)
    : url;
}

/**
 * Checks an uploaded image by its bytes (JPEG, PNG or WebP, decodable, not a decompression
 * bomb), and stores it as WebP in the two sizes; gives back the large one's key.
 */
export async function storeProductImage(files: FileStore, folder: string, data: Buffer): Promise<string> {
  const type = await sniffAllowedType(data, IMAGE_TYPES);
  if (!type) throw productErrors.CATALOG_IMAGE_TYPE();
  const name = randomUUID().slice(0, 12);
  const keys: string[] = [];
  try {
    for (const [label, width] of Object.entries(IMAGE_SIZES)) {
      const resized = await (await loadSharp())(data, { limitInputPixels: 40_000_000 })
        .rotate()
        .resize({ width, height: width, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: label === 'thumb' ? 75 : 82 })
        .toBuffer();
      const key = `public/products/${folder}/${name}-${width}.webp`;
      await files.put(key, resized, 'image/webp');
      keys.push(key);
    }
  } catch (error) {
    await Promise.all(keys.map((key) => files.delete(key).catch(() => {})));
    if ((error as { code?: string }).code === 'CATALOG_IMAGE_TYPE') throw error;
    throw productErrors.CATALOG_IMAGE_TYPE({ vi: 'Không đọc được ảnh', en: 'The image cannot be read' });
  }
  return `public/products/${folder}/${name}-${IMAGE_SIZES.large}.webp`;
}

// sharp (and its native library) loads on the first image, not at every start
let sharpModule: Promise<typeof import('sharp').default> | undefined;
export function loadSharp() {
  sharpModule ??= import('sharp').then((module) => module.default);
  return sharpModule;
}
