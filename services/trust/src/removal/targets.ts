import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { TargetKind } from '../contract/index.ts';
import { trustErrors } from '../trust-errors.ts';

/** What trust keeps of a listing or an enterprise: its id and a snapshot of its name and seller. */
export interface TargetSnapshot {
  targetKind: TargetKind;
  targetId: string;
  targetName: string;
  targetSlug: string;
  enterpriseId: string;
}

export interface TargetDeps {
  catalog: Pick<CatalogApi, 'findListing' | 'takeDownListing'>;
  enterprises: Pick<EnterprisesApi, 'findEnterprise' | 'suspendEnterprise'>;
}

/**
 * The id or slug in what a person typed: an id, a slug, or an address of ours
 * (`https://…/san-pham/toi-ly-son?x=1`, `/en/doanh-nghiep/htx-toi`): the last part of its path.
 */
export function referenceOf(typed: string): string {
  const trimmed = typed.trim();
  let path = trimmed;
  try {
    path = new URL(trimmed, 'http://local').pathname;
  } catch {
    // not an address: taken as it is
  }
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Finds what staff or a reporter named and removes it through its owner's contract: a listing
 * by catalog's moderation, an enterprise by enterprises' suspension. Both leave what is already
 * down as it is, so a retry after a crash between the owner's change and ours does no harm.
 */
export function createTargets(deps: TargetDeps) {
  return {
    /** The target named, or a 422 naming the field (`path`) it was typed in. */
    async resolve(kind: TargetKind, typed: string, path: string): Promise<TargetSnapshot> {
      const reference = referenceOf(typed);
      if (reference) {
        if (kind === 'listing') {
          const listing = await deps.catalog.findListing(reference);
          if (listing) {
            return {
              targetKind: kind,
              targetId: listing.id,
              targetName: listing.name,
              targetSlug: listing.slug,
              enterpriseId: listing.enterpriseId,
            };
          }
        } else {
          const enterprise = await deps.enterprises.findEnterprise(reference);
          if (enterprise) {
            return {
              targetKind: kind,
              targetId: enterprise.id,
              targetName: enterprise.name,
              targetSlug: enterprise.slug,
              enterpriseId: enterprise.id,
            };
          }
        }
      }
      throw trustErrors.TRUST_TARGET_NOT_FOUND(undefined, [{ path, message: 'not found' }]);
    },

    /** Takes the target down with the reason given to its seller; answers its status after. */
    async remove(
      target: TargetSnapshot,
      actor: { userId: string; roles: string[] },
      reason: string,
      options: { legalHold: boolean },
    ): Promise<string> {
      const after =
        target.targetKind === 'listing'
          ? await deps.catalog.takeDownListing({ productId: target.targetId, actor, reason, legalHold: options.legalHold })
          : await deps.enterprises.suspendEnterprise({ enterpriseId: target.targetId, actor, reason });
      if (!after) throw trustErrors.TRUST_TARGET_NOT_FOUND();
      return after.status;
    },
  };
}

export type Targets = ReturnType<typeof createTargets>;

/** Where the public saw the target (for e-mails and the console). */
export function publicPathOf(target: Pick<TargetSnapshot, 'targetKind' | 'targetSlug'>): string {
  return target.targetKind === 'listing' ? `/san-pham/${target.targetSlug}` : `/doanh-nghiep/${target.targetSlug}`;
}
