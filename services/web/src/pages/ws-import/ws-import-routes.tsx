import { type App, internalCallHeaders } from '@tradeqn/kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus } from '../../http/form-input.ts';
import { type MultipartBody, multipartForm } from '../../http/multipart-form.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { loadWorkspace, type Workspace } from '../workspace/workspace-access.ts';
import { WORKSPACE_ROOT } from '../workspace/workspace-nav.ts';
import { type ImportDto, ImportPage, type ImportRowDto, importPath, UploadPage } from './ws-import-pages.tsx';

type Id = { Params: { id: string } };
type ImportId = { Params: { id: string; importId: string } };

const hide = { schema: { hide: true } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A spreadsheet up to 10 MB (the API's own upload limit). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

async function recentImports(ctx: PageContext, enterpriseId: string): Promise<ImportDto[]> {
  return required(
    await ctx.api.get<{ items: ImportDto[] }>(`/enterprises/${enterpriseId}/product-imports`, { query: { limit: 10 } }),
  ).items;
}

async function renderUpload(
  reply: FastifyReply,
  ctx: PageContext,
  workspace: Workspace,
  options: { errors?: FieldErrors; submit?: boolean; status?: number } = {},
) {
  const recent = await recentImports(ctx, workspace.enterprise.id);
  return sendPage(
    reply,
    <UploadPage ctx={ctx} workspace={workspace} recent={recent} errors={options.errors ?? {}} submit={options.submit ?? false} />,
    { status: options.status ?? 200 },
  );
}

/**
 * A spreadsheet the API writes (the template, the export), passed on as the viewer asked for it:
 * the catalog owns the file's columns, so the web never builds a second copy of them.
 */
async function passOnSpreadsheet(app: App, request: FastifyRequest, reply: FastifyReply, path: string, fileName: string) {
  const ctx = request.page;
  const file = await app.inject({
    method: 'GET',
    url: `/api/v1${path}`,
    headers: {
      ...internalCallHeaders(),
      ...(ctx.viewer ? { authorization: `Bearer ${ctx.viewer.accessToken}` } : {}),
      'accept-language': ctx.locale,
    },
    remoteAddress: request.ip,
  });
  if (file.statusCode !== 200) throw pageNotFound();
  const day = new Date().toISOString().slice(0, 10);
  return reply
    .type(XLSX)
    .header('content-disposition', `attachment; filename="${fileName}-${day}.xlsx"`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.rawPayload);
}

/**
 * The workspace's Excel import and export of products: the template, the upload that checks
 * every row (nothing saved), the check's result with each row's errors, the import of the valid
 * rows with its progress, the result; and the export of every product in the template's columns.
 */
export async function wsImportPages(app: App): Promise<void> {
  const base = `${WORKSPACE_ROOT}/:id/san-pham/nhap-excel`;

  app.get<Id>(base, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    return renderUpload(reply, ctx, workspace);
  });

  app.post<Id>(
    base,
    { ...hide, preValidation: multipartForm({ maxFiles: 1, maxFileBytes: MAX_FILE_BYTES, maxFields: 5 }) },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      const t = ctx.t.wsImport;
      const body = (request.body ?? { _files: [] }) as MultipartBody;
      const submit = body.submit === '1';
      const file = body._files?.find((one) => one.field === 'file');
      if (body._uploadError || !file) {
        const message = body._uploadError ? t.errors[body._uploadError] : t.errors.noFile;
        return renderUpload(reply, ctx, workspace, {
          errors: { file: message },
          submit,
          status: body._uploadError === 'tooLarge' ? 413 : 422,
        });
      }
      const id = workspace.enterprise.id;
      const checked = await ctx.api.upload<ImportDto>(
        'POST',
        `/enterprises/${id}/product-imports?start=false&submit=${submit}`,
        file,
      );
      if (checked.ok) return redirectTo(reply, ctx.href(importPath(id, `/${checked.data.id}`)));
      if (checked.status === 401) return redirectToSignIn(reply);
      // not a spreadsheet, columns missing, no rows: said next to the file field
      return renderUpload(reply, ctx, workspace, {
        errors: { file: checked.problem.detail ?? checked.problem.title },
        submit,
        status: formStatus(checked.problem),
      });
    },
  );

  app.get<Id>(`${base}/mau.xlsx`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    await loadWorkspace(ctx, request.params.id);
    return passOnSpreadsheet(app, request, reply, '/product-imports/template.xlsx', 'mau-nhap-san-pham');
  });

  app.get<Id>(`${WORKSPACE_ROOT}/:id/san-pham/xuat-excel`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    return passOnSpreadsheet(app, request, reply, `/enterprises/${workspace.enterprise.id}/products.xlsx`, 'san-pham');
  });

  app.get<ImportId & { Querystring: { 'chi-loi'?: string } }>(`${base}/:importId`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    if (!UUID.test(request.params.importId)) throw pageNotFound();
    const job = required(
      await ctx.api.get<ImportDto & { rows: ImportRowDto[] }>(
        `/enterprises/${workspace.enterprise.id}/product-imports/${request.params.importId}`,
      ),
    );
    const { rows, ...summary } = job;
    return sendPage(
      reply,
      <ImportPage ctx={ctx} workspace={workspace} job={summary} rows={rows} onlyErrors={request.query['chi-loi'] === '1'} />,
    );
  });

  app.post<ImportId>(`${base}/:importId/bat-dau`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    if (!UUID.test(request.params.importId)) throw pageNotFound();
    const id = workspace.enterprise.id;
    const started = await ctx.api.post<ImportDto>(`/enterprises/${id}/product-imports/${request.params.importId}/start`);
    if (started.status === 401) return redirectToSignIn(reply);
    if (started.ok) setFlash(reply, ctx.t.wsImport.started);
    else if (started.status === 404) required(started);
    else setFlash(reply, started.problem.detail ?? started.problem.title, 'error');
    return redirectTo(reply, ctx.href(importPath(id, `/${request.params.importId}`)));
  });
}
