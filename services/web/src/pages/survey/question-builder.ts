import type { SurveyQuestion } from '@tradeqn/programme/contract';
import { foldVietnamese } from '@tradeqn/vn';

/** Blank rows the builder offers after the existing questions. */
export const BLANK_ROWS = 3;

/** One question as the builder's row holds it (text fields, as typed). */
export interface QuestionRow {
  key: string;
  text: string;
  kind: string;
  required: boolean;
  options: string;
  min: string;
  max: string;
  feedsIndicator: string;
  feedsOptions: string;
}

export const emptyRow = (): QuestionRow => ({
  key: '',
  text: '',
  kind: 'single',
  required: false,
  options: '',
  min: '',
  max: '',
  feedsIndicator: '',
  feedsOptions: '',
});

/** A question as a row of the builder (options as `code | label` lines). */
export function rowOf(question: SurveyQuestion): QuestionRow {
  return {
    key: question.key,
    text: question.text,
    kind: question.kind,
    required: question.required,
    options: (question.options ?? []).map((option) => `${option.value} | ${option.label}`).join('\n'),
    min: question.min === undefined ? '' : String(question.min),
    max: question.max === undefined ? '' : String(question.max),
    feedsIndicator: question.feeds?.indicator ?? '',
    feedsOptions: question.feeds?.options.join(', ') ?? '',
  };
}

/** A code from a label: `Sàn giao dịch TMĐT` → `san_giao_dich_tmdt`. */
export function codeOf(label: string, fallback: string): string {
  const code = foldVietnamese(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return /^[a-z]/.test(code) ? code : fallback;
}

const field = (body: Record<string, unknown>, name: string) => {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** The rows as posted (`q{n}.text`, …), rows without a question's text dropped. */
export function rowsFromForm(body: unknown, count: number): QuestionRow[] {
  const form = (body ?? {}) as Record<string, unknown>;
  const rows: QuestionRow[] = [];
  for (let n = 0; n < count; n++) {
    const row: QuestionRow = {
      key: field(form, `q${n}.key`),
      text: field(form, `q${n}.text`),
      kind: field(form, `q${n}.kind`) || 'single',
      required: field(form, `q${n}.required`) === 'on',
      options: field(form, `q${n}.options`),
      min: field(form, `q${n}.min`),
      max: field(form, `q${n}.max`),
      feedsIndicator: field(form, `q${n}.feedsIndicator`),
      feedsOptions: field(form, `q${n}.feedsOptions`),
    };
    if (row.text) rows.push(row);
  }
  return rows;
}

/** The rows as the API's questions; what the API refuses comes back on the row it names. */
export function questionsOf(rows: QuestionRow[]): SurveyQuestion[] {
  return rows.map((row, n) => {
    const isChoice = row.kind === 'single' || row.kind === 'multiple';
    const options = isChoice
      ? row.options
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line, index) => {
            const [code, ...label] = line.split('|');
            const text = label.length > 0 ? label.join('|').trim() : (code ?? '').trim();
            const value = label.length > 0 ? (code ?? '').trim() : codeOf(text, `option_${index + 1}`);
            return { value, label: text };
          })
      : undefined;
    const number = (text: string) =>
      text === '' || Number.isNaN(Number(text.replace(',', '.'))) ? undefined : Number(text.replace(',', '.'));
    const feeds =
      isChoice && row.feedsIndicator
        ? {
            indicator: row.feedsIndicator,
            options: row.feedsOptions
              .split(',')
              .map((value) => value.trim())
              .filter(Boolean),
          }
        : undefined;
    return {
      key: row.key || codeOf(row.text, `q${n + 1}`),
      text: row.text,
      kind: row.kind as SurveyQuestion['kind'],
      required: row.required,
      ...(options ? { options } : {}),
      ...(row.kind === 'number' && number(row.min) !== undefined ? { min: number(row.min) } : {}),
      ...(row.kind === 'number' && number(row.max) !== undefined ? { max: number(row.max) } : {}),
      ...(feeds ? { feeds } : {}),
    };
  });
}
