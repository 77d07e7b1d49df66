import type { Db } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { defineErrors } from '@tradeqn/kit';
import { AccountsEvents } from '../contract/events.ts';
import { CONSENT_PURPOSES, CONSENT_WORDING_VERSIONS, type ConsentPurpose } from './consent-purposes.ts';
import { type ConsentRow, createConsentRepository } from './consent-repository.ts';

export const consentErrors = defineErrors({
  ACCOUNTS_CONSENT_WORDING_OUTDATED: {
    status: 409,
    vi: 'Nội dung xin đồng ý đã được cập nhật; hãy đọc lại và chọn lại',
    en: 'The wording has changed since it was shown; read it again and choose again',
  },
});

/** A person's current answer for one purpose: refused (with no version or time) until they decide. */
export interface ConsentState {
  purpose: ConsentPurpose;
  isGranted: boolean;
  /** The wording's version the decision was made under (null: never decided). */
  wordingVersion: string | null;
  currentWordingVersion: string;
  decidedAt: string | null;
}

export interface ConsentDecision {
  purpose: string;
  isGranted: boolean;
  wordingVersion: string;
  ip: string | null;
  decidedAt: string;
}

const toState = (purpose: ConsentPurpose, row: ConsentRow | undefined): ConsentState => ({
  purpose,
  isGranted: row?.isGranted ?? false,
  wordingVersion: row?.wordingVersion ?? null,
  currentWordingVersion: CONSENT_WORDING_VERSIONS[purpose],
  decidedAt: row?.createdAt.toISOString() ?? null,
});

export function createConsentService(deps: { db: Db; outbox: OutboxWriter }) {
  const repo = createConsentRepository();
  return {
    /** Every purpose, refused unless the newest decision gave it. */
    async list(userId: string): Promise<ConsentState[]> {
      const rows = await repo.latest(deps.db, userId);
      return CONSENT_PURPOSES.map((purpose) =>
        toState(
          purpose,
          rows.find((row) => row.purpose === purpose),
        ),
      );
    },

    async get(userId: string, purpose: ConsentPurpose): Promise<ConsentState> {
      return toState(purpose, await repo.latestOf(deps.db, userId, purpose));
    },

    /**
     * Records a decision (given or withdrawn) under the wording the person was shown: a new row,
     * never an update, and an event in the same transaction (marketing reads a withdrawal).
     */
    async decide(input: {
      userId: string;
      purpose: ConsentPurpose;
      isGranted: boolean;
      wordingVersion: string;
      ip: string | null;
    }): Promise<ConsentState> {
      if (input.wordingVersion !== CONSENT_WORDING_VERSIONS[input.purpose]) {
        throw consentErrors.ACCOUNTS_CONSENT_WORDING_OUTDATED();
      }
      return deps.db.transaction(async (tx) => {
        const row = await repo.insert(tx, input);
        await deps.outbox.write(tx, AccountsEvents.consentChanged, {
          userId: input.userId,
          purpose: input.purpose,
          isGranted: input.isGranted,
          wordingVersion: input.wordingVersion,
        });
        return toState(input.purpose, row);
      });
    },

    async history(userId: string, limit = 100): Promise<ConsentDecision[]> {
      return (await repo.history(deps.db, userId, limit)).map((row) => ({
        purpose: row.purpose,
        isGranted: row.isGranted,
        wordingVersion: row.wordingVersion,
        ip: row.ip,
        decidedAt: row.createdAt.toISOString(),
      }));
    },
  };
}

export type ConsentService = ReturnType<typeof createConsentService>;
