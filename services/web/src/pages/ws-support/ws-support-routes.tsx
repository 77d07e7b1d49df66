import { type App, internalCallHeaders } from '@tradeqn/kit';
import type { SupportApplicationDto, SupportApplicationSummaryDto, SupportLineDto } from '@tradeqn/programme/contract';
import { formatDateTimeVn, formatVnd, vnYearOf } from '@tradeqn/vn';
import { CsrfField, ErrorSummary, type FieldErrors, SelectField, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { type MultipartBody, multipartForm } from '../../http/multipart-form.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import {
  ApplicationDocuments,
  ApplicationFacts,
  ApplicationHistory,
  passFile,
  StatusBadge,
  supportFieldErrors,
} from '../console-support/support-views.tsx';
import { loadWorkspace, type Workspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { WORKSPACE_ROOT, workspacePath } from '../workspace/workspace-nav.ts';

const hide = { schema: { hide: true } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SUPPORT = `${WORKSPACE_ROOT}/:id/ho-tro`;
/** One document a form post; the API checks its type and size again. */
const upload = multipartForm({ maxFiles: 1, maxFileBytes: 5 * 1024 * 1024 });

type Id = { Params: { id: string } };
type ApplicationId = { Params: { id: string; applicationId: string } };
type ApplyValues = { lineCode: string; year: string; description: string };

const base = (workspace: Workspace) => workspacePath(workspace.enterprise.id, 'support');

/** The form's file problem the browser's upload already shows (too large, none chosen), before the API is asked. */
function uploadProblem(ctx: PageContext, body: MultipartBody, isRequired: boolean): FieldErrors | null {
  if (body._uploadError === 'tooLarge') return { file: ctx.t.common.upload.tooLarge };
  if (body._uploadError === 'tooMany') return { file: ctx.t.common.upload.tooMany };
  if (isRequired && !body._files?.some((file) => file.field === 'file')) return { file: ctx.t.support.fileHint };
  return null;
}

/**
 * `/kenh-nguoi-ban/{id}/ho-tro`: the enterprise's support applications, a new one (`/moi`), one
 * application with its documents and history (`/{applicationId}`), and its answer to a request
 * for more information. The API answers only this enterprise's applications (404 otherwise).
 */
export async function wsSupportPages(app: App): Promise<void> {
  app.get<Id>(SUPPORT, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const applications = required(
      await ctx.api.get<SupportApplicationSummaryDto[]>(`/enterprises/${workspace.enterprise.id}/support-applications`),
    );
    const t = ctx.t.support;
    return sendPage(
      reply,
      <WorkspaceDocument ctx={ctx} workspace={workspace} active="support" title={t.wsTitle}>
        <p>{t.wsIntro}</p>
        {workspace.enterprise.status === 'approved' ? (
          <p>
            <a class="button" href={ctx.href(`${base(workspace)}/moi`)} data-new-application>
              {t.newApplication}
            </a>
          </p>
        ) : (
          <p class="empty">{t.notVerified}</p>
        )}
        {applications.length === 0 ? (
          <p class="empty">{t.wsEmpty}</p>
        ) : (
          <ul class="plain-list" data-applications>
            {applications.map((application) => (
              <li data-application={application.id}>
                <a href={ctx.href(`${base(workspace)}/${application.id}`)}>
                  {ctx.locale === 'en' ? application.lineNameEn : application.lineNameVi} — {application.year}
                </a>{' '}
                · {formatVnd(application.amount)} · <StatusBadge ctx={ctx} status={application.status} /> ·{' '}
                {formatDateTimeVn(application.updatedAt)}
              </li>
            ))}
          </ul>
        )}
      </WorkspaceDocument>,
    );
  });

  app.get<Id>(`${SUPPORT}/moi`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const lines = required(await ctx.api.get<SupportLineDto[]>('/programme/support-lines'));
    const values = { lineCode: lines[0]?.code ?? '', year: String(vnYearOf(new Date())), description: '' };
    return sendPage(reply, <ApplyPage ctx={ctx} workspace={workspace} lines={lines} values={values} errors={{}} />);
  });

  app.post<Id>(`${SUPPORT}/moi`, { ...hide, preValidation: upload }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const body = (request.body ?? { _files: [] }) as MultipartBody;
    const values = {
      lineCode: formText(body, 'lineCode'),
      year: formText(body, 'year'),
      description: formText(body, 'description'),
    };
    const again = async (errors: FieldErrors, status: number) => {
      const lines = required(await ctx.api.get<SupportLineDto[]>('/programme/support-lines'));
      return sendPage(reply, <ApplyPage ctx={ctx} workspace={workspace} lines={lines} values={values} errors={errors} />, {
        status,
      });
    };
    const refusal = uploadProblem(ctx, body, true);
    const file = body._files?.find((one) => one.field === 'file');
    if (refusal || !file) return again(refusal ?? {}, 422);
    const made = await ctx.api.upload<SupportApplicationDto>(
      'POST',
      `/enterprises/${workspace.enterprise.id}/support-applications`,
      {
        ...file,
        fields: values,
      },
    );
    if (!made.ok) {
      if (made.status === 401) return redirectToSignIn(reply);
      const errors =
        made.status === 413 || made.status === 415
          ? { file: made.problem.detail ?? made.problem.title }
          : supportFieldErrors(made.problem);
      return again(errors, formStatus(made.problem));
    }
    setFlash(reply, ctx.t.support.applied);
    return redirectTo(reply, ctx.href(`${base(workspace)}/${made.data.id}`));
  });

  app.get<ApplicationId>(`${SUPPORT}/:applicationId`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const application = await ownApplication(ctx, workspace, request.params.applicationId);
    return sendPage(reply, <ApplicationPage ctx={ctx} workspace={workspace} application={application} message="" errors={{}} />);
  });

  app.post<ApplicationId>(`${SUPPORT}/:applicationId/tra-loi`, { ...hide, preValidation: upload }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const application = await ownApplication(ctx, workspace, request.params.applicationId);
    const body = (request.body ?? { _files: [] }) as MultipartBody;
    const message = formText(body, 'message');
    const again = (errors: FieldErrors, status: number) =>
      sendPage(
        reply,
        <ApplicationPage ctx={ctx} workspace={workspace} application={application} message={message} errors={errors} />,
        {
          status,
        },
      );
    const refusal = uploadProblem(ctx, body, false);
    if (refusal) return again(refusal, 422);
    const file = body._files?.find((one) => one.field === 'file');
    const path = `/enterprises/${workspace.enterprise.id}/support-applications/${application.id}/answers`;
    const answered = file
      ? await ctx.api.upload<SupportApplicationDto>('POST', path, { ...file, fields: { message } })
      : await ctx.api.post<SupportApplicationDto>(path, { body: { message } });
    if (!answered.ok) {
      if (answered.status === 401) return redirectToSignIn(reply);
      const errors =
        answered.status === 413 || answered.status === 415
          ? { file: answered.problem.detail ?? answered.problem.title }
          : supportFieldErrors(answered.problem);
      return again(errors, formStatus(answered.problem));
    }
    setFlash(reply, ctx.t.support.answered);
    return redirectTo(reply, ctx.href(`${base(workspace)}/${application.id}`));
  });

  app.get<{ Params: { id: string; applicationId: string; documentId: string } }>(
    `${SUPPORT}/:applicationId/tai-lieu/:documentId`,
    hide,
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      const { applicationId, documentId } = request.params;
      if (!UUID.test(applicationId) || !UUID.test(documentId)) throw pageNotFound();
      const file = passFile(
        await app.inject({
          method: 'GET',
          url: `/api/v1/enterprises/${workspace.enterprise.id}/support-applications/${applicationId}/documents/${documentId}`,
          headers: { ...internalCallHeaders(), authorization: `Bearer ${ctx.viewer.accessToken}`, 'accept-language': ctx.locale },
          remoteAddress: request.ip,
        }),
      );
      if (!file) throw pageNotFound();
      return reply
        .type(file.contentType)
        .header('content-disposition', file.disposition)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(file.data);
    },
  );
}

