import type { PolicyDocumentDto, PolicyVersionSummaryDto } from '@tradeqn/trust/contract';
import { formatDateVn, vnStartOfDate } from '@tradeqn/vn';
import type { ApiClient } from '../../http/api-client.ts';
import type { PageContext, Site } from '../../http/page-context.ts';
import type { Viewer } from '../../http/session.ts';
import { ACCEPT_POLICIES_PATH, policyVersionPath } from './legal-page-list.ts';

/** What every page says about the rules: versions announced and waiting, and (signed in) the ones to accept. */
export interface PolicyNotices {
  upcoming: PolicyVersionSummaryDto[];
  pending: PolicyVersionSummaryDto[];
}

const NONE: PolicyNotices = { upcoming: [], pending: [] };
/** A new version shows within a minute; a person's answer is forgotten at once when they accept (see forgetPending). */
const NOTICE_TTL_MS = 60_000;

const pendingKey = (userId: string) => `policies:pending:${userId}`;

/**
 * Read for each page from shared answers (one call a minute for everyone, one a minute per
 * signed-in person). A failure shows no notice rather than no page.
 */
export async function loadPolicyNotices(site: Site, api: ApiClient, viewer: Viewer | null): Promise<PolicyNotices> {
  try {
    const documents = await site.shared.read('policies', NOTICE_TTL_MS, () => api.get<PolicyDocumentDto[]>('/policies'));
    const upcoming = documents.ok ? documents.data.flatMap((one) => (one.upcoming ? [one.upcoming] : [])) : [];
    if (!viewer) return { upcoming, pending: [] };
    const mine = await site.shared.read(pendingKey(viewer.userId), NOTICE_TTL_MS, () =>
      api.get<{ pending: PolicyVersionSummaryDto[] }>('/me/policies'),
    );
    return { upcoming, pending: mine.ok ? mine.data.pending : [] };
  } catch {
    return NONE;
  }
}

/** After a person accepts (or a version is published), the next page reads afresh. */
export function forgetPolicyAnswers(site: Site, userId?: string): void {
  site.shared.forget('policies');
  if (userId) site.shared.forget(pendingKey(userId));
}

export const vnDay = (date: string) => formatDateVn(vnStartOfDate(date));

/** The notices above a page's content: what to accept (signed in), and what changes soon. */
export function PolicyNoticeBar({ ctx }: { ctx: PageContext }) {
  const { upcoming, pending } = ctx.policies;
  const t = ctx.t.legal;
  const showPending = pending.length > 0 && ctx.path.split('?')[0] !== ACCEPT_POLICIES_PATH;
  if (!showPending && upcoming.length === 0) return null;
  const titleOf = (one: PolicyVersionSummaryDto) => (ctx.locale === 'en' ? one.titleEn : one.title);
  return (
    <aside class="policy-notices" aria-label={t.noticesLabel}>
      {showPending ? (
        <p class="policy-notice policy-notice-pending" data-policy-pending>
          {t.noticePending}{' '}
          <a href={ctx.href(`${ACCEPT_POLICIES_PATH}?next=${encodeURIComponent(ctx.path)}`)}>{t.noticePendingAction}</a>
        </p>
      ) : null}
      {upcoming.map((one) => (
        <p class="policy-notice" data-policy-upcoming={one.slug}>
          {t.noticeUpcoming(titleOf(one), vnDay(one.effectiveFrom))}{' '}
          <a href={ctx.href(policyVersionPath(one.slug, one.version))}>{t.seeChanges}</a>
        </p>
      ))}
    </aside>
  );
}
