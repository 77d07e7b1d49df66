/** A calendar month `YYYY-MM` as Việt Nam reads it (GMT+7), as instants: from its first moment, to the next month's. */
export function monthRange(month: string): { from: Date; to: Date } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, mon - 1, 1, -7)), to: new Date(Date.UTC(year, mon, 1, -7)) };
}
