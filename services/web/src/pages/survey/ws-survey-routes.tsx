import type { App } from '@tradeqn/kit';
import type { SurveyFormDto, SurveyResponseDto, SurveyRoundDto } from '@tradeqn/programme/contract';
import { formatDateVn } from '@tradeqn/vn';
import { CsrfField, ErrorSummary, type FieldErrors } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { loadWorkspace, type Workspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { WORKSPACE_ROOT, workspacePath } from '../workspace/workspace-nav.ts';
import { type AnswerValues, answerErrorsOf, answersFromForm, answerValuesOf, SurveyQuestions } from './survey-form.tsx';

const hide = { schema: { hide: true } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SURVEYS = `${WORKSPACE_ROOT}/:id/khao-sat`;

type Id = { Params: { id: string } };
type RoundId = { Params: { id: string; roundId: string } };

/** `/kenh-nguoi-ban/{id}/khao-sat`: the Department's open survey rounds; `/{roundId}`: answering one (or changing the answer while open). */
export async function wsSurveyPages(app: App): Promise<void> {
  app.get<Id>(SURVEYS, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const rounds = required(
      await ctx.api.get<(SurveyRoundDto & { hasAnswered: boolean })[]>(`/enterprises/${workspace.enterprise.id}/surveys`),
    );
    const t = ctx.t.survey;
    return sendPage(
      reply,
      <WorkspaceDocument ctx={ctx} workspace={workspace} active="survey" title={t.wsTitle}>
        <p>{t.wsIntro}</p>
        {rounds.length === 0 ? <p class="empty">{t.noOpenRounds}</p> : null}
        <ul class="plain-list survey-rounds">
          {rounds.map((round) => (
            <li data-round={round.id} data-answered={round.hasAnswered ? 'true' : 'false'}>
              <strong>{round.title}</strong> · {t.deadline(formatDateVn(round.closesAt))} ·{' '}
              <a class="button button-small" href={ctx.href(workspacePath(workspace.enterprise.id, 'survey', `/${round.id}`))}>
                {round.hasAnswered ? t.changeAnswer : t.answer}
              </a>
            </li>
          ))}
        </ul>
      </WorkspaceDocument>,
    );
  });

  app.get<RoundId>(`${SURVEYS}/:roundId`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    if (!UUID.test(request.params.roundId)) throw pageNotFound();
    const form = required(
      await ctx.api.get<SurveyFormDto>(`/enterprises/${workspace.enterprise.id}/surveys/${request.params.roundId}`),
    );
    return sendPage(
      reply,
      <AnswerPage ctx={ctx} workspace={workspace} form={form} values={answerValuesOf(form.response)} errors={{}} />,
    );
  });

  app.post<RoundId>(`${SURVEYS}/:roundId`, hide, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    if (!UUID.test(request.params.roundId)) throw pageNotFound();
    const url = `/enterprises/${workspace.enterprise.id}/surveys/${request.params.roundId}`;
    const shown = required(await ctx.api.get<SurveyFormDto>(url));
    // the version the form showed: the API refuses it if the questionnaire changed since, and the page shows the new one
    const versionId = formText(request.body, 'versionId');
    const answers = answersFromForm(shown.version.questions, request.body);
    const saved = await ctx.api.put<SurveyResponseDto>(`${url}/response`, { body: { versionId, answers } });
    if (!saved.ok) {
      if (saved.status === 404) throw pageNotFound();
      return sendPage(
        reply,
        <AnswerPage ctx={ctx} workspace={workspace} form={shown} values={answers} errors={answerErrorsOf(ctx, saved.problem)} />,
        { status: formStatus(saved.problem) },
      );
    }
    setFlash(reply, ctx.t.survey.thanks);
    return redirectTo(reply, ctx.href(workspacePath(workspace.enterprise.id, 'survey', `/${request.params.roundId}`)));
  });
}

function AnswerPage({
  ctx,
  workspace,
  form,
  values,
  errors,
}: {
  ctx: PageContext;
  workspace: Workspace;
  form: SurveyFormDto;
  values: AnswerValues;
  errors: FieldErrors;
}) {
  const action = workspacePath(workspace.enterprise.id, 'survey', `/${form.round.id}`);
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="survey" title={form.round.title}>
      <SurveyAnswerForm ctx={ctx} form={form} values={values} errors={errors} action={action} />
    </WorkspaceDocument>
  );
}

/** The questions and the send button (or, once closed, the answer as it was sent); the same in the workspace and through a link. */
export function SurveyAnswerForm({
  ctx,
  form,
  values,
  errors,
  action,
  children,
}: {
  ctx: PageContext;
  form: SurveyFormDto;
  values: AnswerValues;
  errors: FieldErrors;
  action: string;
  children?: preact.ComponentChildren;
}) {
  const t = ctx.t.survey;
  return (
    <>
      <p>{t.deadline(formatDateVn(form.round.closesAt))}</p>
      {form.response ? (
        <p class="survey-answered" data-answered-version={form.response.version}>
          {t.answeredOn(formatDateVn(form.response.submittedAt), form.response.version)}
        </p>
      ) : null}
      {form.round.isOpen ? null : <p class="survey-closed">{t.closedNote}</p>}
      <ErrorSummary ctx={ctx} errors={errors} labels={{}} />
      <form method="post" action={ctx.href(action)} class="work-form survey-form" novalidate data-survey-form>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="versionId" value={form.version.id} />
        {children}
        <SurveyQuestions ctx={ctx} version={form.version} values={values} errors={errors} readOnly={!form.round.isOpen} />
        {form.round.isOpen ? (
          <button type="submit" class="button" data-send-survey>
            {t.send}
          </button>
        ) : null}
      </form>
    </>
  );
}
