import type { TestMarketplace } from './test-marketplace.ts';

/** The e-mails sent to `address` whose subject has `subjectPart`, once there is one (they are sent by jobs). */
export async function waitForMailTo(t: Pick<TestMarketplace, 'smtp'>, address: string, subjectPart = '') {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = t.smtp.messages.filter(
      (message) =>
        String(message.to && 'text' in message.to ? message.to.text : '').includes(address) &&
        String(message.subject).includes(subjectPart),
    );
    if (found.length > 0) return found;
    if (Date.now() > deadline) throw new Error(`no e-mail to ${address} with “${subjectPart}”`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The token of the `path?token=…` link in an e-mail's text. */
export function linkToken(text: string | undefined, path: string): string {
  const token = String(text).match(new RegExp(`${path}\\?token=([\\w.-]+)`))?.[1];
  if (!token) throw new Error(`no ${path} link in: ${text}`);
  return token;
}
