import { describe, expect, it } from 'vitest';
import type { SurveyQuestion } from './survey-questions.ts';
import { type CountedResponse, indicatorResults, questionResults } from './survey-results.ts';

const V1: SurveyQuestion[] = [
  {
    key: 'channels',
    text: 'Kênh bán (v1)?',
    kind: 'multiple',
    required: true,
    options: [
      { value: 'exchange', label: 'Sàn' },
      { value: 'social', label: 'Mạng xã hội' },
    ],
    feeds: { indicator: 'sell_on_exchanges', options: ['exchange'] },
  },
];
const V2: SurveyQuestion[] = [{ ...(V1[0] as SurveyQuestion), text: 'Kênh bán (v2)?' }];
const response = (
  questions: SurveyQuestion[],
  channels: string[] | undefined,
  wardCode: string,
  sector: string,
): CountedResponse => ({
  questions,
  answers: channels ? { channels } : {},
  wardCode,
  wardName: `Phường ${wardCode}`,
  sector,
});

describe('survey results', () => {
  const responses = [
    response(V1, ['exchange', 'social'], '21548', 'Nông sản'),
    response(V2, ['social'], '21548', 'Thực phẩm'),
    response(V2, ['exchange'], '21550', 'Nông sản'),
    response(V2, undefined, '21550', 'Nông sản'),
  ];

  it('measure an indicator over the answers to every version, leaving out who did not answer the question', () => {
    const result = indicatorResults(responses).get('sell_on_exchanges');
    expect(result).toMatchObject({ numerator: 2, denominator: 3, value: 66.7 });
    expect(result?.byWard).toEqual([
      { key: '21548', label: 'Phường 21548', count: 1, total: 2 },
      { key: '21550', label: 'Phường 21550', count: 1, total: 1 },
    ]);
    expect(result?.bySector).toEqual([
      { key: 'Nông sản', label: 'Nông sản', count: 2, total: 2 },
      { key: 'Thực phẩm', label: 'Thực phẩm', count: 0, total: 1 },
    ]);
  });

  it('count each option under the latest wording', () => {
    const [channels] = questionResults(V2, responses);
    expect(channels).toMatchObject({ text: 'Kênh bán (v2)?', answered: 3 });
    expect(channels?.options).toEqual([
      { value: 'exchange', label: 'Sàn', count: 2 },
      { value: 'social', label: 'Mạng xã hội', count: 2 },
    ]);
  });
});
