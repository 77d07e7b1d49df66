/**
 * Result cards by document id, kept while their documents do not change: the in-memory index's
 * catch-up tells which changed (`forget`). A card read from the table while a change was being
 * applied is not kept (it may be the old one): `keep` takes the generation read before the read.
 */
export function createCardCache(maxEntries: number) {
  const cards = new Map<string, Record<string, unknown>>();
  let generation = 0;
  return {
    get(id: string): Record<string, unknown> | undefined {
      return cards.get(id);
    },
    generation: () => generation,
    keep(id: string, card: Record<string, unknown>, readAt: number) {
      if (readAt !== generation) return;
      cards.set(id, card);
      if (cards.size > maxEntries) {
        const oldest = cards.keys().next().value;
        if (oldest !== undefined) cards.delete(oldest);
      }
    },
    forget(ids: string[] | 'all') {
      generation++;
      if (ids === 'all') cards.clear();
      else for (const id of ids) cards.delete(id);
    },
  };
}
