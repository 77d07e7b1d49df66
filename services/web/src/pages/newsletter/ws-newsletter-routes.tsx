import type { App } from '@tradeqn/kit';
import { formatDateTimeVn } from '@tradeqn/vn';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { required } from '../../http/api-client.ts';
import { redirectToSignIn } from '../../http/send-page.ts';
import { loadWorkspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { WORKSPACE_ROOT, workspacePath } from '../workspace/workspace-nav.ts';
import { campaignPages } from './campaign-area.tsx';
import { fill } from './newsletter-routes.tsx';

interface Follower {
  userId: string;
  fullName: string;
  /** Only of those who agreed to the enterprise's news. */
  email: string | null;
  news: boolean;
  followedAt: string;
}
interface FollowerPage {
  items: Follower[];
  nextCursor: string | null;
  total: number;
  optedIn: number;
}

const enterpriseIdOf = (request: { params: unknown }) => String((request.params as { id?: string }).id);

/** `/kenh-nguoi-ban/{id}/ban-tin`: an enterprise's news to its followers who opted in, and its followers. */
export async function wsNewsletterPages(app: App): Promise<void> {
  await campaignPages(
    { list: `${WORKSPACE_ROOT}/:id/ban-tin`, one: `${WORKSPACE_ROOT}/:id/ban-tin/:campaignId` },
    {
      base: (request) => workspacePath(enterpriseIdOf(request), 'newsletter'),
      async enter(ctx, request, reply) {
        if (!ctx.viewer) {
          redirectToSignIn(reply);
          return false;
        }
        const workspace = await loadWorkspace(ctx, enterpriseIdOf(request));
        return { enterpriseId: workspace.enterprise.id };
      },
      async layout(ctx, request, { title, children }) {
        const workspace = await loadWorkspace(ctx, enterpriseIdOf(request));
        return (
          <WorkspaceDocument ctx={ctx} workspace={workspace} active="newsletter" title={title}>
            {children}
          </WorkspaceDocument>
        );
      },
      async audience(ctx, enterpriseId) {
        const page = required(await ctx.api.get<FollowerPage>(`/enterprises/${enterpriseId}/followers`, { query: { limit: 1 } }));
        return page.optedIn;
      },
      async below(ctx, enterpriseId, query) {
        const t = ctx.t.newsletter.followers;
        const page = required(
          await ctx.api.get<FollowerPage>(`/enterprises/${enterpriseId}/followers`, {
            query: { limit: 50, cursor: query.followers },
          }),
        );
        const columns: Column<Follower>[] = [
          { key: 'name', label: t.columns.name, cell: (row) => row.fullName },
          { key: 'email', label: t.columns.email, cell: (row) => row.email ?? '—' },
          {
            key: 'news',
            label: t.columns.news,
            cell: (row) => (row.news ? ctx.t.newsletter.subscribers.yes : ctx.t.newsletter.subscribers.no),
          },
          { key: 'since', label: t.columns.since, cell: (row) => formatDateTimeVn(row.followedAt) },
        ];
        return (
          <section aria-labelledby="followers-title">
            <h2 id="followers-title">{t.title}</h2>
            <p>{fill(t.summary, { total: page.total, optedIn: page.optedIn })}</p>
            <DataTable
              ctx={ctx}
              caption={t.title}
              columns={columns}
              rows={page.items}
              rowKey={(row) => row.userId}
              basePath={workspacePath(String(enterpriseId), 'newsletter')}
              params={{}}
              // the first fifty; the totals above count them all
              nextCursor={null}
              empty={t.empty}
            />
          </section>
        );
      },
    },
  )(app);
}
