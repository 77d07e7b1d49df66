import type { App } from '@tradeqn/kit';
import type { ComplaintDetailDto, ComplaintDto } from '@tradeqn/ordering/contract';
import type { FastifyReply } from 'fastify';
import type { FieldErrors } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { multipartForm } from '../../http/multipart-form.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { loadWorkspace, type Workspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { WORKSPACE_ROOT, workspacePath } from '../workspace/workspace-nav.ts';
import { isStep, loadComplaint, MAX_PHOTOS, postStep, UUID } from './complaint-actions.ts';
import { ComplaintList, cursorOf, statusOf } from './complaint-list.tsx';
import { ComplaintView, type Typed } from './complaint-view.tsx';

const TABS = ['all', 'open', 'answered', 'mediation', 'closed'] as const;
type Params = { id: string; complaintId: string };

/** `/kenh-nguoi-ban/{id}/khieu-nai`: the enterprise's complaints, and answering one (members only). */
export async function wsComplaintPages(app: App): Promise<void> {
  app.get<{ Params: { id: string } }>(`${WORKSPACE_ROOT}/:id/khieu-nai`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const status = statusOf(request.query);
    const cursor = cursorOf(request.query);
    const page = required(
      await ctx.api.get<{ items: ComplaintDto[]; nextCursor: string | null }>('/complaints', {
        query: { enterpriseId: workspace.enterprise.id, status, cursor, limit: 20 },
      }),
    );
    const t = ctx.t.complaints;
    return sendPage(
      reply,
      <WorkspaceDocument ctx={ctx} workspace={workspace} active="complaints" title={t.listTitle}>
        <ComplaintList
          ctx={ctx}
          base={workspacePath(workspace.enterprise.id, 'complaints')}
          items={page.items}
          status={status}
          cursor={cursor}
          nextCursor={page.nextCursor}
          showSeller={false}
          tabs={TABS}
        />
      </WorkspaceDocument>,
    );
  });

  app.get<{ Params: Params }>(
    `${WORKSPACE_ROOT}/:id/khieu-nai/:complaintId`,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { workspace, complaint } = await load(ctx, request.params);
      return render(reply, ctx, workspace, complaint, {}, {});
    },
  );

  app.post<{ Params: Params & { step: string } }>(
    `${WORKSPACE_ROOT}/:id/khieu-nai/:complaintId/:step`,
    { schema: { hide: true }, preValidation: multipartForm({ maxFiles: MAX_PHOTOS }) },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { workspace, complaint } = await load(ctx, request.params);
      if (!isStep(request.params.step)) throw pageNotFound();
      return postStep(ctx, request, reply, {
        id: complaint.id,
        step: request.params.step,
        back: ctx.href(workspacePath(workspace.enterprise.id, 'complaints', `/${complaint.id}`)),
        rerender: async (errors, typed, status) =>
          render(reply, ctx, workspace, await loadComplaint(ctx, complaint.id), errors, typed, status),
      });
    },
  );
}

/** The workspace and the complaint, which must be this enterprise's (404 otherwise). */
async function load(ctx: PageContext, params: Params) {
  const workspace = await loadWorkspace(ctx, params.id);
  if (!UUID.test(params.complaintId)) throw pageNotFound();
  const complaint = await loadComplaint(ctx, params.complaintId);
  if (complaint.enterprise.id !== workspace.enterprise.id) throw pageNotFound();
  return { workspace, complaint };
}

function render(
  reply: FastifyReply,
  ctx: PageContext,
  workspace: Workspace,
  complaint: ComplaintDetailDto,
  errors: FieldErrors,
  typed: Typed,
  status = 200,
) {
  const t = ctx.t.complaints;
  const base = workspacePath(workspace.enterprise.id, 'complaints');
  return sendPage(
    reply,
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="complaints" title={t.complaintTitle(complaint.orderCode)}>
      <p>
        <a href={ctx.href(base)}>← {t.listTitle}</a>
      </p>
      <ComplaintView
        ctx={ctx}
        complaint={complaint}
        area={{ base: `${base}/${complaint.id}`, viewer: 'seller' }}
        errors={errors}
        typed={typed}
      />
    </WorkspaceDocument>,
    { status },
  );
}
