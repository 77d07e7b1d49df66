import { createHash } from 'node:crypto';
import type { AuditLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import { eq } from 'drizzle-orm';
import { findIndicator } from '../contract/indicators.ts';
import { figures } from '../db/schema.ts';
import { programmeErrors } from '../programme-errors.ts';

type Person = { userId: string; roles: string[] };
export type FigureRow = typeof figures.$inferSelect;

/** The audit log names entities by UUID: a figure's is derived from its indicator and year (a name-based UUID). */
function figureEntityId(indicator: string, year: number): string {
  const hex = createHash('sha1').update(`programme.figure:${indicator}:${year}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The figures staff record for what the exchange cannot measure: a survey's result, a reference count. */
export function createFigureService(deps: { db: Db; audit: AuditLog }) {
  return {
    async ofYear(year: number): Promise<Map<string, FigureRow>> {
      const rows = await deps.db.select().from(figures).where(eq(figures.year, year));
      return new Map(rows.map((row) => [row.indicator, row]));
    },

    /** Records (or corrects) a year's figure; one the exchange measures itself is refused. */
    async record(actor: Person, indicator: string, year: number, input: { value: number; source: string }) {
      const definition = findIndicator(indicator);
      if (!definition || definition.measuredBy === 'platform') {
        throw programmeErrors.PROGRAMME_INVALID_INPUT(
          { vi: 'Chỉ tiêu này do Sàn tự đo, không nhập tay', en: 'The exchange measures this indicator itself' },
          [{ path: '/params/indicator', message: 'is measured by the exchange itself' }],
        );
      }
      if (definition.unit === 'percent' && input.value > 100) {
        throw programmeErrors.PROGRAMME_INVALID_INPUT({ vi: 'Tỷ lệ không quá 100%', en: 'A percentage is at most 100' }, [
          { path: '/body/value', message: 'must be at most 100 (a percentage)' },
        ]);
      }
      if (definition.unit === 'count' && !Number.isInteger(input.value)) {
        throw programmeErrors.PROGRAMME_INVALID_INPUT({ vi: 'Số đếm phải là số nguyên', en: 'A count is a whole number' }, [
          { path: '/body/value', message: 'must be a whole number' },
        ]);
      }
      const values = { value: input.value, source: input.source.trim(), recordedBy: actor.userId, recordedAt: new Date() };
      await deps.db.transaction(async (tx) => {
        await tx
          .insert(figures)
          .values({ indicator, year, ...values })
          .onConflictDoUpdate({ target: [figures.indicator, figures.year], set: values });
        await deps.audit.record(tx, {
          entityType: 'figure',
          entityId: figureEntityId(indicator, year),
          action: 'record',
          actor,
          details: { indicator, year, value: input.value, source: values.source },
        });
      });
      return { indicator, year, ...values, recordedAt: values.recordedAt.toISOString() };
    },
  };
}

export type FigureService = ReturnType<typeof createFigureService>;
