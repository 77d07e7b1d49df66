import type { App } from '@tradeqn/kit';
import type { ComplaintDetailDto, ComplaintDto } from '@tradeqn/ordering/contract';
import { COMPLAINT_STATUSES } from '@tradeqn/ordering/contract';
import type { FastifyReply } from 'fastify';
import type { FieldErrors } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { multipartForm } from '../../http/multipart-form.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import { isStep, loadComplaint, MAX_PHOTOS, postStep } from './complaint-actions.ts';
import { ComplaintList, cursorOf } from './complaint-list.tsx';
import { ComplaintView, type Typed } from './complaint-view.tsx';

const BASE = consolePath('complaints');
const TABS = ['mediation', 'open', 'answered', 'closed', 'all'] as const;

/**
 * `/quan-tri/khieu-nai`: the queue of complaints awaiting the province's mediation (the default
 * tab), every complaint by status, and closing one with an outcome (province staff).
 */
export async function consoleComplaintPages(app: App): Promise<void> {
  app.get(BASE, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx);
    // no `status` at all: the mediation queue; `status=all`: every complaint
    const raw = (request.query as { status?: unknown }).status;
    const status =
      raw === undefined
        ? 'mediation'
        : typeof raw === 'string' && (COMPLAINT_STATUSES as readonly string[]).includes(raw)
          ? raw
          : undefined;
    const cursor = cursorOf(request.query);
    const page = required(
      await ctx.api.get<{ items: ComplaintDto[]; nextCursor: string | null }>('/admin/complaints', {
        query: { status, cursor, limit: 20 },
      }),
    );
    const t = ctx.t.complaints;
    return sendPage(
      reply,
      <ConsoleDocument ctx={ctx} active="complaints" title={t.consoleTitle}>
        <ComplaintList
          ctx={ctx}
          base={BASE}
          items={page.items}
          status={status}
          cursor={cursor}
          nextCursor={page.nextCursor}
          showSeller
          tabs={TABS}
        />
      </ConsoleDocument>,
    );
  });

  app.get<{ Params: { id: string } }>(`${BASE}/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx);
    return render(reply, ctx, await loadComplaint(ctx, request.params.id), {}, {});
  });

  app.post<{ Params: { id: string; step: string } }>(
    `${BASE}/:id/:step`,
    { schema: { hide: true }, preValidation: multipartForm({ maxFiles: MAX_PHOTOS }) },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      requireStaff(ctx);
      const { id, step } = request.params;
      const complaint = await loadComplaint(ctx, id);
      if (!isStep(step)) throw pageNotFound();
      return postStep(ctx, request, reply, {
        id: complaint.id,
        step,
        back: ctx.href(`${BASE}/${complaint.id}`),
        rerender: async (errors, typed, status) => render(reply, ctx, await loadComplaint(ctx, id), errors, typed, status),
      });
    },
  );
}

function render(
  reply: FastifyReply,
  ctx: PageContext,
  complaint: ComplaintDetailDto,
  errors: FieldErrors,
  typed: Typed,
  status = 200,
) {
  const t = ctx.t.complaints;
  return sendPage(
    reply,
    <ConsoleDocument ctx={ctx} active="complaints" title={t.complaintTitle(complaint.orderCode)}>
      <p>
        <a href={ctx.href(BASE)}>← {t.consoleTitle}</a>
      </p>
      <ComplaintView
        ctx={ctx}
        complaint={complaint}
        area={{ base: `${BASE}/${complaint.id}`, viewer: 'staff' }}
        errors={errors}
        typed={typed}
      />
    </ConsoleDocument>,
    { status },
  );
}
