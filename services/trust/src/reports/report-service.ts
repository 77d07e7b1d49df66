import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { AuditLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeNewestCursor, newestPage } from '@tradeqn/kit';
import { type ReportReason, TrustEvents } from '../contract/index.ts';
import { publicPathOf, type TargetSnapshot, type Targets } from '../removal/targets.ts';
import { trustErrors } from '../trust-errors.ts';
import { createReportRepository, type ReportRow } from './report-repository.ts';
import type { CreateReportInput, ReportDto } from './report-schemas.ts';

type Person = { userId: string; roles: string[] };

export interface ReportServiceDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
  targets: Targets;
  accounts: Pick<AccountsApi, 'getUser'>;
}

function present(row: ReportRow): ReportDto {
  return {
    id: row.id,
    target: {
      kind: row.targetKind as 'listing' | 'enterprise',
      id: row.targetId,
      name: row.targetName,
      slug: row.targetSlug,
      enterpriseId: row.enterpriseId,
      path: publicPathOf({ targetKind: row.targetKind as 'listing', targetSlug: row.targetSlug }),
    },
    reason: row.reason as ReportReason,
    details: row.details,
    reporterEmail: row.reporterEmail,
    isSignedIn: row.reporterUserId !== null,
    status: row.status as ReportDto['status'],
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionNote: row.decisionNote,
    createdAt: row.createdAt.toISOString(),
  };
}

const snapshotOf = (row: ReportRow): TargetSnapshot => ({
  targetKind: row.targetKind as 'listing' | 'enterprise',
  targetId: row.targetId,
  targetName: row.targetName,
  targetSlug: row.targetSlug,
  enterpriseId: row.enterpriseId,
});

/**
 * Reports of listings and enterprises from anyone: a queue for staff, who dismiss one with a
 * reason or act on it (the takedown's own path through the owner's contract); the reporter is
 * mailed the outcome either way.
 */
export function createReportService(deps: ReportServiceDeps) {
  const repo = createReportRepository();

  async function load(id: string): Promise<ReportRow> {
    const row = await repo.find(deps.db, id);
    if (!row) throw trustErrors.TRUST_REPORT_NOT_FOUND();
    return row;
  }

  return {
    /** A signed-in person's report is answered at their account's address; a visitor gives one. */
    async create(actor: Person | null, input: CreateReportInput): Promise<{ id: string; status: 'open' }> {
      let email = input.email?.trim().toLowerCase();
      if (actor) email = (await deps.accounts.getUser(actor.userId))?.email ?? email;
      if (!email) throw trustErrors.TRUST_INVALID_INPUT(undefined, [{ path: '/body/email', message: 'is required' }]);
      const target = await deps.targets.resolve(input.targetKind, input.target, '/body/target');
      const row = await repo.insert(deps.db, {
        ...target,
        reason: input.reason,
        details: input.details.trim(),
        reporterUserId: actor?.userId ?? null,
        reporterEmail: email,
      });
      return { id: row.id, status: 'open' };
    },

    async list(query: { status: string; limit: number; cursor?: string | undefined }) {
      const rows = await repo.page(
        deps.db,
        query.status,
        query.limit + 1,
        query.cursor ? decodeNewestCursor(query.cursor) : undefined,
      );
      const page = newestPage(rows, query.limit);
      return { items: page.rows.map(present), nextCursor: page.nextCursor };
    },

    async countOpen(): Promise<number> {
      return repo.countOpen(deps.db);
    },

    async get(id: string): Promise<ReportDto> {
      return present(await load(id));
    },

    /** Staff find nothing to act on: the reporter is told why. */
    async dismiss(actor: Person, id: string, reason: string): Promise<ReportDto> {
      await load(id);
      const note = reason.trim();
      const row = await deps.db.transaction(async (tx) => {
        const decided = await repo.decide(tx, id, {
          status: 'dismissed',
          decidedAt: new Date(),
          decidedBy: actor.userId,
          decisionNote: note,
        });
        if (!decided) throw trustErrors.TRUST_REPORT_DECIDED();
        await deps.audit.record(tx, { entityType: 'report', entityId: id, action: 'dismiss', actor, reason: note });
        await deps.outbox.write(tx, TrustEvents.reportResolved, {
          reportId: id,
          outcome: 'dismissed',
          note,
          reporterEmail: decided.reporterEmail,
          ...snapshotOf(decided),
        });
        return decided;
      });
      return present(row);
    },

    /** Staff take the target down on the legal basis given: its seller and the reporter are mailed. */
    async act(actor: Person, id: string, legalBasis: string): Promise<ReportDto> {
      const current = await load(id);
      if (current.status !== 'open') throw trustErrors.TRUST_REPORT_DECIDED();
      const basis = legalBasis.trim();
      const targetStatus = await deps.targets.remove(
        snapshotOf(current),
        actor,
        `Gỡ bỏ sau khi xem xét báo cáo vi phạm; căn cứ: ${basis}`,
        { legalHold: false },
      );
      const row = await deps.db.transaction(async (tx) => {
        const at = new Date();
        const decided = await repo.decide(tx, id, {
          status: 'actioned',
          decidedAt: at,
          decidedBy: actor.userId,
          decisionNote: basis,
        });
        if (!decided) throw trustErrors.TRUST_REPORT_DECIDED();
        await deps.audit.record(tx, {
          entityType: 'report',
          entityId: id,
          action: 'remove',
          actor,
          reason: basis,
          details: { targetKind: decided.targetKind, targetId: decided.targetId, targetStatus, removedAt: at.toISOString() },
        });
        await deps.outbox.write(tx, TrustEvents.targetRemoved, {
          source: 'report',
          sourceId: id,
          legalBasis: basis,
          documentNumber: null,
          issuer: null,
          removedAt: at.toISOString(),
          ...snapshotOf(decided),
        });
        await deps.outbox.write(tx, TrustEvents.reportResolved, {
          reportId: id,
          outcome: 'actioned',
          note: basis,
          reporterEmail: decided.reporterEmail,
          ...snapshotOf(decided),
        });
        return decided;
      });
      return present(row);
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
