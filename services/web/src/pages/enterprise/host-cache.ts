/** What a Host header names: the storefront's slug and the domain staff verified, or nobody (null). */
export interface HostOwner {
  slug: string;
  domain: string;
}

export interface HostCache {
  /** The owner of a host, asking `lookup` at most once a `ttlMs` per host (a "nobody" is kept too). */
  get(host: string, lookup: (host: string) => Promise<HostOwner | null>): Promise<HostOwner | null>;
  readonly size: number;
}

/**
 * An in-process cache of own-domain lookups, so that serving `/` costs no query per request. A
 * minute is short enough for a newly verified domain to start serving soon; a stale answer is
 * harmless, because the storefront itself is then read fresh (a suspended enterprise or a
 * changed domain falls back to the normal site at once). Bounded: a flood of made-up Host headers
 * evicts the oldest entries instead of growing memory. Lookups of one host at the same moment share
 * one call.
 */
export function createHostCache(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}): HostCache {
  const ttlMs = options.ttlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 1000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { owner: Promise<HostOwner | null>; expires: number }>();
  return {
    get(host, lookup) {
      const hit = entries.get(host);
      if (hit && hit.expires > now()) return hit.owner;
      entries.delete(host);
      const owner = lookup(host).catch((error: unknown) => {
        entries.delete(host);
        throw error;
      });
      entries.set(host, { owner, expires: now() + ttlMs });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return owner;
    },
    get size() {
      return entries.size;
    },
  };
}
