import type { App } from '@tradeqn/kit';
import {
  ENTERPRISE_SURVEY_INDICATORS,
  INDICATORS,
  QUESTION_KINDS,
  type QuestionnaireDto,
  type QuestionnaireVersionDto,
  type RoundResultsDto,
  type SurveyResponseDto,
  type SurveyRoundDto,
} from '@tradeqn/programme/contract';
import { formatDateVn } from '@tradeqn/vn';
import { GroupBars } from '../../components/bar-charts.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, SelectField, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { sendWorkbook } from '../../http/workbook.ts';
import { requireStaff, staffRoleOf } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import { thisYearVn } from '../console-programme/programme-figures.ts';
import { LocalDateTimeField, vietnamLocalToIso } from '../trust/trust-views.tsx';
import { BLANK_ROWS, emptyRow, type QuestionRow, questionsOf, rowOf, rowsFromForm } from './question-builder.ts';

const SURVEYS = consolePath('survey');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ROUND_FIELDS = ['questionnaireId', 'year', 'title', 'closesAt', 'remindEveryDays', 'invitees'] as const;
type RoundValues = Record<(typeof ROUND_FIELDS)[number], string> & { inviteRegistered: boolean };

type Id = { Params: { id: string } };

/** An invitee line: `email; name; ward code; sector`. */
function inviteesOf(text: string): { invitees: object[]; badLine: number | null } {
  const invitees: object[] = [];
  const lines = text.split('\n').map((line) => line.trim());
  for (const [index, line] of lines.entries()) {
    if (!line) continue;
    const [email = '', name = '', wardCode = '', sector = ''] = line.split(';').map((part) => part.trim());
    if (!email.includes('@') || name.length < 2) return { invitees, badLine: index + 1 };
    invitees.push({ email, name, ...(wardCode ? { wardCode } : {}), ...(sector ? { sector } : {}) });
  }
  return { invitees, badLine: null };
}

/**
 * `/quan-tri/khao-sat`: the questionnaires (each version kept; `/phieu/{id}` writes a new one),
 * the rounds and their progress (`/dot/{id}` with the results, the raw Excel and closing), and
 * opening a round with its invitations.
 */
