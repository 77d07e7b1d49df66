import type { PayloadOf } from '@tradeqn/events';
import { renderEmail } from '@tradeqn/mail';
import type { TrustEvents } from '../contract/index.ts';

const SUFFIX = ' — Sàn TMĐT Quảng Ngãi';
const when = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(iso),
  );
const kindVi = (kind: string) => (kind === 'listing' ? 'tin đăng' : 'gian hàng');

/** To staff: an authority's request still open after 12 or 20 hours. */
export function escalationEmail(payload: PayloadOf<typeof TrustEvents.takedownEscalated>, link: string) {
  const { html, text } = renderEmail({
    greeting: 'Kính gửi cán bộ kiểm duyệt,',
    paragraphs: [
      `Yêu cầu gỡ bỏ số ${payload.documentNumber} của ${payload.issuer} đối với ${kindVi(payload.targetKind)} “${payload.targetName}” đã nhận được ${payload.hours} giờ mà chưa được xử lý.`,
      `Nhận lúc ${when(payload.receivedAt)}; hạn xử lý ${when(payload.deadlineAt)} (24 giờ kể từ khi nhận).`,
      `A takedown request (no. ${payload.documentNumber}) has been open for ${payload.hours} hours; it must be dealt with within 24 hours of receipt.`,
    ],
    action: { label: 'Xử lý yêu cầu', url: link },
  });
  return { subject: `[Nhắc ${payload.hours} giờ] Yêu cầu gỡ bỏ số ${payload.documentNumber} chưa xử lý${SUFFIX}`, html, text };
}

/** To the alert addresses: a data breach the authority has not yet been told of. */
export function breachEscalationEmail(payload: PayloadOf<typeof TrustEvents.breachEscalated>, link: string) {
  const { html, text } = renderEmail({
    greeting: 'Kính gửi quản trị viên,',
    paragraphs: [
      `Sự cố dữ liệu cá nhân “${payload.title}” được phát hiện ${payload.hours} giờ trước mà chưa thông báo cho cơ quan chuyên trách (Cục A05, Bộ Công an).`,
      `Phát hiện lúc ${when(payload.discoveredAt)}; phải thông báo trước ${when(payload.deadlineAt)} (72 giờ kể từ khi phát hiện).`,
      `A personal-data breach found ${payload.hours} hours ago has not been notified to the authority; the law allows 72 hours.`,
    ],
    action: { label: 'Mở hồ sơ sự cố', url: link },
  });
  return { subject: `[Nhắc ${payload.hours} giờ] Sự cố dữ liệu chưa thông báo cơ quan chức năng${SUFFIX}`, html, text };
}

/** To the seller's owners: what was taken down, on whose request and on what basis. */
export function removalEmail(payload: PayloadOf<typeof TrustEvents.targetRemoved>, ownerName: string, link: string) {
  const isListing = payload.targetKind === 'listing';
  const origin =
    payload.source === 'takedown'
      ? `theo yêu cầu của ${payload.issuer} (văn bản số ${payload.documentNumber})`
      : 'sau khi xem xét báo cáo vi phạm';
  const { html, text } = renderEmail({
    greeting: `Xin chào ${ownerName},`,
    paragraphs: [
      isListing
        ? `Tin đăng “${payload.targetName}” của bạn đã bị gỡ khỏi sàn ${origin}.`
        : `Gian hàng “${payload.targetName}” của bạn đã bị tạm ngừng hoạt động trên sàn ${origin}.`,
      `Căn cứ pháp lý: ${payload.legalBasis}`,
      `Thời điểm gỡ bỏ: ${when(payload.removedAt)}.`,
      isListing
        ? 'Bạn có thể sửa tin đăng cho đúng quy định rồi gửi duyệt lại; nếu không đồng ý, hãy liên hệ Sở Công Thương tỉnh Quảng Ngãi.'
        : 'Nếu không đồng ý, hãy liên hệ Sở Công Thương tỉnh Quảng Ngãi để được hướng dẫn.',
    ],
    action: { label: isListing ? 'Xem tin đăng' : 'Xem hồ sơ doanh nghiệp', url: link },
  });
  const subject = isListing
    ? `Tin đăng “${payload.targetName}” đã bị gỡ bỏ${SUFFIX}`
    : `Gian hàng “${payload.targetName}” bị tạm ngừng${SUFFIX}`;
  return { subject, html, text };
}

/** To the reporter: what became of their report. */
export function reportOutcomeEmail(payload: PayloadOf<typeof TrustEvents.reportResolved>) {
  const what = `${kindVi(payload.targetKind)} “${payload.targetName}”`;
  const { html, text } = renderEmail({
    greeting: 'Xin chào,',
    paragraphs: [
      `Cảm ơn bạn đã báo cáo vi phạm về ${what}.`,
      payload.outcome === 'actioned'
        ? `Sau khi xem xét, Sở Công Thương đã gỡ bỏ ${what}. Căn cứ: ${payload.note}`
        : `Sau khi xem xét, Sở Công Thương chưa thấy căn cứ để gỡ bỏ. Lý do: ${payload.note}`,
      payload.outcome === 'actioned'
        ? 'Thank you for your report: it has been acted on and the content was removed.'
        : 'Thank you for your report: after review no action was taken.',
    ],
  });
  return { subject: `Kết quả xử lý báo cáo vi phạm về “${payload.targetName}”${SUFFIX}`, html, text };
}
