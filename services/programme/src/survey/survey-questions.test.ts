import { describe, expect, it } from 'vitest';
import { answerProblems, questionProblems, type SurveyQuestion } from './survey-questions.ts';

const yesNo = [
  { value: 'yes', label: 'Có' },
  { value: 'no', label: 'Không' },
];
const QUESTIONS: SurveyQuestion[] = [
  {
    key: 'email',
    text: 'Dùng email?',
    kind: 'single',
    required: true,
    options: yesNo,
    feeds: { indicator: 'use_email', options: ['yes'] },
  },
  {
    key: 'channels',
    text: 'Kênh bán?',
    kind: 'multiple',
    required: false,
    options: [...yesNo, { value: 'other', label: 'Khác' }],
  },
  { key: 'staff', text: 'Số lao động', kind: 'number', required: false, min: 0, max: 1000 },
  { key: 'note', text: 'Góp ý', kind: 'text', required: false },
];

describe('questions', () => {
  it('accept a well-formed version', () => {
    expect(questionProblems(QUESTIONS)).toEqual([]);
  });

  it('refuse an empty version, a key twice, a choice of one option, options on a number, and two questions measuring one indicator', () => {
    expect(questionProblems([])).toHaveLength(1);
    const [first] = QUESTIONS as [SurveyQuestion];
    const paths = (questions: SurveyQuestion[]) => questionProblems(questions).map((problem) => problem.path);
    expect(paths([first, first])).toEqual(['/body/questions/1/key', '/body/questions']);
    expect(paths([{ ...first, options: [yesNo[0] as { value: string; label: string }] }])).toEqual(['/body/questions/0/options']);
    expect(paths([{ key: 'n', text: 'Số?', kind: 'number', required: true, options: yesNo }])).toEqual([
      '/body/questions/0/options',
    ]);
    expect(paths([{ ...first, feeds: { indicator: 'have_website', options: ['yes'] } }])).toEqual([
      '/body/questions/0/feeds/indicator',
    ]);
  });
});

describe('answers', () => {
  it('are kept cleaned: numbers read from text, a single multiple choice as a list, blank text left out', () => {
    const { problems, cleaned } = answerProblems(QUESTIONS, { email: 'yes', channels: 'other', staff: '12,5', note: '  ' });
    expect(problems).toEqual([]);
    expect(cleaned).toEqual({ email: 'yes', channels: ['other'], staff: 12.5 });
  });

  it('name each problem: a required question left blank, an unknown option, a number out of range, a question not asked', () => {
    const { problems } = answerProblems(QUESTIONS, { channels: ['maybe'], staff: 1001, extra: 'x' });
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      '/body/answers/channels',
      '/body/answers/email',
      '/body/answers/extra',
      '/body/answers/staff',
    ]);
    expect(problems.find((problem) => problem.path === '/body/answers/email')?.vi).toBe('Câu 1: bắt buộc trả lời');
  });
});
