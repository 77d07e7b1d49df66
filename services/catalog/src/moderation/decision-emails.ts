import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import { CatalogEvents } from '../contract/index.ts';

/** The enterprise's owners learn each moderation decision on their listings. */
export function productDecisionEmailSubscriber(deps: {
  enterprises: Pick<EnterprisesApi, 'listOwners'>;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
}): Subscriber {
  return defineSubscriber({
    name: 'catalog.send-decision-email',
    events: [CatalogEvents.approved, CatalogEvents.rejected],
    inbox: deps.inbox,
    prepare: (event) => deps.enterprises.listOwners(event.payload.enterpriseId),
    async handle(event, { prepared: owners }) {
      const { payload } = event;
      const isApproved = event.type === CatalogEvents.approved.name;
      for (const owner of owners) {
        const { html, text } = renderEmail({
          greeting: `Xin chào ${owner.fullName},`,
          paragraphs: isApproved
            ? [`Sản phẩm “${payload.name}” đã được duyệt và hiển thị trên sàn.`]
            : [
                `Sản phẩm “${payload.name}” chưa được duyệt.`,
                `Lý do: ${payload.reason ?? ''}`,
                'Vui lòng sửa tin đăng rồi gửi duyệt lại.',
              ],
          action: {
            label: isApproved ? 'Xem sản phẩm' : 'Sửa sản phẩm',
            url: new URL(`/san-pham/${payload.slug}`, deps.publicUrl).toString(),
          },
        });
        await deps.mailer.send({
          to: owner.email,
          subject: `${isApproved ? 'Sản phẩm đã được duyệt' : 'Sản phẩm chưa được duyệt'}: ${payload.name} — Sàn TMĐT Quảng Ngãi`,
          html,
          text,
          messageId: `product-decision.${event.id}.${owner.userId}`,
        });
      }
    },
  });
}
