const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// characters XML 1.0 cannot hold at all (control characters a pasted description may carry)
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for an element or attribute: the five entities escaped, characters XML cannot hold dropped. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A URL as the sitemap protocol wants it: percent-encoded UTF-8 (RFC 3986: `ảnh` → `%E1%BA%A3nh`)
 * and then entity-escaped (`&` → `&amp;`). Undefined for what is not an http(s) URL.
 */
export function xmlUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return xmlText(parsed.href);
}

/** A date as W3C Datetime, in UTC to the second (`2026-12-06T04:00:00Z`). */
export function w3cDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