export async function consoleSurveyPages(app: App): Promise<void> {
  const overview = async (ctx: PageContext, values: RoundValues, errors: FieldErrors) => {
    const [questionnaires, rounds] = await Promise.all([
      ctx.api.get<QuestionnaireDto[]>('/admin/programme/questionnaires').then(required),
      ctx.api.get<SurveyRoundDto[]>('/admin/programme/survey-rounds').then(required),
    ]);
    return <Overview ctx={ctx} questionnaires={questionnaires} rounds={rounds} values={values} errors={errors} />;
  };

  app.get(SURVEYS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const values: RoundValues = {
      questionnaireId: '',
      year: String(thisYearVn()),
      title: `Khảo sát tình hình ứng dụng TMĐT của doanh nghiệp năm ${thisYearVn()}`,
      closesAt: '',
      remindEveryDays: '7',
      invitees: '',
      inviteRegistered: true,
    };
    return sendPage(reply, await overview(ctx, values, {}));
  });

  app.post(SURVEYS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const values = {
      ...(Object.fromEntries(ROUND_FIELDS.map((field) => [field, formText(request.body, field)])) as Record<string, string>),
      inviteRegistered: formText(request.body, 'inviteRegistered') === 'on',
    } as RoundValues;
    const { invitees, badLine } = inviteesOf(values.invitees);
    if (badLine !== null) {
      return sendPage(reply, await overview(ctx, values, { invitees: ctx.t.survey.round.badLine(badLine) }), { status: 422 });
    }
    const opened = await ctx.api.post<SurveyRoundDto>('/admin/programme/survey-rounds', {
      body: {
        questionnaireId: values.questionnaireId,
        year: Number(values.year) || values.year,
        title: values.title,
        closesAt: vietnamLocalToIso(values.closesAt) ?? values.closesAt,
        remindEveryDays: Number(values.remindEveryDays) || 7,
        inviteRegistered: values.inviteRegistered,
        invitees,
      },
    });
    if (!opened.ok) {
      return sendPage(reply, await overview(ctx, values, fieldErrorsOf(opened.problem)), { status: formStatus(opened.problem) });
    }
    setFlash(reply, ctx.t.survey.round.opened);
    return redirectTo(reply, ctx.href(`${SURVEYS}/dot/${opened.data.id}`));
  });

  app.get(`${SURVEYS}/phieu-moi`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    return sendPage(reply, <QuestionnairePage ctx={ctx} questionnaire={null} title="" rows={[]} note="" errors={{}} />);
  });

  app.post(`${SURVEYS}/phieu-moi`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const count = Number(formText(request.body, 'rows')) || BLANK_ROWS;
    const rows = rowsFromForm(request.body, Math.min(count, 80));
    const title = formText(request.body, 'title');
    const created = await ctx.api.post<QuestionnaireDto>('/admin/programme/questionnaires', {
      body: { title, questions: questionsOf(rows) },
    });
    if (!created.ok) {
      return sendPage(
        reply,
        <QuestionnairePage
          ctx={ctx}
          questionnaire={null}
          title={title}
          rows={rows}
          note=""
          errors={builderErrors(created.problem)}
        />,
        { status: formStatus(created.problem) },
      );
    }
    setFlash(reply, ctx.t.survey.builder.saved(1));
    return redirectTo(reply, ctx.href(`${SURVEYS}/phieu/${created.data.id}`));
  });

  app.get<Id>(`${SURVEYS}/phieu/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const questionnaire = required(await ctx.api.get<QuestionnaireDto>(`/admin/programme/questionnaires/${request.params.id}`));
    const rows = questionnaire.latest.questions.map(rowOf);
    return sendPage(
      reply,
      <QuestionnairePage ctx={ctx} questionnaire={questionnaire} title={questionnaire.title} rows={rows} note="" errors={{}} />,
    );
  });

  app.post<Id>(`${SURVEYS}/phieu/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const count = Number(formText(request.body, 'rows')) || BLANK_ROWS;
    const rows = rowsFromForm(request.body, Math.min(count, 80));
    const note = formText(request.body, 'note');
    const saved = await ctx.api.post<QuestionnaireDto>(`/admin/programme/questionnaires/${request.params.id}/versions`, {
      body: { questions: questionsOf(rows), ...(note ? { note } : {}) },
    });
    if (!saved.ok) {
      if (saved.status === 404) throw pageNotFound();
      const questionnaire = required(await ctx.api.get<QuestionnaireDto>(`/admin/programme/questionnaires/${request.params.id}`));
      return sendPage(
        reply,
        <QuestionnairePage
          ctx={ctx}
          questionnaire={questionnaire}
          title={questionnaire.title}
          rows={rows}
          note={note}
          errors={builderErrors(saved.problem)}
        />,
        { status: formStatus(saved.problem) },
      );
    }
    setFlash(reply, ctx.t.survey.builder.saved(saved.data.latest.version));
    return redirectTo(reply, ctx.href(`${SURVEYS}/phieu/${request.params.id}`));
  });

  app.get<Id>(`${SURVEYS}/dot/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const results = required(await ctx.api.get<RoundResultsDto>(`/admin/programme/survey-rounds/${request.params.id}`));
    return sendPage(reply, <RoundPage ctx={ctx} results={results} />);
  });

  app.post<Id>(`${SURVEYS}/dot/:id/ket-thuc`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const closed = await ctx.api.post<SurveyRoundDto>(`/admin/programme/survey-rounds/${request.params.id}/close`, { body: {} });
    if (closed.ok) setFlash(reply, ctx.t.survey.closedFlash);
    else if (closed.status === 404) throw pageNotFound();
    else setFlash(reply, closed.problem.detail ?? closed.problem.title, 'error');
    return redirectTo(reply, ctx.href(`${SURVEYS}/dot/${request.params.id}`));
  });

  app.get<Id>(`${SURVEYS}/dot/:id/excel`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    if (!UUID.test(request.params.id)) throw pageNotFound();
    const { responses, versions } = required(
      await ctx.api.get<{ responses: SurveyResponseDto[]; versions: QuestionnaireVersionDto[] }>(
        `/admin/programme/survey-rounds/${request.params.id}/responses`,
      ),
    );
    // one column a question, over every version answered (a question's code is kept across versions)
    const questions = new Map<string, string>();
    for (const version of versions) for (const question of version.questions) questions.set(question.key, question.text);
    const labelOf = new Map(
      versions.flatMap((version) =>
        version.questions.flatMap((question) =>
          (question.options ?? []).map((option) => [`${version.id}:${question.key}:${option.value}`, option.label]),
        ),
      ),
    );
    const cell = (response: SurveyResponseDto, key: string) => {
      const given = response.answers[key];
      if (given === undefined) return '';
      const label = (value: string) => labelOf.get(`${response.versionId}:${key}:${value}`) ?? value;
      return Array.isArray(given) ? given.map(label).join('; ') : typeof given === 'string' ? label(given) : given;
    };
    const t = ctx.t.survey;
    return sendWorkbook(reply, `khao-sat-${request.params.id.slice(0, 8)}.xlsx`, [
      {
        name: t.results,
        rows: responses,
        columns: [
          { header: t.respondent, width: 36, value: (one: SurveyResponseDto) => one.respondentName },
          { header: t.ward, width: 12, value: (one: SurveyResponseDto) => one.wardCode },
          { header: t.sector, width: 20, value: (one: SurveyResponseDto) => one.sector },
          { header: 'Phiên bản', width: 10, format: 'number' as const, value: (one: SurveyResponseDto) => one.version },
          {
            header: 'Ngày trả lời',
            width: 18,
            format: 'dateTime' as const,
            value: (one: SurveyResponseDto) => new Date(one.submittedAt),
          },
          ...[...questions].map(([key, text]) => ({
            header: text,
            width: 30,
            value: (one: SurveyResponseDto) => cell(one, key),
          })),
        ],
      },
    ]);
  });
}

/** The API's path `/body/questions/{n}/…` names the builder's row `n` (rows are posted in order, blanks dropped). */
function builderErrors(problem: Parameters<typeof fieldErrorsOf>[0]): FieldErrors {
  const errors: FieldErrors = {};
  for (const error of problem.errors ?? []) {
    const row = /^\/body\/questions\/(\d+)/.exec(error.path)?.[1];
    const name = row !== undefined ? `q${row}.text` : error.path === '/body/title' ? 'title' : '_form';
    errors[name] = errors[name] ? `${errors[name]}; ${error.message}` : error.message;
  }
  if (Object.keys(errors).length === 0) errors._form = problem.detail ?? problem.title;
  // the domain's Vietnamese sentence says what is wrong with which question
  if (problem.detail && !errors._form) errors._form = problem.detail;
  return errors;
}

function Overview({
  ctx,
  questionnaires,
  rounds,
  values,
  errors,
}: {
  ctx: PageContext;
  questionnaires: QuestionnaireDto[];
  rounds: SurveyRoundDto[];
  values: RoundValues;
  errors: FieldErrors;
}) {
  const t = ctx.t.survey;
  const r = t.round;
  const isAdmin = staffRoleOf(ctx) === 'admin';
  return (
    <ConsoleDocument ctx={ctx} active="survey" title={t.consoleTitle}>
      <p>{t.consoleIntro}</p>
      <h2>{t.rounds}</h2>
      {rounds.length === 0 ? <p class="empty">{t.noRounds}</p> : null}
      {rounds.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section class="table-scroll" tabIndex={0} aria-label={t.rounds}>
          <table class="data-table survey-round-table">
            <thead>
              <tr>
                <th scope="col">{t.columns.title}</th>
                <th scope="col">{t.columns.year}</th>
                <th scope="col">{t.columns.closes}</th>
                <th scope="col" class="numeric">
                  {t.columns.progress}
                </th>
                <th scope="col">{t.columns.state}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((round) => (
                <tr data-round={round.id}>
                  <td>
                    <a href={ctx.href(`${SURVEYS}/dot/${round.id}`)}>{round.title}</a>
                  </td>
                  <td>{round.year}</td>
                  <td>{formatDateVn(round.closesAt)}</td>
                  <td class="numeric">{t.progress(round.answered, round.invited)}</td>
                  <td>
                    <span class={`status ${round.isOpen ? 'status-active' : 'status-closed'}`}>
                      {round.isOpen ? t.open : t.closed}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <h2>{t.questionnaires}</h2>
      <ul class="plain-list">
        {questionnaires.map((questionnaire) => (
          <li data-questionnaire={questionnaire.id}>
            <a href={ctx.href(`${SURVEYS}/phieu/${questionnaire.id}`)}>{questionnaire.title}</a> ·{' '}
            {t.version(questionnaire.latest.version)} · {t.questionsCount(questionnaire.latest.questions.length)}
          </li>
        ))}
      </ul>
      {isAdmin ? (
        <p>
          <a class="button button-secondary" href={ctx.href(`${SURVEYS}/phieu-moi`)}>
            {t.newQuestionnaire}
          </a>
        </p>
      ) : null}

      {isAdmin ? (
        <section aria-labelledby="open-round">
          <h2 id="open-round">{t.openRound}</h2>
          <ErrorSummary ctx={ctx} errors={errors} labels={r as unknown as Record<string, string>} />
          <form method="post" action={ctx.href(SURVEYS)} class="work-form" novalidate data-open-round>
            <CsrfField ctx={ctx} />
            <SelectField
              name="questionnaireId"
              label={r.questionnaire}
              value={values.questionnaireId}
              error={errors.questionnaireId}
              options={questionnaires.map((one) => ({ value: one.id, label: `${one.title} (${t.version(one.latest.version)})` }))}
            />
            <TextField name="title" label={r.title} value={values.title} error={errors.title} required maxLength={200} />
            <TextField
              name="year"
              type="number"
              inputMode="numeric"
              label={r.year}
              value={values.year}
              error={errors.year}
              required
            />
            <LocalDateTimeField
              name="closesAt"
              label={r.closesAt}
              hint={ctx.t.training.timeHint}
              value={values.closesAt}
              error={errors.closesAt}
            />
            <TextField
              name="remindEveryDays"
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              label={r.remindEveryDays}
              value={values.remindEveryDays}
              error={errors.remindEveryDays}
            />
            <div class="field">
              <label class="choice">
                <input type="checkbox" name="inviteRegistered" checked={values.inviteRegistered} /> {r.inviteRegistered}
              </label>
            </div>
            <TextField
              name="invitees"
              label={r.invitees}
              hint={r.inviteesHint}
              value={values.invitees}
              error={errors.invitees ?? Object.entries(errors).find(([name]) => name.startsWith('invitees.'))?.[1]}
              multiline
              rows={5}
            />
            <button type="submit" class="button" data-open-round-submit>
              {r.submit}
            </button>
          </form>
        </section>
      ) : null}
    </ConsoleDocument>
  );
}

function QuestionnairePage({
  ctx,
  questionnaire,
  title,
  rows,
  note,
  errors,
}: {
  ctx: PageContext;
  questionnaire: QuestionnaireDto | null;
  title: string;
  rows: QuestionRow[];
  note: string;
  errors: FieldErrors;
}) {
  const t = ctx.t.survey;
  const b = t.builder;
  const isAdmin = staffRoleOf(ctx) === 'admin';
  const all = [...rows, ...Array.from({ length: BLANK_ROWS }, emptyRow)];
  const action = questionnaire ? `${SURVEYS}/phieu/${questionnaire.id}` : `${SURVEYS}/phieu-moi`;
  const labels = Object.fromEntries(all.map((_, n) => [`q${n}.text`, b.question(n + 1)]));
  return (
    <ConsoleDocument ctx={ctx} active="survey" title={questionnaire?.title ?? t.newQuestionnaire}>
      <p>
        <a href={ctx.href(SURVEYS)}>{t.back}</a>
      </p>
      {questionnaire ? (
        <>
          <h2>{b.versions}</h2>
          <ul class="plain-list questionnaire-versions">
            {questionnaire.versions.map((version) => (
              <li data-version={version.version}>
                {t.version(version.version)} · {formatDateVn(version.createdAt)}
                {version.note ? ` · ${version.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {isAdmin ? (
        <section aria-labelledby="builder">
          <h2 id="builder">{questionnaire ? b.newVersion : t.newQuestionnaire}</h2>
          {questionnaire ? <p>{b.newVersionHint}</p> : null}
          <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
          <form method="post" action={ctx.href(action)} class="work-form questionnaire-builder" novalidate data-builder>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="rows" value={String(all.length)} />
            {questionnaire ? null : (
              <TextField name="title" label={b.title} value={title} error={errors.title} required maxLength={200} />
            )}
            {all.map((row, n) => (
              <fieldset class="builder-row" data-row={n}>
                <legend>{b.question(n + 1)}</legend>
                <TextField name={`q${n}.text`} label={b.text} value={row.text} error={errors[`q${n}.text`]} maxLength={500} />
                <TextField name={`q${n}.key`} label={b.key} value={row.key} maxLength={40} />
                <SelectField
                  name={`q${n}.kind`}
                  label={b.kind}
                  value={row.kind}
                  options={QUESTION_KINDS.map((kind) => ({ value: kind, label: b.kinds[kind] ?? kind }))}
                />
                <div class="field">
                  <label class="choice">
                    <input type="checkbox" name={`q${n}.required`} checked={row.required} /> {b.required}
                  </label>
                </div>
                <TextField name={`q${n}.options`} label={b.options} value={row.options} multiline rows={4} />
                <TextField name={`q${n}.min`} label={b.min} value={row.min} inputMode="decimal" />
                <TextField name={`q${n}.max`} label={b.max} value={row.max} inputMode="decimal" />
                <SelectField
                  name={`q${n}.feedsIndicator`}
                  label={b.feeds}
                  value={row.feedsIndicator}
                  options={[
                    { value: '', label: b.feedsNone },
                    ...ENTERPRISE_SURVEY_INDICATORS.map((indicator) => ({
                      value: indicator.code,
                      label: ctx.locale === 'en' ? indicator.en : indicator.vi,
                    })),
                  ]}
                />
                <TextField name={`q${n}.feedsOptions`} label={b.feedsOptions} value={row.feedsOptions} maxLength={300} />
              </fieldset>
            ))}
            {questionnaire ? <TextField name="note" label={b.note} value={note} maxLength={500} /> : null}
            <button type="submit" class="button" data-save-version>
              {questionnaire ? b.save : b.create}
            </button>
          </form>
        </section>
      ) : (
        <ol class="questionnaire-questions">
          {rows.map((row) => (
            <li>{row.text}</li>
          ))}
        </ol>
      )}
    </ConsoleDocument>
  );
}