async function ownApplication(ctx: PageContext, workspace: Workspace, applicationId: string): Promise<SupportApplicationDto> {
  if (!UUID.test(applicationId)) throw pageNotFound();
  return required(
    await ctx.api.get<SupportApplicationDto>(`/enterprises/${workspace.enterprise.id}/support-applications/${applicationId}`),
  );
}

function ApplyPage({
  ctx,
  workspace,
  lines,
  values,
  errors,
}: {
  ctx: PageContext;
  workspace: Workspace;
  lines: SupportLineDto[];
  values: ApplyValues;
  errors: FieldErrors;
}) {
  const t = ctx.t.support;
  const thisYear = vnYearOf(new Date());
  const years = [thisYear, thisYear + 1].map(String);
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="support" title={t.applyTitle}>
      <p>
        <a href={ctx.href(base(workspace))}>{t.back}</a>
      </p>
      {workspace.enterprise.status !== 'approved' ? <p class="empty">{t.notVerified}</p> : null}
      <ErrorSummary ctx={ctx} errors={errors} labels={t.fields} />
      <form
        method="post"
        action={ctx.href(`${base(workspace)}/moi`)}
        enctype="multipart/form-data"
        class="work-form"
        novalidate
        data-apply-form
      >
        <CsrfField ctx={ctx} />
        <SelectField
          name="lineCode"
          label={t.fields.lineCode ?? ''}
          value={values.lineCode}
          error={errors.lineCode}
          required
          options={lines.map((line) => ({
            value: line.code,
            label: `${ctx.locale === 'en' ? line.nameEn : line.nameVi} — ${formatVnd(line.amount)} (${t.split(
              formatVnd(line.provincialShare),
              formatVnd(line.centralShare),
              formatVnd(line.enterpriseShare),
            )})`,
          }))}
        />
        <SelectField
          name="year"
          label={t.fields.year ?? ''}
          value={values.year}
          error={errors.year}
          required
          options={years.map((year) => ({ value: year, label: year }))}
        />
        <TextField
          name="description"
          label={t.fields.description ?? ''}
          value={values.description}
          error={errors.description}
          required
          multiline
          maxLength={5000}
        />
        <FileField ctx={ctx} error={errors.file} required />
        <button type="submit" class="button" data-submit-application>
          {t.applySubmit}
        </button>
      </form>
    </WorkspaceDocument>
  );
}

