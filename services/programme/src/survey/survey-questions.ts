import { type Static, Type } from 'typebox';
import { findIndicator, INDICATORS } from '../contract/indicators.ts';

export const QUESTION_KINDS = ['single', 'multiple', 'number', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const OptionSchema = Type.Object({
  value: Type.String({ pattern: '^[a-z0-9_]{1,40}$', description: 'What the answer stores' }),
  label: Type.String({ minLength: 1, maxLength: 200 }),
});

export const SurveyQuestionSchema = Type.Object(
  {
    /** Stable across versions: results of one question are added up over the versions that ask it. */
    key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' }),
    text: Type.String({ minLength: 3, maxLength: 500 }),
    kind: Type.Union([Type.Literal('single'), Type.Literal('multiple'), Type.Literal('number'), Type.Literal('text')]),
    required: Type.Boolean(),
    options: Type.Optional(Type.Array(OptionSchema, { maxItems: 12 })),
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    /** A choice question that measures an indicator: the share of answers choosing one of `options`. */
    feeds: Type.Optional(
      Type.Object({
        indicator: Type.String({ minLength: 1, maxLength: 60 }),
        options: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 12 }),
      }),
    ),
  },
  { additionalProperties: false },
);
export type SurveyQuestion = Static<typeof SurveyQuestionSchema>;

export const SurveyAnswersSchema = Type.Record(
  Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' }),
  Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Array(Type.String({ maxLength: 40 }), { maxItems: 12 })]),
);
export type SurveyAnswers = Static<typeof SurveyAnswersSchema>;

/** The indicators the enterprise survey can measure: shares of enterprises (officials are surveyed apart). */
export const ENTERPRISE_SURVEY_INDICATORS = INDICATORS.filter(
  (indicator) => indicator.measuredBy === 'survey' && indicator.unit === 'percent' && indicator.code !== 'aware_officials',
);

export interface QuestionProblem {
  path: string;
  message: string;
  vi: string;
}

/** What is wrong with a questionnaire's questions (empty when they can be a version). */
export function questionProblems(questions: SurveyQuestion[]): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  if (questions.length === 0)
    problems.push({ path: '/body/questions', message: 'at least one question', vi: 'Cần ít nhất một câu hỏi' });
  const keys = new Set<string>();
  questions.forEach((question, index) => {
    const at = `/body/questions/${index}`;
    if (keys.has(question.key))
      problems.push({ path: `${at}/key`, message: 'is used twice', vi: `Mã câu hỏi "${question.key}" bị trùng` });
    keys.add(question.key);
    const isChoice = question.kind === 'single' || question.kind === 'multiple';
    const options = question.options ?? [];
    if (isChoice && options.length < 2) {
      problems.push({
        path: `${at}/options`,
        message: 'a choice needs two options or more',
        vi: `Câu ${index + 1}: cần ít nhất hai lựa chọn`,
      });
    }
    if (!isChoice && options.length > 0) {
      problems.push({
        path: `${at}/options`,
        message: 'only choices have options',
        vi: `Câu ${index + 1}: chỉ câu hỏi lựa chọn mới có các lựa chọn`,
      });
    }
    if (new Set(options.map((option) => option.value)).size !== options.length) {
      problems.push({
        path: `${at}/options`,
        message: 'an option value is used twice',
        vi: `Câu ${index + 1}: hai lựa chọn trùng mã`,
      });
    }
    if (question.kind === 'number' && question.min !== undefined && question.max !== undefined && question.min > question.max) {
      problems.push({
        path: `${at}/min`,
        message: 'min is above max',
        vi: `Câu ${index + 1}: giá trị nhỏ nhất lớn hơn giá trị lớn nhất`,
      });
    }
    if (question.feeds) {
      const indicator = findIndicator(question.feeds.indicator);
      if (!isChoice) {
        problems.push({
          path: `${at}/feeds`,
          message: 'only a choice measures an indicator',
          vi: `Câu ${index + 1}: chỉ câu hỏi lựa chọn mới đo được chỉ tiêu`,
        });
      } else if (!ENTERPRISE_SURVEY_INDICATORS.some((one) => one.code === indicator?.code)) {
        problems.push({
          path: `${at}/feeds/indicator`,
          message: 'is not an indicator the survey measures',
          vi: `Câu ${index + 1}: chỉ tiêu này không đo bằng khảo sát`,
        });
      } else if (question.feeds.options.some((value) => !options.some((option) => option.value === value))) {
        problems.push({
          path: `${at}/feeds/options`,
          message: 'names an option the question lacks',
          vi: `Câu ${index + 1}: lựa chọn được tính không có trong câu hỏi`,
        });
      }
    }
  });
  const fed = questions.flatMap((question) => (question.feeds ? [question.feeds.indicator] : []));
  if (new Set(fed).size !== fed.length) {
    problems.push({
      path: '/body/questions',
      message: 'two questions measure the same indicator',
      vi: 'Hai câu hỏi cùng đo một chỉ tiêu',
    });
  }
  return problems;
}

