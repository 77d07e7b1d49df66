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

/** The viewer's enterprises (from `/me`), for the picker and the switch. */
export async function membershipsOf(ctx: PageContext): Promise<{ id: string; role: string }[]> {
  const me = required(await ctx.api.get<UserDto & { enterprises: { id: string; role: string }[] }>('/me'));
  return me.enterprises;
}

/**
 * How long a person's list of enterprises is kept for the switch between them. The guard never
 * uses it: the enterprise's own answer says what the viewer is in it, read fresh on every page.
 */
const MEMBERSHIPS_FOR_SWITCH_MS = 15_000;

/**
 * A workspace page's guard: the viewer (signed in: check `ctx.viewer` first and send others to
 * sign in) must be a member of this enterprise, or the page is a 404 — the same answer as for an
 * enterprise that does not exist, so a member of A learns nothing about B by trying B's URLs.
 * Province staff are not members: they work in the console.
 */
export async function loadWorkspace(ctx: PageContext, enterpriseId: string): Promise<Workspace> {
  if (!ctx.viewer || !UUID.test(enterpriseId)) throw pageNotFound();
  const key = `memberships:${ctx.viewer.userId}`;
  const memberships = () =>
    ctx.site.shared.read(key, MEMBERSHIPS_FOR_SWITCH_MS, async () => ({
      ok: true as const,
      status: 200,
      data: await membershipsOf(ctx),
    }));
  const [enterprise, known] = await Promise.all([ctx.api.get<EnterpriseDto>(`/enterprises/${enterpriseId}`), memberships()]);
  const role = enterprise.ok ? enterprise.data.myRole : null;
  if (!enterprise.ok || !role) throw pageNotFound();
  let list = required(known);
  // joined since the list was read (a registration, an invitation accepted): read it again
  if (!list.some((one) => one.id === enterpriseId)) {
    ctx.site.shared.forget(key);
    list = required(await memberships());
  }
  return { enterprise: enterprise.data, role: role === 'owner' ? 'owner' : 'staff', memberships: list };
}
