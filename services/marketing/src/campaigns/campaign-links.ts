import { createSignedLinks } from '@tradeqn/kit';

const DAY = 86_400;

/**
 * The signed tokens in marketing's e-mails: no table holds them, and each purpose has its own
 * key, so a confirmation token cannot unsubscribe anyone and a click token only ever leads to
 * the URL it was made for (no open redirect).
 */
export function createCampaignLinks(secret: string, publicUrl: string) {
  const confirm = createSignedLinks<{ s: string }>(secret, 'newsletter-confirm', 7 * DAY);
  // an unsubscribe link must keep working for as long as anyone keeps an old message
  const unsubscribe = createSignedLinks<{ s: string }>(secret, 'newsletter-unsubscribe', 5 * 365 * DAY);
  const leaveEnterprise = createSignedLinks<{ u: string; e: string }>(secret, 'enterprise-news-unsubscribe', 5 * 365 * DAY);
  const open = createSignedLinks<{ r: string }>(secret, 'campaign-open', 365 * DAY);
  const click = createSignedLinks<{ r: string; u: string }>(secret, 'campaign-click', 365 * DAY);
  return {
    confirm,
    unsubscribe,
    leaveEnterprise,
    open,
    click,
    confirmUrl: (subscriberId: string) =>
      `${publicUrl}/ban-tin/xac-nhan?token=${encodeURIComponent(confirm.sign({ s: subscriberId }))}`,
    /** The page with the unsubscribe button (the visible link in every message). */
    unsubscribePageUrl: (token: string) => `${publicUrl}/ban-tin/huy?token=${encodeURIComponent(token)}`,
    /** `List-Unsubscribe`'s address: a POST there unsubscribes at once (RFC 8058 one-click). */
    oneClickUrl: (token: string) => `${publicUrl}/e/u?t=${encodeURIComponent(token)}`,
    openUrl: (recipientId: string) => `${publicUrl}/e/o?t=${open.sign({ r: recipientId })}`,
    // the URL as `URL` writes it (percent-encoded): a redirect header holds only ASCII
    clickUrl: (recipientId: string, url: string) => `${publicUrl}/e/c?t=${click.sign({ r: recipientId, u: new URL(url).href })}`,
  };
}

export type CampaignLinks = ReturnType<typeof createCampaignLinks>;
