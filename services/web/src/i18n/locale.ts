export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Vietnamese pages live at the root; the same paths under `/en` are English. */
export const ENGLISH_PREFIX = '/en';

/** `/san-pham/x` in the locale's tree. */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === 'vi') return path;
  return path === '/' ? ENGLISH_PREFIX : `${ENGLISH_PREFIX}${path}`;
}

/** The locale a URL is in, and its path without the locale's prefix. */
export function splitLocale(url: string): { locale: Locale; path: string } {
  if (url === ENGLISH_PREFIX || url.startsWith(`${ENGLISH_PREFIX}/`) || url.startsWith(`${ENGLISH_PREFIX}?`)) {
    const rest = url.slice(ENGLISH_PREFIX.length);
    return { locale: 'en', path: rest === '' || rest.startsWith('?') ? `/${rest}` : rest };
  }
  return { locale: 'vi', path: url };
}
