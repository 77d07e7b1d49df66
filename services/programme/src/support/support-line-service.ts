import type { AuditLog } from '@tradeqn/audit';
import { type Db, isUniqueViolation } from '@tradeqn/db';
import { asc, eq } from 'drizzle-orm';
import { supportLines } from '../db/support-schema.ts';
import { programmeErrors } from '../programme-errors.ts';
import { auditIdOf } from './audit-ids.ts';
import type { NewSupportLineInput, SupportLineDto, SupportLineInput } from './support-schemas.ts';

type Person = { userId: string; roles: string[] };
type LineRow = typeof supportLines.$inferSelect;

function present(row: LineRow): SupportLineDto {
  return {
    code: row.code,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    descriptionVi: row.descriptionVi,
    descriptionEn: row.descriptionEn,
    amount: row.amount,
    provincialShare: row.provincialShare,
    centralShare: row.centralShare,
    enterpriseShare: row.enterpriseShare,
    isActive: row.isActive,
    position: row.position,
  };
}

/** The three shares must make the amount (the table's CHECK says the same; this names the field). */
function checkSplit(input: SupportLineInput): void {
  if (input.provincialShare + input.centralShare + input.enterpriseShare !== input.amount) {
    const message = 'provincialShare + centralShare + enterpriseShare must equal amount';
    throw programmeErrors.PROGRAMME_INVALID_INPUT(
      {
        vi: 'Tổng phần ngân sách tỉnh, ngân sách trung ương và doanh nghiệp đối ứng phải bằng mức hỗ trợ',
        en: message,
      },
      [{ path: '/body/amount', message }],
    );
  }
}

const values = (input: SupportLineInput) => ({
  nameVi: input.nameVi.trim(),
  nameEn: input.nameEn.trim(),
  descriptionVi: input.descriptionVi.trim(),
  descriptionEn: input.descriptionEn.trim(),
  amount: input.amount,
  provincialShare: input.provincialShare,
  centralShare: input.centralShare,
  enterpriseShare: input.enterpriseShare,
  isActive: input.isActive,
  position: input.position,
});

/** The programme's support lines, which admins edit: what each pays an enterprise and from where. */
export function createSupportLineService(deps: { db: Db; audit: AuditLog }) {
  return {
    /** Every line in order; only those open to applications unless `all`. */
    async list(options: { all?: boolean } = {}): Promise<SupportLineDto[]> {
      const query = deps.db.select().from(supportLines);
      const rows = await (options.all ? query : query.where(eq(supportLines.isActive, true))).orderBy(
        asc(supportLines.position),
        asc(supportLines.code),
      );
      return rows.map(present);
    },

    async get(code: string): Promise<SupportLineDto> {
      const [row] = await deps.db.select().from(supportLines).where(eq(supportLines.code, code));
      if (!row) throw programmeErrors.PROGRAMME_SUPPORT_LINE_NOT_FOUND();
      return present(row);
    },

    async create(actor: Person, input: NewSupportLineInput): Promise<SupportLineDto> {
      checkSplit(input);
      try {
        return await deps.db.transaction(async (tx) => {
          const [row] = await tx
            .insert(supportLines)
            .values({ code: input.code, ...values(input) })
            .returning();
          if (!row) throw new Error('support line not inserted');
          await deps.audit.record(tx, {
            entityType: 'support-line',
            entityId: auditIdOf('support-line', row.code),
            action: 'create',
            actor,
            details: { code: row.code, ...values(input) },
          });
          return present(row);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw programmeErrors.PROGRAMME_SUPPORT_LINE_TAKEN();
        throw error;
      }
    },

    /** Applications already made keep the amounts they were made with. */
    async update(actor: Person, code: string, input: SupportLineInput): Promise<SupportLineDto> {
      checkSplit(input);
      return deps.db.transaction(async (tx) => {
        const [row] = await tx
          .update(supportLines)
          .set({ ...values(input), updatedAt: new Date() })
          .where(eq(supportLines.code, code))
          .returning();
        if (!row) throw programmeErrors.PROGRAMME_SUPPORT_LINE_NOT_FOUND();
        await deps.audit.record(tx, {
          entityType: 'support-line',
          entityId: auditIdOf('support-line', code),
          action: 'update',
          actor,
          details: { code, ...values(input) },
        });
        return present(row);
      });
    },
  };
}

export type SupportLineService = ReturnType<typeof createSupportLineService>;
