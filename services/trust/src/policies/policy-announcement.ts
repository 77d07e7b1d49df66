import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import { defineSubscriber, type InboxTable, type PayloadOf, type Subscriber } from '@tradeqn/events';
import type { Mailer } from '@tradeqn/mail';
import { renderEmail } from '@tradeqn/mail';
import { formatDateVn, vnStartOfDate } from '@tradeqn/vn';
import { TrustEvents } from '../contract/index.ts';
import { findPolicyDocument } from '../contract/policy-documents.ts';
import { createPolicyRepository } from './policy-repository.ts';

interface Deps {
  db: Db;
  mailer: Mailer;
  inbox: InboxTable;
  accounts: Pick<AccountsApi, 'listReachableUsers'>;
  publicUrl: string;
  /** People read a page at a time, and mailed this many at once. */
  pageSize?: number;
  concurrency?: number;
}

export function policyAnnouncementEmail(
  payload: PayloadOf<typeof TrustEvents.policyPublished>,
  fullName: string,
  link: string,
): { subject: string; html: string; text: string } {
  const title = findPolicyDocument(payload.slug)?.vi ?? payload.slug;
  const from = formatDateVn(vnStartOfDate(payload.effectiveFrom));
  const { html, text } = renderEmail({
    greeting: `Xin chào ${fullName},`,
    paragraphs: [
      `Sàn giao dịch TMĐT tỉnh Quảng Ngãi thông báo ${title} phiên bản ${payload.version} sẽ áp dụng từ ngày ${from}.`,
      `Những điểm thay đổi: ${payload.summary}`,
      'Trang dưới đây cho thấy toàn văn phiên bản mới và từng dòng khác với phiên bản đang áp dụng. Từ ngày áp dụng, khi đăng nhập bạn sẽ được hỏi đồng ý với phiên bản mới.',
      `The exchange's ${findPolicyDocument(payload.slug)?.en ?? payload.slug} change on ${payload.effectiveFrom}; the page below shows what changes.`,
    ],
    action: { label: 'Xem thay đổi', url: link },
  });
  return { subject: `Thông báo thay đổi ${title} từ ngày ${from} — Sàn TMĐT Quảng Ngãi`, html, text };
}

/**
 * Mails a new version's announcement to everyone reachable, each person once: the person is
 * claimed (a row) before the message goes, a failed send gives the claim back and the event is
 * run again later, and a run after a crash goes on with the people not yet claimed.
 */
export function policyAnnouncementSubscriber(deps: Deps): Subscriber {
  const repo = createPolicyRepository();
  const pageSize = deps.pageSize ?? 500;
  const concurrency = deps.concurrency ?? 8;
  return defineSubscriber({
    name: 'trust.announce-policy-version',
    events: [TrustEvents.policyPublished],
    inbox: deps.inbox,
    async run(event) {
      const { payload } = event;
      const link = new URL(`/chinh-sach/${payload.slug}/phien-ban/${payload.version}`, deps.publicUrl).toString();
      let afterId: string | null = null;
      for (;;) {
        const people = await deps.accounts.listReachableUsers({ afterId, limit: pageSize });
        for (let start = 0; start < people.length; start += concurrency) {
          await Promise.all(
            people.slice(start, start + concurrency).map(async (person) => {
              if (!(await repo.claimAnnouncement(deps.db, payload.versionId, person.id))) return;
              const message = policyAnnouncementEmail(payload, person.fullName, link);
              try {
                await deps.mailer.send({ to: person.email, ...message, messageId: `policy.${payload.versionId}.${person.id}` });
              } catch (error) {
                await repo.releaseAnnouncement(deps.db, payload.versionId, person.id);
                throw error;
              }
            }),
          );
        }
        if (people.length < pageSize) break;
        afterId = people[people.length - 1]?.id ?? null;
      }
      await repo.markAnnounced(deps.db, payload.versionId, new Date());
    },
  });
}