function FileField({ ctx, error, required: isRequired }: { ctx: PageContext; error?: string | undefined; required?: boolean }) {
  const t = ctx.t.support;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for="field-file">{t.fields.file}</label>
      <p class="field-hint" id="field-file-hint">
        {t.fileHint}
      </p>
      {error ? (
        <p class="field-error" id="field-file-error">
          {error}
        </p>
      ) : null}
      <input
        id="field-file"
        type="file"
        name="file"
        accept="application/pdf,image/jpeg,image/png"
        required={isRequired}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'field-file-hint field-file-error' : 'field-file-hint'}
      />
    </div>
  );
}

function ApplicationPage({
  ctx,
  workspace,
  application,
  message,
  errors,
}: {
  ctx: PageContext;
  workspace: Workspace;
  application: SupportApplicationDto;
  message: string;
  errors: FieldErrors;
}) {
  const t = ctx.t.support;
  const line = ctx.locale === 'en' ? application.lineNameEn : application.lineNameVi;
  const here = `${base(workspace)}/${application.id}`;
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="support" title={t.applicationTitle(line, application.year)}>
      <p>
        <a href={ctx.href(base(workspace))}>{t.back}</a>
      </p>
      <ApplicationFacts ctx={ctx} application={application} />
      {application.status === 'needs_more_info' ? (
        <section aria-labelledby="answer">
          <h2 id="answer">{t.answerTitle}</h2>
          <ErrorSummary ctx={ctx} errors={errors} labels={t.fields} />
          <form
            method="post"
            action={ctx.href(`${here}/tra-loi`)}
            enctype="multipart/form-data"
            class="work-form"
            novalidate
            data-answer-form
          >
            <CsrfField ctx={ctx} />
            <TextField
              name="message"
              label={t.fields.message ?? ''}
              value={message}
              error={errors.message}
              required
              multiline
              maxLength={5000}
            />
            <FileField ctx={ctx} error={errors.file} />
            <button type="submit" class="button">
              {t.answerSubmit}
            </button>
          </form>
        </section>
      ) : null}
      <ApplicationDocuments ctx={ctx} application={application} documentHref={(id) => `${here}/tai-lieu/${id}`} />
      <ApplicationHistory ctx={ctx} application={application} />
    </WorkspaceDocument>
  );
}
