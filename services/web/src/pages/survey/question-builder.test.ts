import { describe, expect, it } from 'vitest';
import { codeOf, questionsOf, rowOf, rowsFromForm } from './question-builder.ts';

describe('the questionnaire builder', () => {
  it('reads the posted rows into questions, making codes from Vietnamese labels where none is given', () => {
    const rows = rowsFromForm(
      {
        'q0.text': 'Doanh nghiệp bán hàng ở đâu?',
        'q0.kind': 'multiple',
        'q0.required': 'on',
        'q0.options': 'exchange | Sàn giao dịch TMĐT\nMạng xã hội\n\n',
        'q0.feedsIndicator': 'sell_on_exchanges',
        'q0.feedsOptions': 'exchange, ',
        'q1.text': '   ',
        'q2.text': 'Số lao động',
        'q2.kind': 'number',
        'q2.min': '0',
        'q2.max': 'nhiều',
      },
      3,
    );
    expect(questionsOf(rows)).toEqual([
      {
        key: 'doanh_nghiep_ban_hang_o_dau',
        text: 'Doanh nghiệp bán hàng ở đâu?',
        kind: 'multiple',
        required: true,
        options: [
          { value: 'exchange', label: 'Sàn giao dịch TMĐT' },
          { value: 'mang_xa_hoi', label: 'Mạng xã hội' },
        ],
        feeds: { indicator: 'sell_on_exchanges', options: ['exchange'] },
      },
      { key: 'so_lao_dong', text: 'Số lao động', kind: 'number', required: false, min: 0 },
    ]);
  });

  it('gives back the questions it was shown unchanged', () => {
    const question = {
      key: 'use_email',
      text: 'Có dùng email?',
      kind: 'single' as const,
      required: true,
      options: [
        { value: 'yes', label: 'Có' },
        { value: 'no', label: 'Không' },
      ],
      feeds: { indicator: 'use_email', options: ['yes'] },
    };
    const row = rowOf(question);
    const posted = Object.fromEntries(
      Object.entries(row).map(([name, value]) => [`q0.${name}`, value === true ? 'on' : String(value)]),
    );
    expect(questionsOf(rowsFromForm(posted, 1))).toEqual([question]);
  });

  it('falls back when a label gives no code starting with a letter', () => {
    expect(codeOf('100%', 'option_1')).toBe('option_1');
  });
});
