import { createSignedLinks } from '@tradeqn/kit';
import QRCode from 'qrcode';

/** A pass is good until well after any event: what it lets staff do is record one person at one event. */
const PASS_DAYS = 400;

/**
 * The personal check-in pass mailed with a registration: a QR code of a signed link that staff at
 * the door scan with a phone, opening the console's one-tap "attended" page. The link names the
 * event and the registration and cannot be altered; it records nothing by itself (the console asks
 * staff to confirm, signed in), so a forwarded pass checks no one in.
 */
export function createCheckInPasses(secret: string, publicUrl: string) {
  const links = createSignedLinks<{ r: string; e: string }>(secret, 'programme-check-in', PASS_DAYS * 86_400);
  return {
    url: (eventId: string, registrationId: string) =>
      `${publicUrl}/quan-tri/dao-tao/diem-danh?token=${encodeURIComponent(links.sign({ r: registrationId, e: eventId }))}`,
    /** The event and registration a token was made for, or null when forged, altered or expired. */
    read(token: string): { eventId: string; registrationId: string } | null {
      const claims = links.verify(token);
      return claims ? { eventId: claims.e, registrationId: claims.r } : null;
    },
    /** The link as a QR code (PNG), large enough to scan from a phone's screen or a print-out. */
    png: (url: string): Promise<Buffer> => QRCode.toBuffer(url, { errorCorrectionLevel: 'M', margin: 2, width: 360 }),
  };
}

export type CheckInPasses = ReturnType<typeof createCheckInPasses>;
