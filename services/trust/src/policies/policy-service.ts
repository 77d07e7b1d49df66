import type { AuditLog } from '@tradeqn/audit';
import { type Db, isUniqueViolation } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { firstDateAfterNotice, isCalendarDate, vnDateOf } from '@tradeqn/vn';
import { TrustEvents } from '../contract/index.ts';
import { POLICY_NOTICE_WORKING_DAYS, POLICY_PLACEHOLDERS, type PolicySlug } from '../contract/policy-documents.ts';
import { trustErrors } from '../trust-errors.ts';
import { diffPolicyText } from './policy-diff.ts';
import { createPolicyRepository, type PolicyVersionRow } from './policy-repository.ts';
import type { MyPoliciesDto, NewPolicyVersionInput, PolicyVersionDto } from './policy-schemas.ts';
import { type DocumentStanding, standingOn, summaryOf } from './policy-standing.ts';

type Person = { userId: string; roles: string[] };

export interface PolicyServiceDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
  /** Public holidays beyond the fixed ones (Tết…), for the notice period. */
  holidays: ReadonlySet<string>;
  now?: () => Date;
}

const invalid = (vi: string, en: string, path: string, message: string) =>
  trustErrors.TRUST_INVALID_INPUT({ vi, en }, [{ path, message }]);

