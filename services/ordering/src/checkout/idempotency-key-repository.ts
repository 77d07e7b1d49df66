import { createBatcher, type Db, queryRows } from '@tradeqn/db';
import { and, eq, sql } from 'drizzle-orm';
import { idempotencyKeys } from '../db/schema.ts';

export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;

export interface KeyClaim {
  userId: string;
  key: string;
  requestHash: string;
}

export type ClaimResult = { claimed: true } | { claimed: false; row: IdempotencyKeyRow | undefined };

export interface KeyAnswer {
  userId: string;
  key: string;
  statusCode: number;
  response: unknown;
}

const pairOf = (claim: { userId: string; key: string }) => `${claim.userId} ${claim.key}`;

/** Claims many fresh keys in one statement; gives back the `userId key` pairs it claimed. */
async function claimFresh(db: Db, claims: KeyClaim[]): Promise<Set<string>> {
  const records = JSON.stringify(
    claims.map((claim) => ({ user_id: claim.userId, key: claim.key, request_hash: claim.requestHash })),
  );
  const rows = await queryRows<{ user_id: string; key: string }>(
    db,
    sql`INSERT INTO ordering.idempotency_keys (user_id, key, request_hash)
        SELECT user_id, key, request_hash FROM jsonb_to_recordset(${records}::jsonb) AS c(user_id uuid, key text, request_hash text)
        ON CONFLICT DO NOTHING RETURNING user_id, key`,
  );
  return new Set(rows.map((row) => pairOf({ userId: row.user_id, key: row.key })));
}

/** Records the answers of many finished requests in one statement. */
async function completeMany(db: Db, answers: KeyAnswer[]): Promise<void> {
  const records = JSON.stringify(
    answers.map((answer) => ({
      user_id: answer.userId,
      key: answer.key,
      status_code: answer.statusCode,
      response: answer.response,
    })),
  );
  await db.execute(sql`UPDATE ordering.idempotency_keys k SET response = a.response, status_code = a.status_code
    FROM jsonb_to_recordset(${records}::jsonb) AS a(user_id uuid, key text, status_code integer, response jsonb)
    WHERE k.user_id = a.user_id AND k.key = a.key`);
}

/** Claims a key that was not fresh: free again, or left by a first request that died; else answers its record. */
async function claimTaken(db: Db, claim: KeyClaim): Promise<ClaimResult> {
  const { userId, key, requestHash } = claim;
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ userId, key, requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return { claimed: true };
  // a first attempt that died half-way (its process killed) leaves a claim without an answer:
  // after a while the key may be taken again, or it would answer "in progress" for ever
  const [takenOver] = await db
    .update(idempotencyKeys)
    .set({ requestHash, createdAt: new Date() })
    .where(
      and(
        eq(idempotencyKeys.userId, userId),
        eq(idempotencyKeys.key, key),
        sql`${idempotencyKeys.response} IS NULL`,
        sql`${idempotencyKeys.createdAt} < now() - interval '2 minutes'`,
      ),
    )
    .returning({ key: idempotencyKeys.key });
  if (takenOver) return { claimed: true };
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  return { claimed: false, row };
}

/** The `Idempotency-Key` records of ordering: claims and answers share statements with the requests of the same moment. */
export function createIdempotencyKeyRepository(db: Db) {
  const claimFreshBatched = createBatcher<KeyClaim, boolean>({
    run: async (claims) => {
      // the same key twice in one batch: the first may claim it, the second finds it taken
      const firsts = claims.filter((claim, index) => claims.findIndex((other) => pairOf(other) === pairOf(claim)) === index);
      const claimed = await claimFresh(db, firsts);
      return claims.map((claim) => firsts.includes(claim) && claimed.has(pairOf(claim)));
    },
  });
  const completeBatched = createBatcher<KeyAnswer, void>({
    run: async (answers) => {
      await completeMany(db, answers);
      return answers.map(() => undefined);
    },
    runOne: (answer) => completeMany(db, [answer]),
  });

  return {
    /**
     * Claims the key for this request. Most keys are fresh: claimed together with the other
     * requests of the moment; the rest (a retry, a key whose first request died) one by one.
     */
    async claim(claim: KeyClaim): Promise<ClaimResult> {
      return (await claimFreshBatched(claim)) ? { claimed: true } : claimTaken(db, claim);
    },
    /** Keeps the answer, for the same request sent again. */
    complete: completeBatched,
    /** A request that failed leaves nothing behind: the same key may try again. */
    async release(userId: string, key: string): Promise<void> {
      await db
        .delete(idempotencyKeys)
        .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key), sql`${idempotencyKeys.response} IS NULL`));
    },
  };
}

export type IdempotencyKeyRepository = ReturnType<typeof createIdempotencyKeyRepository>;
