import { describe, expect, it } from 'vitest';
import { createSignedLinks } from './signed-link.ts';

const secret = 'a-test-secret-that-is-long-enough-0123456789';

describe('signed links', () => {
  it('gives back the claims of a token it signed', () => {
    const links = createSignedLinks<{ sub: string; em: string }>(secret, 'verify-email', 60);
    const token = links.sign({ sub: 'user-1', em: 'an@example.vn' });
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(links.verify(token)).toEqual({ sub: 'user-1', em: 'an@example.vn' });
  });

  it('refuses a token of another purpose, another secret, a tampered one and an expired one', async () => {
    const verifyLinks = createSignedLinks<{ sub: string }>(secret, 'verify-email', 60);
    const inviteLinks = createSignedLinks<{ sub: string }>(secret, 'invitation', 60);
    const otherSecret = createSignedLinks<{ sub: string }>(`${secret}x`, 'verify-email', 60);
    const token = verifyLinks.sign({ sub: 'user-1' });
    expect(inviteLinks.verify(token)).toBeNull();
    expect(otherSecret.verify(token)).toBeNull();
    const [head, body, signature] = token.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ sub: 'admin', aud: 'verify-email' })).toString('base64url');
    expect(verifyLinks.verify(`${head}.${forgedBody}.${signature}`)).toBeNull();
    expect(verifyLinks.verify(`${head}.${body}`)).toBeNull();
    expect(verifyLinks.verify('garbage')).toBeNull();
    const shortLived = createSignedLinks<{ sub: string }>(secret, 'verify-email', 1);
    const soon = shortLived.sign({ sub: 'user-1' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(shortLived.verify(soon)).toBeNull();
  });
});
