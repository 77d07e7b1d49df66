import type { App } from '@tradeqn/kit';
import { formatDateTimeVn } from '@tradeqn/vn';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { required } from '../../http/api-client.ts';
import { withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';

const ACCESS_LOG = consolePath('accessLog');
const PAGE_SIZE = 50;

interface AccessEntry {
  id: number;
  viewerId: string;
  subject: string;
  subjectRef: string;
  details: Record<string, unknown>;
  at: string;
}
type LogPage = { items: AccessEntry[]; nextBeforeId: number | null };
/** Each service keeps its own log; the page reads them side by side, each with its own cursor. */
const SOURCES = [
  { key: 'thue', path: '/admin/tax/access-log' },
  { key: 'dn', path: '/admin/enterprises/access-log' },
] as const;
type Row = AccessEntry & { source: (typeof SOURCES)[number]['key'] };

const cursorOf = (value: unknown) => (typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : undefined);

/** `/quan-tri/nhat-ky-truy-cap` (admins): every staff look at tax and enterprises' private data, newest first. */
export async function consoleAccessLogPages(app: App): Promise<void> {
  app.get<{ Querystring: Record<string, string | undefined> }>(ACCESS_LOG, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const before = Object.fromEntries(SOURCES.map((source) => [source.key, cursorOf(request.query[source.key])]));
    const isFirstPage = SOURCES.every((source) => before[source.key] === undefined);
    const pages = await Promise.all(
      SOURCES.map(async (source) => {
        // a source already read to its end is left out of the next pages
        if (!isFirstPage && before[source.key] === undefined) return { items: [], nextBeforeId: null } as LogPage;
        return required(await ctx.api.get<LogPage>(source.path, { query: { limit: PAGE_SIZE, beforeId: before[source.key] } }));
      }),
    );
    const merged: Row[] = pages
      .flatMap((page, index) => page.items.map((item) => ({ ...item, source: SOURCES[index]?.key ?? 'thue' })))
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, PAGE_SIZE);
    // the next page starts, in each source, after the last of its entries shown here
    const next: Record<string, string | undefined> = {};
    SOURCES.forEach((source, index) => {
      const shown = merged.filter((row) => row.source === source.key);
      const page = pages[index];
      const unshown = (page?.items.length ?? 0) > shown.length;
      const last = shown.at(-1)?.id;
      if (unshown) next[source.key] = String(last ?? before[source.key] ?? Number.MAX_SAFE_INTEGER);
      else if (page?.nextBeforeId) next[source.key] = String(page.nextBeforeId);
    });
    const viewers = await namesOf(
      ctx,
      merged.map((row) => row.viewerId),
    );
    return sendPage(
      reply,
      <AccessLogPage
        ctx={ctx}
        rows={merged}
        viewers={viewers}
        nextHref={Object.keys(next).length > 0 ? withQuery(ACCESS_LOG, next) : null}
      />,
    );
  });
}

/** The staff behind the ids, by e-mail (there are few of them). */
async function namesOf(ctx: PageContext, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    const person = await ctx.api.get<{ email: string; fullName: string }>(`/admin/users/${id}`);
    names.set(id, person.ok ? `${person.data.fullName} <${person.data.email}>` : id);
  }
  return names;
}

function AccessLogPage({
  ctx,
  rows,
  viewers,
  nextHref,
}: {
  ctx: PageContext;
  rows: Row[];
  viewers: Map<string, string>;
  nextHref: string | null;
}) {
  const t = ctx.t.dataRequestQueue;
  const columns: Column<Row>[] = [
    { key: 'at', label: t.accessColumns.at, cell: (row) => formatDateTimeVn(row.at) },
    { key: 'viewer', label: t.accessColumns.viewer, cell: (row) => viewers.get(row.viewerId) ?? row.viewerId },
    { key: 'subject', label: t.accessColumns.subject, cell: (row) => t.subjects[row.subject] ?? row.subject },
    {
      key: 'ref',
      label: t.accessColumns.ref,
      cell: (row) =>
        row.subject === 'enterprise-private-data' || row.subject === 'citizen-id' ? (
          <a href={ctx.href(consolePath('enterprises', `/${row.subjectRef}`))}>{String(row.details.name ?? row.subjectRef)}</a>
        ) : (
          row.subjectRef
        ),
    },
  ];
  return (
    <ConsoleDocument ctx={ctx} active="accessLog" title={t.accessTitle}>
      <p>{t.accessIntro}</p>
      <DataTable
        ctx={ctx}
        caption={t.accessCaption}
        columns={columns}
        rows={rows}
        rowKey={(row) => `${row.source}-${row.id}`}
        rowAttributes={(row) => ({ 'data-access': row.subject })}
        basePath={ACCESS_LOG}
        params={{}}
        cursor={undefined}
        nextCursor={null}
        empty={<p>{t.accessEmpty}</p>}
      />
      {nextHref ? (
        <p>
          <a href={ctx.href(nextHref)} rel="next">
            {t.older}
          </a>
        </p>
      ) : null}
    </ConsoleDocument>
  );
}
