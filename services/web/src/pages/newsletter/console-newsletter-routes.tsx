import type { App } from '@tradeqn/kit';
import { formatDateTimeVn } from '@tradeqn/vn';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { required } from '../../http/api-client.ts';
import { redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import { campaignPages } from './campaign-area.tsx';

const BASE = consolePath('newsletter');
const SUBSCRIBERS = `${BASE}/nguoi-dang-ky`;
const STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const;

interface Subscriber {
  id: string;
  email: string;
  status: string;
  tracking: boolean;
  createdAt: string;
}
interface SubscriberPage {
  items: Subscriber[];
  nextCursor: string | null;
  counts: Record<(typeof STATUSES)[number], number>;
}

/** `/quan-tri/ban-tin`: the province's newsletter campaigns and its subscribers (province staff). */
export async function consoleNewsletterPages(app: App): Promise<void> {
  await campaignPages(
    { list: BASE, one: `${BASE}/:campaignId` },
    {
      base: () => BASE,
      async enter(ctx, _request, reply) {
        if (!ctx.viewer) {
          redirectToSignIn(reply);
          return false;
        }
        requireStaff(ctx);
        return { enterpriseId: null };
      },
      layout: async (ctx, _request, { title, children }) => (
        <ConsoleDocument
          ctx={ctx}
          active="newsletter"
          title={title}
          actions={<a href={ctx.href(SUBSCRIBERS)}>{ctx.t.newsletter.subscribers.link}</a>}
        >
          {children}
        </ConsoleDocument>
      ),
      async audience(ctx) {
        const page = required(await ctx.api.get<SubscriberPage>('/admin/newsletter/subscribers', { query: { limit: 1 } }));
        return page.counts.confirmed;
      },
    },
  )(app);

  app.get(SUBSCRIBERS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx);
    const t = ctx.t.newsletter.subscribers;
    const query = request.query as Record<string, string | undefined>;
    const status = (STATUSES as readonly string[]).includes(query.status ?? '') ? query.status : undefined;
    const page = required(
      await ctx.api.get<SubscriberPage>('/admin/newsletter/subscribers', { query: { status, cursor: query.cursor, limit: 50 } }),
    );
    const columns: Column<Subscriber>[] = [
      { key: 'email', label: t.columns.email, cell: (row) => row.email },
      { key: 'status', label: t.columns.status, cell: (row) => t.statuses[row.status] ?? row.status },
      { key: 'tracking', label: t.columns.tracking, cell: (row) => (row.tracking ? t.yes : t.no) },
      { key: 'since', label: t.columns.since, cell: (row) => formatDateTimeVn(row.createdAt) },
    ];
    return sendPage(
      reply,
      <ConsoleDocument ctx={ctx} active="newsletter" title={t.title}>
        <p>
          <a href={ctx.href(BASE)}>← {ctx.t.newsletter.campaigns.back}</a>
        </p>
        <ul class="tabs">
          {STATUSES.map((key) => (
            <li>
              <a href={ctx.href(`${SUBSCRIBERS}?status=${key}`)} aria-current={status === key ? 'page' : undefined}>
                {t.statuses[key]} ({page.counts[key].toLocaleString('vi-VN')})
              </a>
            </li>
          ))}
        </ul>
        <DataTable
          ctx={ctx}
          caption={t.title}
          columns={columns}
          rows={page.items}
          rowKey={(row) => row.id}
          basePath={SUBSCRIBERS}
          params={{ status }}
          cursor={query.cursor}
          nextCursor={page.nextCursor}
          empty={t.empty}
        />
      </ConsoleDocument>,
    );
  });
}
