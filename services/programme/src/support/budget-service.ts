import type { AuditLog } from '@tradeqn/audit';
import type { Db, Executor } from '@tradeqn/db';
import { formatVnd } from '@tradeqn/vn';
import { and, asc, eq, sql } from 'drizzle-orm';
import { supportBudget } from '../db/support-schema.ts';
import { programmeErrors } from '../programme-errors.ts';
import { auditIdOf } from './audit-ids.ts';
import { BUDGET_SOURCES, type BudgetRow, type BudgetSource, type Shares, shortfalls } from './budget-rules.ts';
import type { BudgetPlanInput, BudgetYearDto } from './support-schemas.ts';

type Person = { userId: string; roles: string[] };
type PlanRow = typeof supportBudget.$inferSelect;

export const SOURCE_NAMES: Record<BudgetSource, { vi: string; en: string }> = {
  provincial: { vi: 'ngân sách tỉnh', en: 'provincial budget' },
  central: { vi: 'ngân sách trung ương', en: 'central funds' },
  enterprise: { vi: 'doanh nghiệp đối ứng', en: "enterprises' counterpart" },
};

function presentYears(rows: PlanRow[]): BudgetYearDto[] {
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const sources = BUDGET_SOURCES.map((source) => {
      const row = rows.find((one) => one.year === year && one.source === source);
      const planned = row?.planned ?? 0;
      const committed = row?.committed ?? 0;
      return { source, planned, committed, paid: row?.paid ?? 0, available: planned - committed };
    });
    const sum = (key: 'planned' | 'committed' | 'paid' | 'available') => sources.reduce((total, one) => total + one[key], 0);
    return {
      year,
      sources,
      total: { planned: sum('planned'), committed: sum('committed'), paid: sum('paid'), available: sum('available') },
    };
  });
}

/** Locks a year's plan rows, in one order (source), so that two decisions on the same year queue rather than deadlock. */
async function lockYear(tx: Executor, year: number): Promise<PlanRow[]> {
  return tx.select().from(supportBudget).where(eq(supportBudget.year, year)).orderBy(asc(supportBudget.source)).for('update');
}

/**
 * The support budget per year and source: the plan admins set, and what approvals commit and
 * payments settle against it. Every change happens with the year's rows locked, in the
 * transaction of the decision that causes it: two approvals at once cannot both take the last đồng.
 */
export function createBudgetService(deps: { db: Db; audit: AuditLog }) {
  return {
    async years(): Promise<BudgetYearDto[]> {
      return presentYears(await deps.db.select().from(supportBudget).orderBy(asc(supportBudget.year)));
    },

    /** An admin sets a year's plan per source; never below what is already committed. */
    async setPlan(actor: Person, year: number, input: BudgetPlanInput): Promise<BudgetYearDto> {
      return deps.db.transaction(async (tx) => {
        const locked = await lockYear(tx, year);
        const below = BUDGET_SOURCES.filter(
          (source) => (locked.find((row) => row.source === source)?.committed ?? 0) > input[source],
        );
        if (below.length > 0) {
          const names = below.map((source) => SOURCE_NAMES[source]);
          throw programmeErrors.PROGRAMME_PLAN_BELOW_COMMITTED(
            {
              vi: `Kế hoạch năm ${year} thấp hơn số đã cam kết: ${names.map((name) => name.vi).join(', ')}`,
              en: `The ${year} plan is below what is committed: ${names.map((name) => name.en).join(', ')}`,
            },
            below.map((source) => ({ path: `/body/${source}`, message: 'below the committed amount' })),
          );
        }
        for (const source of BUDGET_SOURCES) {
          await tx
            .insert(supportBudget)
            .values({ year, source, planned: input[source] })
            .onConflictDoUpdate({
              target: [supportBudget.year, supportBudget.source],
              set: { planned: input[source], updatedAt: new Date() },
            });
        }
        await deps.audit.record(tx, {
          entityType: 'support-budget',
          entityId: auditIdOf('support-budget', String(year)),
          action: 'plan.set',
          actor,
          details: {
            year,
            before: Object.fromEntries(locked.map((row) => [row.source, row.planned])),
            after: input,
          },
        });
        const [view] = presentYears(await tx.select().from(supportBudget).where(eq(supportBudget.year, year)));
        if (!view) throw new Error('plan not written');
        return view;
      });
    },

    /** Commits `shares` against the year's plan, in the caller's transaction; refuses (409) when any source falls short. */
    async commit(tx: Executor, year: number, shares: Shares): Promise<void> {
      const locked = await lockYear(tx, year);
      const short = shortfalls(
        locked.map((row): BudgetRow => ({ source: row.source as BudgetSource, planned: row.planned, committed: row.committed })),
        shares,
      );
      if (short.length > 0) {
        throw programmeErrors.PROGRAMME_BUDGET_EXCEEDED({
          vi: `Không đủ kinh phí năm ${year}: ${short
            .map((one) => `${SOURCE_NAMES[one.source].vi} còn ${formatVnd(one.available)}, cần ${formatVnd(one.needed)}`)
            .join('; ')}.`,
          en: `Not enough left in the ${year} plan: ${short
            .map((one) => `${SOURCE_NAMES[one.source].en} has ${one.available} đồng left, ${one.needed} needed`)
            .join('; ')}.`,
        });
      }
      for (const source of BUDGET_SOURCES) {
        if (shares[source] <= 0) continue;
        await tx
          .update(supportBudget)
          .set({ committed: sql`${supportBudget.committed} + ${shares[source]}`, updatedAt: new Date() })
          .where(and(eq(supportBudget.year, year), eq(supportBudget.source, source)));
      }
    },

    /**
     * A payment settles a commitment: per source, `settled` is paid and the rest of what was
     * committed goes back to what is available.
     */
    async settle(tx: Executor, year: number, committed: Shares, settled: Shares): Promise<void> {
      await lockYear(tx, year);
      for (const source of BUDGET_SOURCES) {
        if (committed[source] <= 0 && settled[source] <= 0) continue;
        await tx
          .update(supportBudget)
          .set({
            committed: sql`${supportBudget.committed} - ${committed[source]} + ${settled[source]}`,
            paid: sql`${supportBudget.paid} + ${settled[source]}`,
            updatedAt: new Date(),
          })
          .where(and(eq(supportBudget.year, year), eq(supportBudget.source, source)));
      }
    },
  };
}

export type BudgetService = ReturnType<typeof createBudgetService>;
