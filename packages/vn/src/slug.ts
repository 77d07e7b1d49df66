import { foldVietnamese } from './fold.ts';

/** A URL slug from a Vietnamese name: `Tỏi Lý Sơn cô đơn` → `toi-ly-son-co-don`. */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'san-pham';
}
