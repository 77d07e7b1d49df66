import type { Db, Executor } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeCursor, keysetPage } from '@tradeqn/kit';
import { and, asc, count, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import { AccountsEvents } from '../contract/events.ts';
import { dataRequests, users } from '../db/schema.ts';
import {
  DATA_REQUEST_ANSWER_MS,
  type DATA_REQUEST_KINDS,
  type DataRequestDto,
  MAX_OPEN_DATA_REQUESTS,
} from './data-request-schemas.ts';
import { privacyErrors } from './privacy-errors.ts';

type Row = typeof dataRequests.$inferSelect;
type Person = { id: string; email: string; fullName: string };

function present(row: Row, at: Date, person?: Person): DataRequestDto {
  return {
    id: row.id,
    kind: row.kind as DataRequestDto['kind'],
    text: row.body,
    status: row.status as DataRequestDto['status'],
    dueAt: row.dueAt.toISOString(),
    isOverdue: row.status === 'open' ? row.dueAt < at : (row.answeredAt ?? at) > row.dueAt,
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    ...(person ? { person } : {}),
  };
}

/** People's requests about their data, and the staff queue that answers them within 72 hours. */
export function createDataRequestService(deps: { db: Db; outbox: OutboxWriter; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  return {
    async create(userId: string, input: { kind: (typeof DATA_REQUEST_KINDS)[number]; text: string }): Promise<DataRequestDto> {
      const at = now();
      const row = await deps.db.transaction(async (tx) => {
        // the person's row, locked: two requests at once count each other
        await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
        const [open] = await tx
          .select({ n: count() })
          .from(dataRequests)
          .where(and(eq(dataRequests.userId, userId), eq(dataRequests.status, 'open')));
        if ((open?.n ?? 0) >= MAX_OPEN_DATA_REQUESTS) throw privacyErrors.ACCOUNTS_DATA_REQUESTS_OPEN();
        const [inserted] = await tx
          .insert(dataRequests)
          .values({ userId, kind: input.kind, body: input.text.trim(), dueAt: new Date(at.getTime() + DATA_REQUEST_ANSWER_MS) })
          .returning();
        return inserted as Row;
      });
      return present(row, at);
    },

    async mine(userId: string) {
      const rows = await deps.db
        .select()
        .from(dataRequests)
        .where(eq(dataRequests.userId, userId))
        .orderBy(desc(dataRequests.createdAt))
        .limit(50);
      const at = now();
      return { items: rows.map((row) => present(row, at)) };
    },

    /** Open ones by deadline, soonest first; answered ones newest first. */
    async queue(query: { status?: string | undefined; limit: number; cursor?: string | undefined }) {
      const status = query.status ?? 'open';
      const isOpen = status === 'open';
      const after = query.cursor ? decodeCursor(query.cursor, ['timestamp', 'uuid']) : undefined;
      const key = isOpen ? dataRequests.dueAt : dataRequests.createdAt;
      const where: SQL[] = [eq(dataRequests.status, status)];
      if (after) {
        const [moment, id] = [new Date(after[0]), after[1]];
        where.push(
          (isOpen
            ? or(gt(key, moment), and(eq(key, moment), gt(dataRequests.id, id)))
            : or(lt(key, moment), and(eq(key, moment), lt(dataRequests.id, id)))) as SQL,
        );
      }
      const rows = await deps.db
        .select({ request: dataRequests, person: { id: users.id, email: users.email, fullName: users.fullName } })
        .from(dataRequests)
        .innerJoin(users, eq(users.id, dataRequests.userId))
        .where(and(...where))
        .orderBy(...(isOpen ? [asc(key), asc(dataRequests.id)] : [desc(key), desc(dataRequests.id)]))
        .limit(query.limit + 1);
      const page = keysetPage(rows, query.limit, ({ request }) => [
        (isOpen ? request.dueAt : request.createdAt).toISOString(),
        request.id,
      ]);
      const at = now();
      return { items: page.rows.map(({ request, person }) => present(request, at, person)), nextCursor: page.nextCursor };
    },

    /** Staff answer once (of two at once, one wins); the person is mailed the answer. */
    async answer(staffId: string, id: string, input: { outcome: 'done' | 'rejected'; answer: string }): Promise<DataRequestDto> {
      const at = now();
      const row = await deps.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(dataRequests)
          .set({ status: input.outcome, answer: input.answer.trim(), answeredBy: staffId, answeredAt: at })
          .where(and(eq(dataRequests.id, id), eq(dataRequests.status, 'open')))
          .returning();
        if (!updated) return undefined;
        await deps.outbox.write(tx, AccountsEvents.dataRequestAnswered, { userId: updated.userId, requestId: updated.id });
        return updated;
      });
      if (row) return present(row, at);
      const [existing] = await deps.db.select({ id: dataRequests.id }).from(dataRequests).where(eq(dataRequests.id, id));
      throw existing ? privacyErrors.ACCOUNTS_DATA_REQUEST_ANSWERED() : privacyErrors.ACCOUNTS_DATA_REQUEST_NOT_FOUND();
    },

    /** One request, read with `tx` when given (a job's transaction: the embedded database has one connection). */
    async byId(id: string, tx: Executor = deps.db) {
      return (await tx.select().from(dataRequests).where(eq(dataRequests.id, id)))[0];
    },
  };
}

export type DataRequestService = ReturnType<typeof createDataRequestService>;
