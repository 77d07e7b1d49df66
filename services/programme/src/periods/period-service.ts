import type { AuditLog } from '@tradeqn/audit';
import { type Db, isUniqueViolation } from '@tradeqn/db';
import { asc, eq } from 'drizzle-orm';
import { findIndicator } from '../contract/indicators.ts';
import { periods, targets } from '../db/schema.ts';
import { programmeErrors } from '../programme-errors.ts';
import type { PeriodDto } from '../statistics/statistics-schemas.ts';

type Person = { userId: string; roles: string[] };
type PeriodRow = typeof periods.$inferSelect;
type TargetInput = { indicator: string; year?: number | null | undefined; value: number };

const invalid = (path: string, message: string, vi = 'Dữ liệu gửi lên không hợp lệ') =>
  programmeErrors.PROGRAMME_INVALID_INPUT({ vi, en: message }, [{ path, message }]);

/** The programme's periods and their targets, which staff edit per period and per year. */
export function createPeriodService(deps: { db: Db; audit: AuditLog }) {
  async function withTargets(rows: PeriodRow[]): Promise<PeriodDto[]> {
    const all = await deps.db.select().from(targets).orderBy(asc(targets.indicator), asc(targets.year));
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      startYear: row.startYear,
      endYear: row.endYear,
      note: row.note,
      targets: all
        .filter((target) => target.periodId === row.id)
        .map((target) => ({
          indicator: target.indicator as PeriodDto['targets'][number]['indicator'],
          year: target.year || null,
          value: target.value,
        })),
    }));
  }

  return {
    async list(): Promise<PeriodDto[]> {
      return withTargets(await deps.db.select().from(periods).orderBy(asc(periods.startYear), asc(periods.name)));
    },

    /** The period a year falls in (the latest to start, if two overlap), or null. */
    async periodOf(year: number): Promise<PeriodDto | null> {
      const all = await this.list();
      return all.filter((period) => period.startYear <= year && year <= period.endYear).at(-1) ?? null;
    },

    async create(actor: Person, input: { name: string; startYear: number; endYear: number; note?: string | undefined }) {
      if (input.endYear < input.startYear)
        throw invalid('/body/endYear', 'must not be before startYear', 'Năm kết thúc trước năm bắt đầu');
      try {
        const row = await deps.db.transaction(async (tx) => {
          const [inserted] = await tx
            .insert(periods)
            .values({
              name: input.name.trim(),
              startYear: input.startYear,
              endYear: input.endYear,
              note: input.note?.trim() || null,
            })
            .returning();
          if (!inserted) throw new Error('period not inserted');
          await deps.audit.record(tx, {
            entityType: 'period',
            entityId: inserted.id,
            action: 'create',
            actor,
            details: { ...input },
          });
          return inserted;
        });
        return (await withTargets([row]))[0] as PeriodDto;
      } catch (error) {
        if (isUniqueViolation(error)) throw programmeErrors.PROGRAMME_PERIOD_TAKEN();
        throw error;
      }
    },

    /**
     * Replaces a period's targets in one go: a year outside the period, a percentage above 100, a
     * target for a reference figure or the same indicator and year twice is refused, and nothing changes.
     */
    async setTargets(actor: Person, periodId: string, input: TargetInput[]): Promise<PeriodDto> {
      const [period] = await deps.db.select().from(periods).where(eq(periods.id, periodId));
      if (!period) throw programmeErrors.PROGRAMME_PERIOD_NOT_FOUND();
      const seen = new Set<string>();
      input.forEach((target, index) => {
        const path = `/body/targets/${index}`;
        const indicator = findIndicator(target.indicator);
        const year = target.year ?? 0;
        if (indicator?.measuredBy === 'reference') throw invalid(`${path}/indicator`, 'is a reference figure, not a target');
        if (indicator?.unit === 'percent' && target.value > 100)
          throw invalid(`${path}/value`, 'must be at most 100 (a percentage)', 'Tỷ lệ không quá 100%');
        if (year !== 0 && (year < period.startYear || year > period.endYear)) {
          throw invalid(`${path}/year`, `must be within ${period.startYear}–${period.endYear}`, 'Năm nằm ngoài giai đoạn');
        }
        const key = `${target.indicator}:${year}`;
        if (seen.has(key)) throw invalid(path, 'repeats an indicator and year');
        seen.add(key);
      });
      await deps.db.transaction(async (tx) => {
        // one writer at a time per period: two staff saving at once leave one whole set, not a mix
        await tx.select({ id: periods.id }).from(periods).where(eq(periods.id, periodId)).for('update');
        await tx.delete(targets).where(eq(targets.periodId, periodId));
        if (input.length > 0) {
          await tx
            .insert(targets)
            .values(
              input.map((target) => ({ periodId, indicator: target.indicator, year: target.year ?? 0, value: target.value })),
            );
        }
        await deps.audit.record(tx, {
          entityType: 'period',
          entityId: periodId,
          action: 'set-targets',
          actor,
          details: { targets: input },
        });
      });
      return (await withTargets([period]))[0] as PeriodDto;
    },
  };
}

export type PeriodService = ReturnType<typeof createPeriodService>;
