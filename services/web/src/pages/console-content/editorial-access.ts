import { PageApiError, pageNotFound } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';
import { PageRedirect } from '../../http/page-redirect.ts';
import { SECURITY_PATH } from '../security/security-paths.ts';

/** The viewer is on the editorial board (an editor) or an admin. */
export function isEditorial(ctx: PageContext): boolean {
  const roles = ctx.viewer?.roles ?? [];
  return roles.includes('admin') || roles.includes('editor');
}

/**
 * The content console's guard (the viewer is signed in): editors and admins only. An admin
 * signed in without two-factor sets it up first; a moderator gets the 403 page, anyone else
 * the 404, as the rest of the console answers. The API checks again on every call.
 */
export function requireEditorial(ctx: PageContext): void {
  if (ctx.viewer?.staffRolesAwaitingTwoFactor.length) {
    throw new PageRedirect(ctx.href(`${SECURITY_PATH}?next=${encodeURIComponent(ctx.path)}`));
  }
  if (isEditorial(ctx)) return;
  if (ctx.viewer?.roles.includes('moderator')) throw new PageApiError({ status: 403, title: 'Forbidden' });
  throw pageNotFound();
}
