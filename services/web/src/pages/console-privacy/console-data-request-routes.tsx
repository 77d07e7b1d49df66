import type { DataRequestDto } from '@tradeqn/accounts/contract';
import type { App } from '@tradeqn/kit';
import { formatDateTimeVn } from '@tradeqn/vn';
import { FilterBar } from '../../components/data-table.tsx';
import { CsrfField, SelectField, TextField } from '../../components/form.tsx';
import { Pager } from '../../components/pager.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';

const QUEUE = consolePath('dataRequests');
const STATUSES = ['open', 'done', 'rejected'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Page = { items: DataRequestDto[]; nextCursor: string | null };

/** `/quan-tri/yeu-cau-du-lieu` (admins): people's requests about their data, soonest deadline first, each answered once. */
export async function consoleDataRequestPages(app: App): Promise<void> {
  app.get<{ Querystring: { status?: string; cursor?: string } }>(QUEUE, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const status = STATUSES.find((one) => one === request.query.status) ?? 'open';
    const cursor = typeof request.query.cursor === 'string' ? request.query.cursor.slice(0, 512) : undefined;
    const answer = await ctx.api.get<Page>('/admin/data-requests', { query: { status, cursor, limit: 25 } });
    // a cursor from an old link: the first page
    const page =
      !answer.ok && answer.status === 400
        ? required(await ctx.api.get<Page>('/admin/data-requests', { query: { status } }))
        : required(answer);
    return sendPage(reply, <QueuePage ctx={ctx} page={page} status={status} cursor={answer.ok ? cursor : undefined} />);
  });

  app.post<{ Params: { id: string } }>(`${QUEUE}/:id/tra-loi`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const body = { outcome: formText(request.body, 'outcome'), answer: formText(request.body, 'answer') };
    const answered = await ctx.api.post<DataRequestDto>(`/admin/data-requests/${request.params.id}/answer`, { body });
    if (!answered.ok) {
      if (answered.status === 404) required(answered);
      const field = answered.problem.errors?.[0];
      const t = ctx.t.dataRequestQueue;
      const label = field?.path.endsWith('outcome') ? t.outcome : t.answer;
      setFlash(reply, field ? `${label}: ${field.message}` : (answered.problem.detail ?? answered.problem.title), 'error');
      return redirectTo(reply, ctx.href(`${QUEUE}#request-${request.params.id}`));
    }
    setFlash(reply, ctx.t.dataRequestQueue.answered);
    return redirectTo(reply, ctx.href(QUEUE));
  });
}

function QueuePage({ ctx, page, status, cursor }: { ctx: PageContext; page: Page; status: string; cursor: string | undefined }) {
  const t = ctx.t.dataRequestQueue;
  const kinds = ctx.t.myData.kinds;
  return (
    <ConsoleDocument ctx={ctx} active="dataRequests" title={t.title}>
      <p>{t.intro}</p>
      <FilterBar ctx={ctx} basePath={QUEUE}>
        <SelectField
          name="status"
          label={t.filterStatus}
          value={status}
          options={STATUSES.map((one) => ({ value: one, label: ctx.t.myData.statuses[one] ?? one }))}
        />
      </FilterBar>
      {page.items.length === 0 ? <p class="empty">{t.empty}</p> : null}
      <ul class="plain-list data-request-queue">
        {page.items.map((item) => (
          <li id={`request-${item.id}`} data-request={item.id} class={item.isOverdue ? 'row-overdue' : undefined}>
            <h2>
              {kinds[item.kind] ?? item.kind}
              {item.isOverdue ? <strong class="clock clock-overdue"> · {t.overdue}</strong> : null}
            </h2>
            <p class="muted">
              {item.person ? t.from(item.person.fullName, item.person.email) : null} ·{' '}
              {t.received(formatDateTimeVn(item.createdAt))} · {t.due(formatDateTimeVn(item.dueAt))}
            </p>
            <p>{item.text}</p>
            {item.answer ? (
              <p class="data-request-answer">
                {ctx.t.myData.statuses[item.status]}: {item.answer}
              </p>
            ) : (
              <form method="post" action={ctx.href(`${QUEUE}/${item.id}/tra-loi`)} class="work-form">
                <CsrfField ctx={ctx} />
                <SelectField
                  name="outcome"
                  label={t.outcome}
                  value="done"
                  options={['done', 'rejected'].map((one) => ({ value: one, label: t.outcomes[one] ?? one }))}
                />
                <TextField name="answer" label={t.answer} multiline required maxLength={5000} />
                <button type="submit" class="button">
                  {t.submit}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <Pager ctx={ctx} basePath={QUEUE} query={{ status, cursor }} nextCursor={page.nextCursor} />
    </ConsoleDocument>
  );
}
