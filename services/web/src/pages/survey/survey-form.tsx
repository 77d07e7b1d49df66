import type { QuestionnaireVersionDto, SurveyQuestion, SurveyResponseDto } from '@tradeqn/programme/contract';
import { type FieldErrors, fieldId } from '../../components/form.tsx';
import type { ApiProblem } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';

/** What the form holds for a question: its text, or the options ticked. */
export type AnswerValues = Record<string, string | string[]>;

const fieldName = (key: string) => `answers.${key}`;

/** The form's answers for the API: blanks left out, numbers as typed (the API reads them). */
export function answersFromForm(questions: SurveyQuestion[], body: unknown): AnswerValues {
  const form = (body ?? {}) as Record<string, unknown>;
  const answers: AnswerValues = {};
  for (const question of questions) {
    const raw = form[fieldName(question.key)];
    const values = (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === 'string');
    if (question.kind === 'multiple') {
      if (values.length > 0) answers[question.key] = values;
    } else {
      const value = (values[0] ?? '').trim();
      if (value) answers[question.key] = value;
    }
  }
  return answers;
}

/** The answer kept, as the form shows it. */
export function answerValuesOf(response: SurveyResponseDto | null): AnswerValues {
  if (!response) return {};
  return Object.fromEntries(
    Object.entries(response.answers).map(([key, value]) => [key, Array.isArray(value) ? value : String(value)]),
  );
}

/** The API's refusal as messages beside the questions (its own words are English: the page says it in the reader's). */
export function answerErrorsOf(ctx: PageContext, problem: ApiProblem): FieldErrors {
  const t = ctx.t.survey;
  const errors: FieldErrors = {};
  for (const error of problem.errors ?? []) {
    const field = error.path.replace(/^\/body\//, '').replace(/\//g, '.');
    const bound = /^must be at (least|most) (.+)$/.exec(error.message);
    errors[field] ??=
      error.message === 'is required'
        ? t.fieldRequired
        : error.message === 'must be a number'
          ? t.fieldNumber
          : bound?.[2] !== undefined
            ? bound[1] === 'least'
              ? t.fieldAtLeast(bound[2])
              : t.fieldAtMost(bound[2])
            : t.fieldInvalid;
  }
  if (Object.keys(errors).length === 0)
    errors._form = problem.code === 'PROGRAMME_SURVEY_VERSION_CHANGED' ? t.versionChanged : (problem.detail ?? problem.title);
  return errors;
}

/** Each question of a version as a fieldset; read-only once the round is closed. */
export function SurveyQuestions({
  ctx,
  version,
  values,
  errors,
  readOnly = false,
}: {
  ctx: PageContext;
  version: QuestionnaireVersionDto;
  values: AnswerValues;
  errors: FieldErrors;
  readOnly?: boolean;
}) {
  const t = ctx.t.survey;
  return (
    <div class="survey-questions">
      {version.questions.map((question, index) => {
        const name = fieldName(question.key);
        const id = fieldId(name);
        const error = errors[name];
        const given = values[question.key];
        const chosen = new Set(Array.isArray(given) ? given : given ? [given] : []);
        const legend = (
          <legend>
            {index + 1}. {question.text} {question.required ? <span class="required-mark">{t.requiredMark}</span> : null}
          </legend>
        );
        const errorLine = error ? (
          <p class="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : null;
        if (question.kind === 'single' || question.kind === 'multiple') {
          return (
            <fieldset
              class={error ? 'field field-invalid survey-question' : 'field survey-question'}
              data-question={question.key}
            >
              {legend}
              {errorLine}
              {(question.options ?? []).map((option, n) => (
                <label class="choice">
                  <input
                    type={question.kind === 'single' ? 'radio' : 'checkbox'}
                    name={name}
                    value={option.value}
                    id={n === 0 ? id : undefined}
                    checked={chosen.has(option.value)}
                    disabled={readOnly}
                    aria-describedby={error ? `${id}-error` : undefined}
                  />{' '}
                  {option.label}
                </label>
              ))}
            </fieldset>
          );
        }
        return (
          <fieldset class={error ? 'field field-invalid survey-question' : 'field survey-question'} data-question={question.key}>
            {legend}
            {errorLine}
            {question.kind === 'number' ? (
              <input
                id={id}
                name={name}
                type="text"
                inputMode="decimal"
                value={typeof given === 'string' ? given : ''}
                aria-label={question.text}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                readOnly={readOnly}
              />
            ) : (
              <textarea
                id={id}
                name={name}
                rows={3}
                maxLength={2000}
                aria-label={question.text}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                readOnly={readOnly}
              >
                {typeof given === 'string' ? given : ''}
              </textarea>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
