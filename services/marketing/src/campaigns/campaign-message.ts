import { escapeHtml, type MailMessage } from '@tradeqn/mail';
import { renderBody } from './campaign-body.ts';
import type { CampaignLinks } from './campaign-links.ts';

const SITE_NAME = 'Sàn giao dịch TMĐT tỉnh Quảng Ngãi';

export interface MessageRecipient {
  /** The recipient row's id (tracking tokens name it); a test send has none. */
  id: string | null;
  email: string;
  tracking: boolean;
  /** The signed token that unsubscribes this person from this list. */
  unsubscribeToken: string;
}

/**
 * One campaign message: the body, who sends it (the province, or an enterprise through the
 * exchange), a visible unsubscribe link, and `List-Unsubscribe` + `List-Unsubscribe-Post`
 * (RFC 8058: mail clients unsubscribe with one POST, no page). Links are counted and an
 * invisible image tells opens only where the recipient agreed to it.
 */
export function campaignMessage(input: {
  campaign: { id: string; subject: string; body: string };
  sender: { name: string; listId: string };
  recipient: MessageRecipient;
  links: CampaignLinks;
  domain: string;
}): MailMessage {
  const { campaign, recipient, links, sender } = input;
  const tracked = recipient.tracking && recipient.id !== null;
  const why =
    sender.listId === 'ban-tin'
      ? `Bạn nhận thư này vì đã đăng ký nhận bản tin của ${SITE_NAME}.`
      : 'Bạn nhận thư này vì đã theo dõi doanh nghiệp và đồng ý nhận tin của doanh nghiệp qua e-mail.';
  const body = renderBody(campaign.body, tracked ? (url) => links.clickUrl(recipient.id as string, url) : undefined);
  const unsubscribePage = links.unsubscribePageUrl(recipient.unsubscribeToken);
  const oneClick = links.oneClickUrl(recipient.unsubscribeToken);
  const pixel = tracked
    ? `<img src="${escapeHtml(links.openUrl(recipient.id as string))}" width="1" height="1" alt="" style="display:block;border:0">`
    : '';
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(campaign.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f6f5;font-family:Arial,Helvetica,sans-serif;color:#1d2b25">
<div style="max-width:600px;margin:0 auto;background:#fff;border-radius:8px;padding:32px">
<p style="margin:0 0 24px;font-weight:700;color:#0b6e4f">${escapeHtml(sender.name)}</p>
${body.html}
<hr style="border:none;border-top:1px solid #e3e8e6;margin:24px 0">
<p style="margin:0;font-size:12px;color:#777">${escapeHtml(why)}
<a href="${escapeHtml(unsubscribePage)}" style="color:#777">Hủy nhận tin (Unsubscribe)</a></p>
${pixel}
</div></body></html>`;
  const text = `${sender.name}\n\n${body.text}\n\n--\n${why}\nHủy nhận tin (Unsubscribe): ${unsubscribePage}\n`;
  return {
    to: recipient.email,
    subject: campaign.subject,
    html,
    text,
    // one per campaign and recipient: the same message, should it ever go twice, is recognisably one
    ...(recipient.id ? { messageId: `campaign.${campaign.id}.${recipient.id}` } : {}),
    headers: {
      'List-Unsubscribe': `<${oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `${sender.name.replace(/[<>"]/g, '')} <${sender.listId}.${input.domain}>`,
      Precedence: 'bulk',
    },
  };
}
