import { PageApiError, pageNotFound } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';
import { PageRedirect } from '../../http/page-redirect.ts';
import { SECURITY_PATH } from '../security/security-paths.ts';
import type { StaffRole } from './console-nav.ts';

/** The viewer's strongest staff role, or null for everyone else. */
export function staffRoleOf(ctx: PageContext): StaffRole | null {
  const roles = ctx.viewer?.roles ?? [];
  if (roles.includes('admin')) return 'admin';
  if (roles.includes('moderator')) return 'moderator';
  return null;
}

/**
 * A console page's guard (the viewer is signed in: check `ctx.viewer` first and send others to
 * sign in). Someone who is not province staff gets a 404 — the console does not exist for them;
 * a moderator on an admin's page gets the 403 page. The API checks again on every call.
 */
export function requireStaff(ctx: PageContext, need: StaffRole = 'moderator'): StaffRole {
  // staff signed in without two-factor set it up (or pass it) first: the API would refuse them anyway
  if (ctx.viewer?.staffRolesAwaitingTwoFactor.length) {
    throw new PageRedirect(ctx.href(`${SECURITY_PATH}?next=${encodeURIComponent(ctx.path)}`));
  }
  const role = staffRoleOf(ctx);
  if (!role) throw pageNotFound();
  if (need === 'admin' && role !== 'admin') throw new PageApiError({ status: 403, title: 'Forbidden' });
  return role;
}
