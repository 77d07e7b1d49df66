import type { AuditLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeCursor, keysetPage } from '@tradeqn/kit';
import { TrustEvents } from '../contract/index.ts';
import { publicPathOf, type Targets } from '../removal/targets.ts';
import { trustErrors } from '../trust-errors.ts';
import { createTakedownRepository, type TakedownRow } from './takedown-repository.ts';
import type { CreateTakedownInput, TakedownDto } from './takedown-schemas.ts';

type Person = { userId: string; roles: string[] };

export interface TakedownServiceDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
  targets: Targets;
  /** The law's time to act, from receipt (24 hours). */
  deadlineMs: number;
  /** The clock (tests and the escalation job pass their own moment). */
  now?: () => Date;
}

/** A receipt a few minutes ahead of the server's clock is an office PC's clock, not the future. */
const CLOCK_SKEW_MS = 5 * 60_000;
const ESCALATIONS = [12, 20] as const;

/**
 * Competent authorities' takedown requests: staff record the document, the 24-hour clock runs
 * from receipt, staff are reminded at 12 and 20 hours, and staff take the listing or the
 * enterprise down (through its owner) or close the request without action, with a reason.
 */
export function createTakedownService(deps: TakedownServiceDeps) {
  const repo = createTakedownRepository();
  const now = deps.now ?? (() => new Date());

  function present(row: TakedownRow, at = now()): TakedownDto {
    const deadline = new Date(row.receivedAt.getTime() + deps.deadlineMs);
    // a request dealt with keeps the time it had left then; an open one counts down
    const reference = row.actedAt ?? at;
    const remainingSeconds = Math.floor((deadline.getTime() - reference.getTime()) / 1000);
    return {
      id: row.id,
      documentNumber: row.documentNumber,
      documentDate: row.documentDate,
      issuer: row.issuer,
      target: {
        kind: row.targetKind as 'listing' | 'enterprise',
        id: row.targetId,
        name: row.targetName,
        slug: row.targetSlug,
        enterpriseId: row.enterpriseId,
        path: publicPathOf({ targetKind: row.targetKind as 'listing', targetSlug: row.targetSlug }),
      },
      requestedAction: row.requestedAction,
      legalBasis: row.legalBasis,
      status: row.status as TakedownDto['status'],
      receivedAt: row.receivedAt.toISOString(),
      deadlineAt: deadline.toISOString(),
      remainingSeconds,
      isOverdue: row.status === 'open' ? remainingSeconds < 0 : row.status === 'removed' && row.isWithinDeadline === false,
      escalated12At: row.escalated12At?.toISOString() ?? null,
      escalated20At: row.escalated20At?.toISOString() ?? null,
      actedAt: row.actedAt?.toISOString() ?? null,
      actionNote: row.actionNote,
      isWithinDeadline: row.isWithinDeadline,
      createdAt: row.createdAt.toISOString(),
    };
  }

  async function load(id: string): Promise<TakedownRow> {
    const row = await repo.find(deps.db, id);
    if (!row) throw trustErrors.TRUST_TAKEDOWN_NOT_FOUND();
    return row;
  }

  return {
    present,

    /** Staff record an authority's request from its document; the clock starts at its receipt. */
    async record(actor: Person, input: CreateTakedownInput): Promise<TakedownDto> {
      const at = now();
      const receivedAt = input.receivedAt ? new Date(input.receivedAt) : at;
      const problems: { path: string; message: string }[] = [];
      if (receivedAt.getTime() > at.getTime() + CLOCK_SKEW_MS) {
        problems.push({ path: '/body/receivedAt', message: 'must not be in the future' });
      }
      // the document is dated on or before the day it reached us (a day's grace for time zones)
      if (new Date(`${input.documentDate}T00:00:00Z`).getTime() > receivedAt.getTime() + 24 * 3600_000) {
        problems.push({ path: '/body/documentDate', message: 'must not be after the time of receipt' });
      }
      if (problems.length > 0) throw trustErrors.TRUST_INVALID_INPUT(undefined, problems);
      const target = await deps.targets.resolve(input.targetKind, input.target, '/body/target');
      const row = await deps.db.transaction(async (tx) => {
        const inserted = await repo.insert(tx, {
          documentNumber: input.documentNumber.trim(),
          documentDate: input.documentDate,
          issuer: input.issuer.trim(),
          ...target,
          requestedAction: input.requestedAction.trim(),
          legalBasis: input.legalBasis.trim(),
          receivedAt,
          recordedBy: actor.userId,
        });
        await deps.audit.record(tx, {
          entityType: 'takedown',
          entityId: inserted.id,
          action: 'record',
          actor,
          details: {
            documentNumber: inserted.documentNumber,
            issuer: inserted.issuer,
            targetKind: inserted.targetKind,
            targetId: inserted.targetId,
            receivedAt: inserted.receivedAt.toISOString(),
          },
        });
        return inserted;
      });
      return present(row);
    },

    /** What waits: open requests, and how many of them are past their 24 hours. */
    async counts() {
      return repo.countOpen(deps.db, new Date(now().getTime() - deps.deadlineMs));
    },

    async get(id: string): Promise<TakedownDto> {
      return present(await load(id));
    },

    async list(query: { status: string; limit: number; cursor?: string | undefined }) {
      const after = query.cursor ? decodeCursor(query.cursor, ['timestamp', 'uuid']) : undefined;
      const rows = await repo.page(
        deps.db,
        query.status,
        query.limit + 1,
        after ? { receivedAt: after[0], id: after[1] } : undefined,
      );
      const page = keysetPage(rows, query.limit, (row) => [row.receivedAt.toISOString(), row.id]);
      const at = now();
      return { items: page.rows.map((row) => present(row, at)), nextCursor: page.nextCursor };
    },

    /**
     * Takes the target down on the legal basis given: the owner's change first (it leaves what is
     * already down as it is, so a retry is harmless), then the request is closed with the time of
     * removal, audited, and the seller mailed through the outbox, in one transaction.
     */
    async remove(actor: Person, id: string, legalBasis: string): Promise<TakedownDto> {
      const current = await load(id);
      if (current.status !== 'open') throw trustErrors.TRUST_TAKEDOWN_DECIDED();
      const basis = legalBasis.trim();
      const reason = `Gỡ bỏ theo yêu cầu của ${current.issuer} (văn bản số ${current.documentNumber}); căn cứ: ${basis}`;
      // an authority's removal holds: its seller cannot send the listing back to review
      const targetStatus = await deps.targets.remove(current, actor, reason, { legalHold: true });
      const row = await deps.db.transaction(async (tx) => {
        const at = now();
        const isWithinDeadline = at.getTime() <= current.receivedAt.getTime() + deps.deadlineMs;
        const decided = await repo.decide(tx, id, {
          status: 'removed',
          actedAt: at,
          actedBy: actor.userId,
          actionNote: basis,
          isWithinDeadline,
        });
        // someone else decided meanwhile: their record stands (the removal above changed nothing more)
        if (!decided) throw trustErrors.TRUST_TAKEDOWN_DECIDED();
        await deps.audit.record(tx, {
          entityType: 'takedown',
          entityId: id,
          action: 'remove',
          actor,
          reason: basis,
          details: {
            targetKind: decided.targetKind,
            targetId: decided.targetId,
            targetStatus,
            documentNumber: decided.documentNumber,
            issuer: decided.issuer,
            receivedAt: decided.receivedAt.toISOString(),
            removedAt: at.toISOString(),
            isWithinDeadline,
          },
        });
        await deps.outbox.write(tx, TrustEvents.targetRemoved, {
          source: 'takedown',
          sourceId: id,
          legalBasis: basis,
          documentNumber: decided.documentNumber,
          issuer: decided.issuer,
          removedAt: at.toISOString(),
          targetKind: decided.targetKind as 'listing' | 'enterprise',
          targetId: decided.targetId,
          targetName: decided.targetName,
          targetSlug: decided.targetSlug,
          enterpriseId: decided.enterpriseId,
        });
        return decided;
      });
      return present(row);
    },

    /** Closes the request without taking anything down, with the reason (audited). */
    async close(actor: Person, id: string, reason: string): Promise<TakedownDto> {
      await load(id);
      const row = await deps.db.transaction(async (tx) => {
        const decided = await repo.decide(tx, id, {
          status: 'closed',
          actedAt: now(),
          actedBy: actor.userId,
          actionNote: reason.trim(),
        });
        if (!decided) throw trustErrors.TRUST_TAKEDOWN_DECIDED();
        await deps.audit.record(tx, { entityType: 'takedown', entityId: id, action: 'close', actor, reason: reason.trim() });
        return decided;
      });
      return present(row);
    },

    /**
     * Reminds staff of the open requests 12 and 20 hours after receipt, each reminder once: the
     * mark and its outbox event are written in one transaction, and a run at the same moment
     * (another worker, a timer that fired twice) finds the mark set. Answers the reminders written.
     */
    async escalate(at: Date = now()): Promise<number> {
      let written = 0;
      for (const hours of ESCALATIONS) {
        written += await deps.db.transaction(async (tx) => {
          const due = await repo.markEscalated(tx, hours, at);
          for (const row of due) {
            await deps.outbox.write(tx, TrustEvents.takedownEscalated, {
              takedownId: row.id,
              hours,
              documentNumber: row.documentNumber,
              issuer: row.issuer,
              receivedAt: row.receivedAt.toISOString(),
              deadlineAt: new Date(row.receivedAt.getTime() + deps.deadlineMs).toISOString(),
              targetKind: row.targetKind as 'listing' | 'enterprise',
              targetId: row.targetId,
              targetName: row.targetName,
              targetSlug: row.targetSlug,
              enterpriseId: row.enterpriseId,
            });
          }
          return due.length;
        });
      }
      return written;
    },
  };
}

export type TakedownService = ReturnType<typeof createTakedownService>;
