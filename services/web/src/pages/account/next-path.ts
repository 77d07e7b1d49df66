import { splitLocale } from '../../i18n/locale.ts';

/**
 * Where `?next=` may send a person after signing in: only a path of ours. It must start with a
 * single `/` (`//host` is another site), hold no backslash (browsers read `/\host` as `//host`),
 * no control character or space (browsers drop tabs and newlines, so `/\t/host` is `//host`) and
 * no scheme; and it must resolve on our own origin. Anything else is null: go home. The path
 * comes back without a language prefix, for the page to put in its own language.
 */
export function safeNextPath(next: unknown): string | null {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return null;
  if (!next.startsWith('/') || next.startsWith('//')) return null;
  if (next.includes('\\')) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (/[\u0000-\u0020\u007f]/.test(next)) return null;
  const base = 'http://next.invalid';
  let resolved: URL;
  try {
    resolved = new URL(next, base);
  } catch {
    return null;
  }
  if (resolved.origin !== base) return null;
  return splitLocale(`${resolved.pathname}${resolved.search}`).path;
}
