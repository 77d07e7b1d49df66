import type { AuditLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeCursor, keysetPage } from '@tradeqn/kit';
import { isNull, type SQL } from 'drizzle-orm';
import { TrustEvents } from '../contract/index.ts';
import { dataBreaches } from '../db/schema.ts';
import { trustErrors } from '../trust-errors.ts';
import { type BreachRow, createBreachRepository } from './breach-repository.ts';
import type { BreachDto, CreateBreachInput } from './breach-schemas.ts';

type Person = { userId: string; roles: string[] };

/** The law's time to tell the authority, from discovery. */
export const BREACH_NOTICE_MS = 72 * 3600_000;
const ESCALATIONS = [48, 66] as const;
/** A time a few minutes ahead of the server's clock is an office PC's clock, not the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface BreachServiceDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
  now?: () => Date;
}

/**
 * The register of personal-data breaches: admins record one as soon as it is found, the 72-hour
 * clock to notify the authority runs from discovery, admins are reminded at 48 and 66 hours,
 * and the notice (its reference and time), the people told and the closing are recorded.
 */
export function createBreachService(deps: BreachServiceDeps) {
  const repo = createBreachRepository();
  const now = deps.now ?? (() => new Date());

  function present(row: BreachRow, at = now()): BreachDto {
    const deadline = new Date(row.discoveredAt.getTime() + BREACH_NOTICE_MS);
    const reference = row.authorityNotifiedAt ?? at;
    const remainingSeconds = Math.floor((deadline.getTime() - reference.getTime()) / 1000);
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      dataCategories: row.dataCategories,
      peopleAffected: row.peopleAffected,
      measures: row.measures,
      status: row.status as BreachDto['status'],
      discoveredAt: row.discoveredAt.toISOString(),
      deadlineAt: deadline.toISOString(),
      remainingSeconds,
      isOverdue: remainingSeconds < 0,
      authorityNotifiedAt: row.authorityNotifiedAt?.toISOString() ?? null,
      authorityReference: row.authorityReference,
      isWithinDeadline: row.isWithinDeadline,
      subjectsNotifiedAt: row.subjectsNotifiedAt?.toISOString() ?? null,
      closedAt: row.closedAt?.toISOString() ?? null,
      closingNote: row.closingNote,
      createdAt: row.createdAt.toISOString(),
    };
  }

  function moment(input: string | undefined, at: Date, path: string): Date {
    const value = input ? new Date(input) : at;
    if (value.getTime() > at.getTime() + CLOCK_SKEW_MS) {
      throw trustErrors.TRUST_INVALID_INPUT({ vi: 'Thời điểm không được ở tương lai', en: 'The time may not be in the future' }, [
        { path, message: 'must not be in the future' },
      ]);
    }
    return value;
  }

  async function load(id: string): Promise<BreachRow> {
    const row = await repo.find(deps.db, id);
    if (!row) throw trustErrors.TRUST_BREACH_NOT_FOUND();
    return row;
  }

  async function move(
    actor: Person,
    id: string,
    from: string,
    patch: Partial<BreachRow>,
    action: string,
    details: object,
    onlyIf?: SQL,
  ) {
    const at = now();
    const row = await deps.db.transaction(async (tx) => {
      const moved = await repo.update(tx, id, from, patch, onlyIf);
      if (!moved) return undefined;
      await deps.audit.record(tx, { entityType: 'data-breach', entityId: id, action, actor, details: { ...details } });
      return moved;
    });
    if (!row) {
      await load(id);
      throw trustErrors.TRUST_BREACH_STATE();
    }
    return present(row, at);
  }

  return {
    present,

    async record(actor: Person, input: CreateBreachInput): Promise<BreachDto> {
      const at = now();
      const discoveredAt = moment(input.discoveredAt, at, '/body/discoveredAt');
      const row = await deps.db.transaction(async (tx) => {
        const inserted = await repo.insert(tx, {
          title: input.title.trim(),
          description: input.description.trim(),
          dataCategories: input.dataCategories.trim(),
          peopleAffected: input.peopleAffected ?? null,
          measures: input.measures.trim(),
          discoveredAt,
          recordedBy: actor.userId,
        });
        await deps.audit.record(tx, {
          entityType: 'data-breach',
          entityId: inserted.id,
          action: 'record',
          actor,
          details: { title: inserted.title, discoveredAt: discoveredAt.toISOString(), peopleAffected: inserted.peopleAffected },
        });
        return inserted;
      });
      return present(row, at);
    },

    async get(id: string): Promise<BreachDto> {
      return present(await load(id));
    },

    async list(query: { status?: string | undefined; limit: number; cursor?: string | undefined }) {
      const after = query.cursor ? decodeCursor(query.cursor, ['timestamp', 'uuid']) : undefined;
      const rows = await repo.page(
        deps.db,
        query.status,
        query.limit + 1,
        after ? { createdAt: after[0], id: after[1] } : undefined,
      );
      const page = keysetPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
      const at = now();
      return { items: page.rows.map((row) => present(row, at)), nextCursor: page.nextCursor };
    },

    async counts() {
      return repo.countOpen(deps.db, new Date(now().getTime() - BREACH_NOTICE_MS));
    },

    /** The authority was told (under its reference): the clock stops, and whether it was in time is kept. */
    async authorityNotified(actor: Person, id: string, input: { reference: string; notifiedAt?: string | undefined }) {
      const row = await load(id);
      const notifiedAt = moment(input.notifiedAt, now(), '/body/notifiedAt');
      if (notifiedAt < row.discoveredAt) {
        throw trustErrors.TRUST_INVALID_INPUT(
          { vi: 'Thời điểm thông báo trước thời điểm phát hiện', en: 'Notified before it was discovered' },
          [{ path: '/body/notifiedAt', message: 'must not be before the discovery' }],
        );
      }
      const isWithinDeadline = notifiedAt.getTime() <= row.discoveredAt.getTime() + BREACH_NOTICE_MS;
      return move(
        actor,
        id,
        'open',
        { status: 'notified', authorityNotifiedAt: notifiedAt, authorityReference: input.reference.trim(), isWithinDeadline },
        'authority-notified',
        { reference: input.reference.trim(), notifiedAt: notifiedAt.toISOString(), isWithinDeadline },
      );
    },

    /** The people whose data it was were told (once), whatever the authority's state. */
    async subjectsNotified(actor: Person, id: string) {
      const row = await load(id);
      if (row.subjectsNotifiedAt || row.status === 'closed') throw trustErrors.TRUST_BREACH_STATE();
      const at = now();
      // of two admins recording it at once, one does
      return move(
        actor,
        id,
        row.status,
        { subjectsNotifiedAt: at },
        'subjects-notified',
        { at: at.toISOString() },
        isNull(dataBreaches.subjectsNotifiedAt),
      );
    },

    /** Closes a notified breach with what was finally done. */
    async close(actor: Person, id: string, note: string) {
      const at = now();
      return move(actor, id, 'notified', { status: 'closed', closedAt: at, closingNote: note.trim() }, 'close', {
        note: note.trim(),
      });
    },

    /** Mails the reminders due (each level once per breach); the schedule runs it every minute. */
    async escalate(at: Date = now()): Promise<number> {
      let written = 0;
      for (const hours of ESCALATIONS) {
        written += await deps.db.transaction(async (tx) => {
          const due = await repo.markEscalated(tx, hours, at);
          for (const row of due) {
            await deps.outbox.write(tx, TrustEvents.breachEscalated, {
              breachId: row.id,
              hours,
              title: row.title,
              discoveredAt: row.discoveredAt.toISOString(),
              deadlineAt: new Date(row.discoveredAt.getTime() + BREACH_NOTICE_MS).toISOString(),
            });
          }
          return due.length;
        });
      }
      return written;
    },
  };
}

export type BreachService = ReturnType<typeof createBreachService>;
