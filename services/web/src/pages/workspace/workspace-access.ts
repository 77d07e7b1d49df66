import type { UserDto } from '@tradeqn/accounts/contract';
import type { EnterpriseDto } from '@tradeqn/enterprises/contract';
import { pageNotFound, required } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type WorkspaceRole = 'owner' | 'staff';

/** The enterprise a workspace page is about, and what the viewer is in it. */
export interface Workspace {
  enterprise: EnterpriseDto;
  role: WorkspaceRole;
  /** Every enterprise the viewer belongs to (the switch shows when there is more than one). */
  memberships: { id: string; role: string }[];
}

/** The viewer's enterprises (from `/me`), for the picker and the guard. */
export async function membershipsOf(ctx: PageContext): Promise<{ id: string; role: string }[]> {
  const me = required(await ctx.api.get<UserDto & { enterprises: { id: string; role: string }[] }>('/me'));
  return me.enterprises;
}

/**
 * A workspace page's guard: the viewer (signed in: check `ctx.viewer` first and send others to
 * sign in) must be a member of this enterprise, or the page is a 404 — the same answer as for an
 * enterprise that does not exist, so a member of A learns nothing about B by trying B's URLs.
 * Province staff are not members: they work in the console.
 */
export async function loadWorkspace(ctx: PageContext, enterpriseId: string): Promise<Workspace> {
  if (!ctx.viewer || !UUID.test(enterpriseId)) throw pageNotFound();
  const [memberships, enterprise] = await Promise.all([
    membershipsOf(ctx),
    ctx.api.get<EnterpriseDto>(`/enterprises/${enterpriseId}`),
  ]);
  const membership = memberships.find((one) => one.id === enterpriseId);
  if (!membership || !enterprise.ok) throw pageNotFound();
  return { enterprise: enterprise.data, role: membership.role === 'owner' ? 'owner' : 'staff', memberships };
}