/** `{{name}}` the pages cannot fill would reach readers as written. */
function unknownPlaceholders(text: string): string[] {
  const known: readonly string[] = POLICY_PLACEHOLDERS;
  return [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((match) => match[1] ?? '').filter((name) => !known.includes(name));
}

/**
 * The operating rules and policies in versions: the version in force and the one announced, the
 * difference between versions, publishing a new one (at least five working days ahead; one waits
 * at a time), and each person's acceptance of the versions in force.
 */
export function createPolicyService(deps: PolicyServiceDeps) {
  const repo = createPolicyRepository();
  const now = deps.now ?? (() => new Date());

  async function standings(): Promise<DocumentStanding[]> {
    return standingOn(await repo.heads(deps.db), vnDateOf(now()));
  }

  async function standingOf(slug: string): Promise<DocumentStanding> {
    const standing = (await standings()).find((one) => one.slug === slug);
    if (!standing) throw trustErrors.TRUST_POLICY_NOT_FOUND();
    return standing;
  }

  async function full(row: PolicyVersionRow, standing: DocumentStanding): Promise<PolicyVersionDto> {
    const previous = row.version > 1 ? await repo.find(deps.db, row.slug, row.version - 1) : undefined;
    return {
      ...summaryOf(row, standing),
      body: row.body,
      bodyEn: row.bodyEn,
      changes: previous ? diffPolicyText(previous.body, row.body) : null,
      changesEn: previous?.bodyEn && row.bodyEn ? diffPolicyText(previous.bodyEn, row.bodyEn) : null,
    };
  }

  function earliestEffectiveFrom(): string {
    return firstDateAfterNotice(vnDateOf(now()), POLICY_NOTICE_WORKING_DAYS, deps.holidays);
  }

  return {
    earliestEffectiveFrom,

    async documents() {
      return (await standings()).map((standing) => ({
        slug: standing.slug,
        title: standing.title,
        titleEn: standing.titleEn,
        inForce: summaryOf(standing.inForce, standing),
        upcoming: standing.upcoming ? summaryOf(standing.upcoming, standing) : null,
      }));
    },

    async detail(slug: string) {
      const standing = await standingOf(slug);
      const inForce = await repo.find(deps.db, slug, standing.inForce.version);
      if (!inForce) throw trustErrors.TRUST_POLICY_NOT_FOUND();
      return {
        inForce: await full(inForce, standing),
        upcoming: standing.upcoming ? summaryOf(standing.upcoming, standing) : null,
        versions: standing.versions.map((head) => summaryOf(head, standing)),
      };
    },

    async version(slug: string, version: number): Promise<PolicyVersionDto> {
      const standing = await standingOf(slug);
      const row = await repo.find(deps.db, slug, version);
      if (!row) throw trustErrors.TRUST_POLICY_NOT_FOUND();
      return full(row, standing);
    },

    /** The console's view: each document with how many accepted the version in force, and the mailing's progress. */
    async adminDocuments() {
      const all = await standings();
      const accepted = await repo.acceptedCounts(
        deps.db,
        all.map((one) => one.inForce.id),
      );
      const upcomingIds = all.flatMap((one) => (one.upcoming ? [one.upcoming.id] : []));
      const announced = await repo.announcedCounts(deps.db, upcomingIds);
      return {
        items: all.map((standing) => ({
          slug: standing.slug,
          title: standing.title,
          inForce: summaryOf(standing.inForce, standing),
          upcoming: standing.upcoming ? summaryOf(standing.upcoming, standing) : null,
          acceptedCount: accepted.get(standing.inForce.id) ?? 0,
          announcedCount: standing.upcoming ? (announced.get(standing.upcoming.id) ?? 0) : 0,
          announcementSentAt: standing.upcoming?.announcementSentAt?.toISOString() ?? null,
        })),
        earliestEffectiveFrom: earliestEffectiveFrom(),
      };
    },

    /**
     * A new version, announced from now on and applying from `effectiveFrom`, which must leave five
     * full working days of notice. Of two staff publishing at once, one does.
     */
    async publish(actor: Person, slug: PolicySlug, input: NewPolicyVersionInput): Promise<PolicyVersionDto> {
      const body = input.body.trim();
      const bodyEn = input.bodyEn?.trim() || null;
      const summary = input.summary.trim();
      if (!isCalendarDate(input.effectiveFrom)) {
        throw invalid('Ngày áp dụng không hợp lệ', 'Not a calendar date', '/body/effectiveFrom', 'must be a calendar date');
      }
      const earliest = earliestEffectiveFrom();
      if (input.effectiveFrom < earliest) {
        const [y, m, d] = earliest.split('-');
        throw invalid(
          `Ngày áp dụng phải cách hôm nay ít nhất ${POLICY_NOTICE_WORKING_DAYS} ngày làm việc: sớm nhất là ${d}/${m}/${y}`,
          `The version must be announced ${POLICY_NOTICE_WORKING_DAYS} working days ahead: ${earliest} at the earliest`,
          '/body/effectiveFrom',
          `must be ${earliest} or later`,
        );
      }
      for (const [path, text] of [
        ['/body/body', body],
        ['/body/bodyEn', bodyEn ?? ''],
      ] as const) {
        const unknown = unknownPlaceholders(text);
        if (unknown.length > 0) {
          throw invalid(
            `Nội dung có trường thay thế không hợp lệ: {{${unknown[0]}}}. Chỉ được dùng: ${POLICY_PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ')}`,
            `Unknown placeholder {{${unknown[0]}}}`,
            path,
            `unknown placeholder {{${unknown[0]}}}`,
          );
        }
      }
      const standing = await standingOf(slug);
      if (standing.upcoming) throw trustErrors.TRUST_POLICY_UPCOMING_EXISTS();
      const latest = await repo.find(deps.db, slug, standing.inForce.version);
      if (latest && latest.body === body && latest.bodyEn === bodyEn) {
        throw invalid(
          'Nội dung giống hệt phiên bản đang áp dụng',
          'The text is the same as the version in force',
          '/body/body',
          'must differ from the version in force',
        );
      }
      try {
        const row = await deps.db.transaction(async (tx) => {
          const inserted = await repo.insert(tx, {
            slug,
            version: standing.inForce.version + 1,
            body,
            bodyEn,
            summary,
            effectiveFrom: input.effectiveFrom,
            publishedAt: now(),
            publishedBy: actor.userId,
          });
          await deps.audit.record(tx, {
            entityType: 'policy',
            entityId: inserted.id,
            action: 'publish',
            actor,
            details: { slug, version: inserted.version, effectiveFrom: inserted.effectiveFrom, summary },
          });
          await deps.outbox.write(tx, TrustEvents.policyPublished, {
            versionId: inserted.id,
            slug,
            version: inserted.version,
            effectiveFrom: inserted.effectiveFrom,
            summary,
          });
          return inserted;
        });
        return full(row, await standingOf(slug));
      } catch (error) {
        if (isUniqueViolation(error)) throw trustErrors.TRUST_POLICY_CONFLICT();
        throw error;
      }
    },

    /** The versions in force a person has not accepted yet, and what they accepted. */
    async mine(userId: string): Promise<MyPoliciesDto> {
      const all = await standings();
      const accepted = await repo.acceptancesOf(deps.db, userId);
      const acceptedIds = new Set(accepted.map((one) => one.versionId));
      const byId = new Map(all.flatMap((standing) => standing.versions.map((head) => [head.id, { head, standing }] as const)));
      return {
        pending: all
          .filter((standing) => !acceptedIds.has(standing.inForce.id))
          .map((standing) => summaryOf(standing.inForce, standing)),
        accepted: accepted.flatMap((one) => {
          const known = byId.get(one.versionId);
          return known
            ? [{ slug: known.standing.slug, version: known.head.version, acceptedAt: one.acceptedAt.toISOString() }]
            : [];
        }),
      };
    },

    /** A person accepts versions, each of which must be the one in force (a page left open across a change asks again). */
    async accept(userId: string, versions: { slug: string; version: number }[]): Promise<MyPoliciesDto> {
      const all = await standings();
      const ids = versions.map((wanted) => {
        const standing = all.find((one) => one.slug === wanted.slug);
        if (!standing || standing.inForce.version !== wanted.version) throw trustErrors.TRUST_POLICY_NOT_IN_FORCE();
        return standing.inForce.id;
      });
      await repo.accept(deps.db, userId, [...new Set(ids)]);
      return this.mine(userId);
    },
  };
}

export type PolicyService = ReturnType<typeof createPolicyService>;
