import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@tradeqn/db';
import { defineErrors, type Partner, type PartnerKeys } from '@tradeqn/kit';
import { desc, eq, sql } from 'drizzle-orm';
import { type Actor, accountAudit } from '../audit/account-audit.ts';
import { DEFAULT_PARTNER_SCOPES, PARTNER_SCOPES, type PartnerDto, type PartnerScope } from '../contract/index.ts';
import { apiKeys } from '../db/schema.ts';

export const partnerKeyErrors = defineErrors({
  ACCOUNTS_API_KEY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy khoá API', en: 'API key not found' },
  ACCOUNTS_API_KEY_REVOKED: {
    status: 409,
    vi: 'Khoá API đã bị thu hồi; hãy cấp khoá mới',
    en: 'The API key has been revoked; issue a new one',
  },
});

/** Scopes as stored: known ones only, each once, in the catalogue's order. */
function scopesOf(stored: readonly string[]): PartnerScope[] {
  return PARTNER_SCOPES.filter((scope) => stored.includes(scope));
}

const KEY_PREFIX = 'tqn_';
// a key is checked on every partner request: answers are kept this long (a revocation made
// through another process takes effect within it; through this one, at once)
const CACHE_MS = 60_000;
// last use is recorded at most this often, not on every request
const TOUCH_MS = 60_000;

const hashOf = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

type KeyRow = typeof apiKeys.$inferSelect;

function view(row: KeyRow) {
  return {
    id: row.id,
    name: row.name,
    contactEmail: row.contactEmail,
    prefix: row.prefix,
    ratePerMinute: row.ratePerMinute,
    scopes: scopesOf(row.scopes),
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Partner sites' API keys: issued and revoked by admins, verified on every `X-Api-Key` request. */
export function createPartnerKeyService(deps: { db: Db }) {
  const cache = new Map<string, { partner: Partner | null; at: number; touchedAt: number }>();

  const verifier: PartnerKeys = {
    async verify(key) {
      if (!key.startsWith(KEY_PREFIX)) return null;
      const hash = hashOf(key);
      const now = Date.now();
      const hit = cache.get(hash);
      if (hit && now - hit.at < CACHE_MS) {
        if (hit.partner && now - hit.touchedAt > TOUCH_MS) {
          hit.touchedAt = now;
          void deps.db
            .update(apiKeys)
            .set({ lastUsedAt: new Date() })
            .where(eq(apiKeys.keyHash, hash))
            .catch(() => {});
        }
        return hit.partner;
      }
      const [row] = await deps.db
        .update(apiKeys)
        .set({ lastUsedAt: new Date() })
        .where(sql`${apiKeys.keyHash} = ${hash} AND ${apiKeys.revokedAt} IS NULL`)
        .returning();
      const partner = row ? { id: row.id, name: row.name, ratePerMinute: row.ratePerMinute, scopes: scopesOf(row.scopes) } : null;
      if (cache.size > 10_000) cache.clear();
      cache.set(hash, { partner, at: now, touchedAt: now });
      return partner;
    },
  };

  return {
    verifier,

    /** A new key; the only time its secret is shown. */
    async issue(
      actor: Actor,
      input: { name: string; contactEmail?: string; ratePerMinute?: number; scopes?: readonly PartnerScope[] },
    ) {
      const key = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
      return deps.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(apiKeys)
          .values({
            name: input.name,
            contactEmail: input.contactEmail ?? null,
            prefix: key.slice(0, 10),
            keyHash: hashOf(key),
            scopes: scopesOf(input.scopes ?? DEFAULT_PARTNER_SCOPES),
            ...(input.ratePerMinute ? { ratePerMinute: input.ratePerMinute } : {}),
            createdBy: actor.userId,
          })
          .returning();
        const issued = view(row as KeyRow);
        await accountAudit.record(tx, {
          entityType: 'api-key',
          entityId: issued.id,
          action: 'issued',
          actor,
          details: { name: issued.name, prefix: issued.prefix, scopes: issued.scopes },
        });
        return { ...issued, key };
      });
    },

    async list() {
      return (await deps.db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt))).map(view);
    },

    async get(id: string) {
      const [row] = await deps.db.select().from(apiKeys).where(eq(apiKeys.id, id));
      if (!row) throw partnerKeyErrors.ACCOUNTS_API_KEY_NOT_FOUND();
      return view(row);
    },

    /** The partner behind a key, for other services (webhooks ask before every delivery). */
    async getPartner(id: string): Promise<PartnerDto | null> {
      const [row] = await deps.db.select().from(apiKeys).where(eq(apiKeys.id, id));
      if (!row) return null;
      return {
        id: row.id,
        name: row.name,
        contactEmail: row.contactEmail,
        scopes: scopesOf(row.scopes),
        isRevoked: row.revokedAt !== null,
      };
    },

    /** Replaces a live key's scopes; a revoked key stays as it was. */
    async setScopes(actor: Actor, id: string, scopes: readonly PartnerScope[]) {
      const row = await deps.db.transaction(async (tx) => {
        const [found] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
        if (!found) throw partnerKeyErrors.ACCOUNTS_API_KEY_NOT_FOUND();
        if (found.revokedAt) throw partnerKeyErrors.ACCOUNTS_API_KEY_REVOKED();
        const [changed] = await tx
          .update(apiKeys)
          .set({ scopes: scopesOf(scopes) })
          .where(eq(apiKeys.id, id))
          .returning();
        await accountAudit.record(tx, {
          entityType: 'api-key',
          entityId: id,
          action: 'scopes-changed',
          actor,
          details: { from: scopesOf(found.scopes), to: scopesOf(scopes) },
        });
        return changed ?? found;
      });
      // this process answers with the new scopes at once; others within the cache's minute
      cache.delete(row.keyHash);
      return view(row);
    },

    async revoke(actor: Actor, id: string) {
      const row = await deps.db.transaction(async (tx) => {
        const [found] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
        if (!found) throw partnerKeyErrors.ACCOUNTS_API_KEY_NOT_FOUND();
        if (found.revokedAt) return found;
        const [revoked] = await tx.update(apiKeys).set({ revokedAt: sql`now()` }).where(eq(apiKeys.id, id)).returning();
        await accountAudit.record(tx, {
          entityType: 'api-key',
          entityId: id,
          action: 'revoked',
          actor,
          details: { name: found.name, prefix: found.prefix },
        });
        return revoked ?? found;
      });
      cache.delete(row.keyHash);
      return view(row);
    },
  };
}

export type PartnerKeyService = ReturnType<typeof createPartnerKeyService>;
