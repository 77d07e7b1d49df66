import { createHmac } from 'node:crypto';
import { createSecretBox } from '@tradeqn/kit';

/**
 * Individual sellers' citizen IDs at rest: sealed with AES-256-GCM (a copy of the database alone
 * does not reveal them), and found again by a keyed hash, so that one person cannot hold two
 * seller accounts and nothing is decrypted to check it.
 */
export interface CitizenIdVault {
  seal(citizenId: string): { sealed: string; index: string };
  /** The number, or null when it was sealed with another key or altered. */
  open(sealed: string): string | null;
}

export function createCitizenIdVault(key: Buffer): CitizenIdVault {
  const box = createSecretBox(key);
  const indexKey = createHmac('sha256', key).update('enterprises.citizen-id.index.v1').digest();
  return {
    seal: (citizenId) => ({
      sealed: box.seal(citizenId),
      index: createHmac('sha256', indexKey).update(citizenId).digest('base64url'),
    }),
    open: (sealed) => box.open(sealed),
  };
}
