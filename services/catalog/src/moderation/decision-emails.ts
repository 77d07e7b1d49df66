import { createHash } from 'node:crypto';
import { createBatcher } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { defineSubscriber, type EventOf, type InboxTable, type Subscriber } from '@tradeqn/events';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import { CatalogEvents } from '../contract/index.ts';

type Decision = EventOf<typeof CatalogEvents.approved | typeof CatalogEvents.rejected>;

/** Names listed in a digest before "and N more". */
const DIGEST_NAMES = 30;

/**
 * The enterprise's owners learn each moderation decision on their listings: one e-mail for a
 * decision, and one digest for the decisions of the same moment on the same enterprise (a bulk
 * approval of 5,000 listings is one e-mail a batch, not 5,000). Sending again after a crash
 * repeats an e-mail at worst (its Message-ID the same when the batch is).
 */
export function productDecisionEmailSubscriber(deps: {
  enterprises: Pick<EnterprisesApi, 'listOwners'>;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
}): Subscriber {
  /** Each group on its own: one that fails (its owners unreadable, the relay down) fails only its decisions, to be tried again. */
  async function tell(decisions: Decision[]): Promise<(Error | undefined)[]> {
    const groups = new Map<string, Decision[]>();
    for (const decision of decisions) {
      const key = `${decision.payload.enterpriseId} ${decision.type}`;
      groups.set(key, [...(groups.get(key) ?? []), decision]);
    }
    const failures = new Map<Decision, Error>();
    for (const group of groups.values()) {
      try {
        await tellOwners(group);
      } catch (error) {
        for (const decision of group) failures.set(decision, error instanceof Error ? error : new Error(String(error)));
      }
    }
    return decisions.map((decision) => failures.get(decision));
  }

  async function tellOwners(group: Decision[]) {
    const [first] = group;
    if (!first) return;
    const isApproved = first.type === CatalogEvents.approved.name;
    const owners = await deps.enterprises.listOwners(first.payload.enterpriseId);
    for (const owner of owners) {
      const { html, text } = renderEmail({
        greeting: `Xin chào ${owner.fullName},`,
        paragraphs: group.length === 1 ? oneDecision(first, isApproved) : manyDecisions(group, isApproved),
        action:
          group.length === 1
            ? {
                label: isApproved ? 'Xem sản phẩm' : 'Sửa sản phẩm',
                url: new URL(`/san-pham/${first.payload.slug}`, deps.publicUrl).toString(),
              }
            : {
                label: 'Xem danh sách sản phẩm',
                url: new URL(`/kenh-nguoi-ban/${first.payload.enterpriseId}/san-pham`, deps.publicUrl).toString(),
              },
      });
      const subject =
        group.length === 1
          ? `${isApproved ? 'Sản phẩm đã được duyệt' : 'Sản phẩm chưa được duyệt'}: ${first.payload.name}`
          : `${group.length} sản phẩm ${isApproved ? 'đã được duyệt' : 'chưa được duyệt'}`;
      await deps.mailer.send({
        to: owner.email,
        subject: `${subject} — Sàn TMĐT Quảng Ngãi`,
        html,
        text,
        messageId:
          group.length === 1
            ? `product-decision.${first.id}.${owner.userId}`
            : `product-decisions.${digestId(group)}.${owner.userId}`,
      });
    }
  }

  const tellSoon = createBatcher<Decision, Error | undefined>({ maxBatch: 500, run: tell });
  return defineSubscriber({
    name: 'catalog.send-decision-email',
    events: [CatalogEvents.approved, CatalogEvents.rejected],
    inbox: deps.inbox,
    takesBatches: true,
    async run(event) {
      const failure = await tellSoon(event);
      if (failure) throw failure;
    },
  });
}

/** The same digest, sent again after a crash, keeps its Message-ID (the relay and the reader drop the copy). */
function digestId(group: Decision[]): string {
  return createHash('sha256')
    .update(
      group
        .map((decision) => decision.id)
        .sort()
        .join(','),
    )
    .digest('hex')
    .slice(0, 32);
}

function oneDecision(decision: Decision, isApproved: boolean): string[] {
  const { payload } = decision;
  return isApproved
    ? [`Sản phẩm “${payload.name}” đã được duyệt và hiển thị trên sàn.`]
    : [
        `Sản phẩm “${payload.name}” chưa được duyệt.`,
        `Lý do: ${payload.reason ?? ''}`,
        'Vui lòng sửa tin đăng rồi gửi duyệt lại.',
      ];
}

function manyDecisions(group: Decision[], isApproved: boolean): string[] {
  const listed = group
    .slice(0, DIGEST_NAMES)
    .map(({ payload }) => (isApproved || !payload.reason ? `“${payload.name}”` : `“${payload.name}” (lý do: ${payload.reason})`));
  const more = group.length - listed.length;
  return [
    isApproved ? `${group.length} sản phẩm đã được duyệt và hiển thị trên sàn:` : `${group.length} sản phẩm chưa được duyệt:`,
    `${listed.join(', ')}${more > 0 ? ` và ${more} sản phẩm khác` : ''}.`,
    ...(isApproved ? [] : ['Vui lòng sửa các tin đăng rồi gửi duyệt lại.']),
  ];
}
