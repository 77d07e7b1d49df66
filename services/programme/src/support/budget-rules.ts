/** Where the money of a support line comes from. */
export const BUDGET_SOURCES = ['provincial', 'central', 'enterprise'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

export type Shares = Record<BudgetSource, number>;

export interface BudgetRow {
  source: BudgetSource;
  planned: number;
  committed: number;
}

/** The sources whose plan cannot hold `shares` on top of what is committed (a missing row holds nothing). */
export function shortfalls(
  rows: readonly BudgetRow[],
  shares: Shares,
): { source: BudgetSource; available: number; needed: number }[] {
  return BUDGET_SOURCES.flatMap((source) => {
    const needed = shares[source];
    if (needed <= 0) return [];
    const row = rows.find((one) => one.source === source);
    const available = row ? row.planned - row.committed : 0;
    return available < needed ? [{ source, available, needed }] : [];
  });
}

/**
 * What a disbursement of `amount` (the state's support actually paid, at most the provincial and
 * central shares together) settles per source: the provincial and central shares in proportion,
 * the rounding đồng going to the provincial budget, and the enterprise's counterpart in full.
 */
export function settlePayment(shares: Shares, amount: number): Shares {
  const state = shares.provincial + shares.central;
  if (!Number.isInteger(amount) || amount <= 0 || amount > state) throw new RangeError(`payment ${amount} outside 1..${state}`);
  const central = Math.floor((amount * shares.central) / state);
  return { provincial: amount - central, central, enterprise: shares.enterprise };
}
