/**
 * Where a banner may send people. A path of ours: one leading `/` (not `//`, which a browser reads
 * as another host), no backslash (which browsers read as `/`), no scheme, no control character or
 * space. Or an outside address: `https://` only, a host and no user name or password in it. The
 * redirect sends only what was stored and checked here; nothing of the request goes into it.
 */
export type BannerTarget = { kind: 'path'; value: string } | { kind: 'external'; value: string };

const MAX_LENGTH = 500;
const FORBIDDEN = /[\s\\\p{Cc}]/u;
const BASE = 'http://tradeqn.invalid';

export function parseTarget(input: string): BannerTarget | null {
  const raw = input.trim();
  if (raw.length === 0 || raw.length > MAX_LENGTH || FORBIDDEN.test(raw)) return null;
  if (raw.startsWith('/')) {
    if (raw.startsWith('//') || raw.startsWith('/r/')) return null;
    let resolved: URL;
    try {
      resolved = new URL(raw, BASE);
    } catch {
      return null;
    }
    // whatever the path holds, it must stay on our own origin
    if (resolved.origin !== BASE) return null;
    // as `URL` writes it (`/tim-kiem?q=t%E1%BB%8Fi`): a redirect header holds only ASCII
    const value = `${resolved.pathname}${resolved.search}${resolved.hash}`;
    if (value.startsWith('//') || value.startsWith('/r/')) return null;
    return { kind: 'path', value };
  }
  if (!/^https:\/\//i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password || !url.hostname.includes('.')) return null;
  return { kind: 'external', value: url.href };
}