function RoundPage({ ctx, results }: { ctx: PageContext; results: RoundResultsDto }) {
  const t = ctx.t.survey;
  const { round } = results;
  const isAdmin = staffRoleOf(ctx) === 'admin';
  const indicatorName = (code: string) => {
    const found = INDICATORS.find((indicator) => indicator.code === code);
    return found ? (ctx.locale === 'en' ? found.en : found.vi) : code;
  };
  const percent = (value: number | null) =>
    value === null ? '—' : `${value.toLocaleString(ctx.locale === 'en' ? 'en' : 'vi-VN')} %`;
  return (
    <ConsoleDocument ctx={ctx} active="survey" title={round.title}>
      <p>
        <a href={ctx.href(SURVEYS)}>{t.back}</a> ·{' '}
        <a href={ctx.href(`${SURVEYS}/dot/${round.id}/excel`)} download>
          {t.exportRaw}
        </a>
      </p>
      <p data-round-progress>
        {round.questionnaireTitle} · {round.year} · {t.deadline(formatDateVn(round.closesAt))} ·{' '}
        <span class={`status ${round.isOpen ? 'status-active' : 'status-closed'}`}>{round.isOpen ? t.open : t.closed}</span> ·{' '}
        {t.columns.progress}: <strong>{t.progress(round.answered, round.invited)}</strong>
      </p>
      {isAdmin && round.isOpen ? (
        <form method="post" action={ctx.href(`${SURVEYS}/dot/${round.id}/ket-thuc`)} class="inline-form">
          <CsrfField ctx={ctx} />
          <button type="submit" class="button button-secondary" data-close-round>
            {t.close}
          </button>
        </form>
      ) : null}

      <h2>{t.indicatorsFed}</h2>
      {results.indicators.length === 0 ? <p class="empty">{t.noAnswers}</p> : null}
      {results.indicators.map((one) => (
        <section class="survey-indicator" data-indicator={one.indicator} data-value={one.value ?? ''}>
          <h3>{t.indicatorLine(indicatorName(one.indicator), percent(one.value), one.numerator, one.denominator)}</h3>
          <div class="programme-groups">
            <h4>{t.byWard}</h4>
            <GroupBars groups={one.byWard} label={`${indicatorName(one.indicator)} — ${t.byWard}`} />
            <h4>{t.bySector}</h4>
            <GroupBars groups={one.bySector} label={`${indicatorName(one.indicator)} — ${t.bySector}`} />
          </div>
        </section>
      ))}

      <h2>{t.results}</h2>
      <ol class="survey-results">
        {results.questions.map((question) => (
          <li data-question={question.key}>
            <p>
              <strong>{question.text}</strong> · {t.answered(question.answered)}
            </p>
            {question.options.length > 0 ? (
              <GroupBars groups={question.options} label={question.text} />
            ) : question.mean !== null ? (
              <p>{t.mean(question.mean.toLocaleString(ctx.locale === 'en' ? 'en' : 'vi-VN'))}</p>
            ) : question.texts.length > 0 ? (
              <ul>
                {question.texts.slice(0, 50).map((text) => (
                  <li>{text}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>

      <h2>{t.invitations}</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section class="table-scroll" tabIndex={0} aria-label={t.invitations}>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t.invitationColumns.name}</th>
              <th scope="col">{t.invitationColumns.email}</th>
              <th scope="col">{t.invitationColumns.kind}</th>
              <th scope="col" class="numeric">
                {t.invitationColumns.mails}
              </th>
              <th scope="col">{t.invitationColumns.answered}</th>
            </tr>
          </thead>
          <tbody>
            {results.invitations.map((invitation) => (
              <tr data-invitation={invitation.id} data-answered={invitation.answered ? 'true' : 'false'}>
                <td>{invitation.name}</td>
                <td>{invitation.email}</td>
                <td>{invitation.registered ? t.registered : t.byLink}</td>
                <td class="numeric">{invitation.mailsSent}</td>
                <td>{invitation.answered ? t.yes : t.no}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </ConsoleDocument>
  );
}