/** What is wrong with an answer to a version's questions (empty when it can be kept); blank answers are left out. */
export function answerProblems(
  questions: SurveyQuestion[],
  answers: SurveyAnswers,
): { problems: QuestionProblem[]; cleaned: SurveyAnswers } {
  const problems: QuestionProblem[] = [];
  const cleaned: SurveyAnswers = {};
  for (const key of Object.keys(answers)) {
    if (!questions.some((question) => question.key === key)) {
      problems.push({
        path: `/body/answers/${key}`,
        message: 'is not a question of this version',
        vi: 'Câu trả lời cho câu hỏi không có trong phiếu',
      });
    }
  }
  questions.forEach((question, index) => {
    const at = `/body/answers/${question.key}`;
    const label = `Câu ${index + 1}`;
    // own keys only: a question coded `constructor` must not read Object.prototype
    const given = Object.hasOwn(answers, question.key) ? answers[question.key] : undefined;
    const blank = given === undefined || given === '' || (Array.isArray(given) && given.length === 0);
    if (blank) {
      if (question.required) problems.push({ path: at, message: 'is required', vi: `${label}: bắt buộc trả lời` });
      return;
    }
    const values = new Set((question.options ?? []).map((option) => option.value));
    switch (question.kind) {
      case 'single':
        if (typeof given !== 'string' || !values.has(given))
          problems.push({ path: at, message: 'is not one of the options', vi: `${label}: lựa chọn không hợp lệ` });
        else cleaned[question.key] = given;
        return;
      case 'multiple': {
        const chosen = Array.isArray(given) ? given : typeof given === 'string' ? [given] : null;
        if (!chosen || chosen.some((value) => !values.has(value)))
          problems.push({ path: at, message: 'holds a value that is not an option', vi: `${label}: lựa chọn không hợp lệ` });
        else cleaned[question.key] = [...new Set(chosen)];
        return;
      }
      case 'number': {
        const number =
          typeof given === 'number' ? given : typeof given === 'string' ? Number(given.replace(',', '.').trim()) : Number.NaN;
        if (!Number.isFinite(number)) problems.push({ path: at, message: 'must be a number', vi: `${label}: phải là một số` });
        else if (question.min !== undefined && number < question.min)
          problems.push({ path: at, message: `must be at least ${question.min}`, vi: `${label}: không nhỏ hơn ${question.min}` });
        else if (question.max !== undefined && number > question.max)
          problems.push({ path: at, message: `must be at most ${question.max}`, vi: `${label}: không lớn hơn ${question.max}` });
        else cleaned[question.key] = number;
        return;
      }
      case 'text':
        if (typeof given !== 'string') problems.push({ path: at, message: 'must be text', vi: `${label}: phải là chữ` });
        else if (given.trim()) cleaned[question.key] = given.trim();
        else if (question.required) problems.push({ path: at, message: 'is required', vi: `${label}: bắt buộc trả lời` });
        return;
    }
  });
  return { problems, cleaned };
}
