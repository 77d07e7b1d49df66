import type { App } from '@tradeqn/kit';
import { type BannerStats, BannerStatsView } from '../../components/banner-stats.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { readListQuery } from '../../http/list-query.ts';
import { redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { type BannerView, vietnamDateTime } from '../console-banners/console-banners-routes.tsx';
import { loadWorkspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { WORKSPACE_ROOT, workspacePath } from '../workspace/workspace-nav.ts';

const hide = { schema: { hide: true } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BANNERS = `${WORKSPACE_ROOT}/:id/quang-cao`;

type Id = { Params: { id: string } };
type BannerId = { Params: { id: string; bannerId: string } };

/**
 * `/kenh-nguoi-ban/{id}/quang-cao`: the banners the province runs for this enterprise and their
 * statistics. The API answers only a member's own enterprise's banners (404 otherwise), so a
 * member of A who types B's banner id gets the 404 page.
 */
export async function wsBannerPages(app: App): Promise<void> {
  app.get<Id>(BANNERS, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const list = readListQuery(request.query, {
      filters: [] as const,
      sorts: ['created'] as const,
      defaultSort: { key: 'created', dir: 'desc' },
    });
    const page = required(
      await ctx.api.get<{ items: BannerView[]; nextCursor: string | null }>(`/enterprises/${workspace.enterprise.id}/banners`, {
        query: { limit: 25, cursor: list.cursor },
      }),
    );
    const t = ctx.t.banners;
    const base = workspacePath(workspace.enterprise.id, 'banners');
    const columns: Column<BannerView>[] = [
      {
        key: 'title',
        label: t.list.columns.title,
        cell: (banner) => <a href={ctx.href(`${base}/${banner.id}`)}>{banner.title}</a>,
      },
      { key: 'slot', label: t.list.columns.slot, cell: (banner) => t.slots[banner.slot] ?? banner.slot },
      {
        key: 'period',
        label: t.list.columns.period,
        cell: (banner) => `${vietnamDateTime(banner.startsAt)} – ${vietnamDateTime(banner.endsAt)}`,
      },
      {
        key: 'state',
        label: t.list.columns.state,
        cell: (banner) => <span class={`status status-${banner.state}`}>{t.states[banner.state] ?? banner.state}</span>,
      },
    ];
    return sendPage(
      reply,
      <WorkspaceDocument ctx={ctx} workspace={workspace} active="banners" title={t.workspace.title}>
        <p>{t.workspace.intro}</p>
        <DataTable
          ctx={ctx}
          caption={t.workspace.title}
          columns={columns}
          rows={page.items}
          rowKey={(banner) => banner.id}
          rowAttributes={(banner) => ({ 'data-banner': banner.id })}
          basePath={base}
          params={{}}
          cursor={list.cursor}
          nextCursor={page.nextCursor}
          empty={<p>{t.workspace.empty}</p>}
        />
      </WorkspaceDocument>,
    );
  });

  app.get<BannerId>(`${BANNERS}/:bannerId`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    if (!UUID.test(request.params.bannerId)) throw pageNotFound();
    const stats = required(await ctx.api.get<BannerStats & { banner: BannerView }>(`/banners/${request.params.bannerId}/stats`));
    // staff may read any banner's statistics: in the workspace, only this enterprise's banners exist
    if (stats.banner.enterpriseId !== workspace.enterprise.id) throw pageNotFound();
    const t = ctx.t.banners;
    return sendPage(
      reply,
      <WorkspaceDocument ctx={ctx} workspace={workspace} active="banners" title={t.stats.title(stats.banner.title)}>
        <p>
          <a href={ctx.href(workspacePath(workspace.enterprise.id, 'banners'))}>{t.stats.back}</a>
        </p>
        <BannerStatsView ctx={ctx} stats={stats} />
      </WorkspaceDocument>,
    );
  });
}
