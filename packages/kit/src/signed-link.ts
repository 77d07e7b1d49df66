import { createHmac } from 'node:crypto';
import { createSigner, createVerifier } from 'fast-jwt';

/**
 * Tokens for links sent by e-mail (verify an address, accept an invitation): signed and
 * expiring, so they need no database row. The mail can therefore leave before, or without,
 * any transaction committing a token, and a link works the moment it arrives. Each purpose
 * signs with its own key derived from the secret, so a token of one purpose is worthless for
 * another.
 */
export interface SignedLinks<Claims extends Record<string, string>> {
  sign(claims: Claims): string;
  /** The claims, or null when the token is forged, of another purpose, or expired. */
  verify(token: string): Claims | null;
}

export function createSignedLinks<Claims extends Record<string, string>>(
  secret: string,
  purpose: string,
  ttlSeconds: number,
): SignedLinks<Claims> {
  const key = createHmac('sha256', secret).update(`tradeqn:link:${purpose}`).digest('base64url');
  const signer = createSigner({ key, algorithm: 'HS256', expiresIn: ttlSeconds * 1000, aud: purpose });
  const verifier = createVerifier({ key, algorithms: ['HS256'], allowedAud: purpose });
  return {
    sign: (claims) => signer({ ...claims }),
    verify(token) {
      try {
        const { aud: _aud, iat: _iat, exp: _exp, ...claims } = verifier(token) as Record<string, unknown>;
        return claims as Claims;
      } catch {
        return null;
      }
    },
  };
}

/** Schema pattern of such a token (a compact JWT). */
export const SIGNED_LINK_PATTERN = '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$';
