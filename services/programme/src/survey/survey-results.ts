import type { Group } from '../statistics/indicator-values.ts';
import { percent } from '../statistics/indicator-values.ts';
import type { SurveyAnswers, SurveyQuestion } from './survey-questions.ts';

/** An answer as the results count it: what was answered, to which version's questions, from where. */
export interface CountedResponse {
  questions: SurveyQuestion[];
  answers: SurveyAnswers;
  wardCode: string | null;
  wardName: string | null;
  sector: string | null;
}

export interface QuestionResult {
  key: string;
  text: string;
  kind: SurveyQuestion['kind'];
  /** Responses that answered it. */
  answered: number;
  /** For choices: how many chose each option (a multiple choice counts every option chosen). */
  options: { value: string; label: string; count: number }[];
  /** For numbers: their mean, null when none. */
  mean: number | null;
  /** For text: the answers, newest versions' wording aside. */
  texts: string[];
}

export interface SurveyIndicatorResult {
  indicator: string;
  /** Responses choosing one of the counted options, among those that answered the question. */
  numerator: number;
  denominator: number;
  value: number | null;
  byWard: Group[];
  bySector: Group[];
}

/** The answer to a question, own keys only (a question may be coded `constructor`). */
const answerTo = (answers: SurveyAnswers, key: string) => (Object.hasOwn(answers, key) ? answers[key] : undefined);

const isChosen = (given: SurveyAnswers[string] | undefined, values: readonly string[]) =>
  Array.isArray(given) ? given.some((value) => values.includes(value)) : typeof given === 'string' && values.includes(given);

/**
 * Each question's results, added up by its key over the versions that asked it; the wording and
 * options shown are the latest version's (`latest`), counts of options a later version dropped kept.
 */
export function questionResults(latest: SurveyQuestion[], responses: CountedResponse[]): QuestionResult[] {
  const order = [...latest.map((question) => question.key)];
  for (const response of responses)
    for (const question of response.questions) if (!order.includes(question.key)) order.push(question.key);
  return order.map((key) => {
    const asked = responses.flatMap((response) => {
      const question = response.questions.find((one) => one.key === key);
      return question ? [{ question, given: answerTo(response.answers, key) }] : [];
    });
    const question = latest.find((one) => one.key === key) ?? (asked.at(-1)?.question as SurveyQuestion);
    const answered = asked.filter(({ given }) => given !== undefined);
    const options = new Map<string, { value: string; label: string; count: number }>();
    for (const option of question.options ?? []) options.set(option.value, { ...option, count: 0 });
    const numbers: number[] = [];
    const texts: string[] = [];
    for (const { question: asking, given } of answered) {
      for (const value of Array.isArray(given) ? given : typeof given === 'string' && asking.kind !== 'text' ? [given] : []) {
        const label = asking.options?.find((option) => option.value === value)?.label ?? value;
        const counted = options.get(value) ?? { value, label, count: 0 };
        counted.count += 1;
        options.set(value, counted);
      }
      if (typeof given === 'number') numbers.push(given);
      if (asking.kind === 'text' && typeof given === 'string') texts.push(given);
    }
    return {
      key,
      text: question.text,
      kind: question.kind,
      answered: answered.length,
      options: [...options.values()],
      mean: numbers.length ? Math.round((numbers.reduce((sum, one) => sum + one, 0) / numbers.length) * 10) / 10 : null,
      texts,
    };
  });
}

/** The survey's measure of each indicator a question feeds, with its breakdown by ward and sector. */
export function indicatorResults(responses: CountedResponse[]): Map<string, SurveyIndicatorResult> {
  type Tally = { numerator: number; denominator: number; wards: Map<string, Group>; sectors: Map<string, Group> };
  const tallies = new Map<string, Tally>();
  const add = (groups: Map<string, Group>, key: string, label: string, chosen: number) => {
    const group = groups.get(key) ?? { key, label, count: 0, total: 0 };
    group.count += chosen;
    group.total = (group.total ?? 0) + 1;
    groups.set(key, group);
  };
  for (const response of responses) {
    for (const question of response.questions) {
      const given = answerTo(response.answers, question.key);
      if (!question.feeds || given === undefined) continue;
      const tally = tallies.get(question.feeds.indicator) ?? {
        numerator: 0,
        denominator: 0,
        wards: new Map(),
        sectors: new Map(),
      };
      const chosen = isChosen(given, question.feeds.options) ? 1 : 0;
      tally.numerator += chosen;
      tally.denominator += 1;
      add(tally.wards, response.wardCode ?? '', response.wardName ?? response.wardCode ?? '(chưa rõ phường/xã)', chosen);
      add(tally.sectors, response.sector ?? '', response.sector ?? '(chưa ghi ngành hàng)', chosen);
      tallies.set(question.feeds.indicator, tally);
    }
  }
  const sorted = (groups: Map<string, Group>) =>
    [...groups.values()].sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || a.label.localeCompare(b.label, 'vi'));
  return new Map(
    [...tallies].map(([indicator, tally]) => [
      indicator,
      {
        indicator,
        numerator: tally.numerator,
        denominator: tally.denominator,
        value: percent(tally.numerator, tally.denominator),
        byWard: sorted(tally.wards),
        bySector: sorted(tally.sectors),
      },
    ]),
  );
}
