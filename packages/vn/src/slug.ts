import { foldVietnamese } from './fold.ts';

/** A URL slug from a Vietnamese name: `Tỏi Lý Sơn cô đơn` → `toi-ly-son-co-don`. */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'san-pham';
}

/** The slug itself when free, else the first free `slug-2`, `slug-3`… */
export function firstFreeSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
