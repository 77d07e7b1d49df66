import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import { CatalogReviewEvents } from '../contract/review-events.ts';
import { createReviewRepository } from './review-repository.ts';

const SIGNATURE = ' — Sàn TMĐT Quảng Ngãi';

/**
 * A moderator's decision on a review, told by e-mail: its author learns it was published, or why
 * it was not; on publication the seller's owners learn there is a review to answer. The review is
 * read as it is now; each e-mail carries a Message-ID made from the event, so a run repeated
 * after a crash sends the same message again at worst, which the relay and the reader drop.
 */
export function reviewDecisionEmailSubscriber(deps: {
  db: Db;
  accounts: Pick<AccountsApi, 'getUser'>;
  enterprises: Pick<EnterprisesApi, 'listOwners'>;
  mailer: Mailer;
  inbox: InboxTable;
  publicUrl: string;
}): Subscriber {
  const repo = createReviewRepository();
  const link = (path: string) => new URL(path, deps.publicUrl).toString();
  return defineSubscriber({
    name: 'catalog.send-review-decision-email',
    events: [CatalogReviewEvents.published, CatalogReviewEvents.rejected],
    inbox: deps.inbox,
    async run(event) {
      const review = await repo.byId(deps.db, event.payload.reviewId);
      if (!review) return;
      const product = review.product;
      const isPublished = event.type === CatalogReviewEvents.published.name;
      const author = await deps.accounts.getUser(review.buyerId);
      if (author) {
        const { html, text } = renderEmail({
          greeting: `Xin chào ${author.fullName},`,
          paragraphs: isPublished
            ? [`Đánh giá của bạn về sản phẩm “${product.name}” đã được đăng. Cảm ơn bạn đã chia sẻ.`]
            : [`Đánh giá của bạn về sản phẩm “${product.name}” chưa được đăng.`, `Lý do: ${review.statusReason ?? ''}`],
          action: isPublished
            ? { label: 'Xem đánh giá', url: link(`/san-pham/${product.slug}/nhan-xet`) }
            : { label: 'Xem đánh giá của tôi', url: link('/tai-khoan/danh-gia') },
        });
        await deps.mailer.send({
          to: author.email,
          subject: `${isPublished ? 'Đánh giá đã được đăng' : 'Đánh giá chưa được đăng'}: ${product.name}${SIGNATURE}`,
          html,
          text,
          messageId: `review-decision.${event.id}`,
        });
      }
      if (!isPublished) return;
      for (const owner of await deps.enterprises.listOwners(review.enterpriseId)) {
        const { html, text } = renderEmail({
          greeting: `Xin chào ${owner.fullName},`,
          paragraphs: [
            `Sản phẩm “${product.name}” có đánh giá mới ${review.stars}/5 sao của người mua đã nhận hàng.`,
            'Doanh nghiệp có thể trả lời đánh giá một lần; câu trả lời hiện ngay dưới đánh giá.',
          ],
          action: { label: 'Trả lời đánh giá', url: link(`/kenh-nguoi-ban/${review.enterpriseId}/danh-gia?answered=no`) },
        });
        await deps.mailer.send({
          to: owner.email,
          subject: `Đánh giá mới: ${product.name}${SIGNATURE}`,
          html,
          text,
          messageId: `review-published.${event.id}.${owner.userId}`,
        });
      }
    },
  });
}
