import { describe, expect, it } from 'vitest';
import { diffPolicyText } from './policy-diff.ts';

describe('the difference between two versions', () => {
  it('keeps what stayed, and shows what was removed before what replaced it', () => {
    const before = '# 1. Phạm vi\n\nNgười bán trả lời khiếu nại trong 3 ngày.\n\n# 2. Liên hệ\n';
    const after = '# 1. Phạm vi\n\nNgười bán trả lời khiếu nại trong 2 ngày làm việc.\n\n# 2. Liên hệ\n';
    expect(diffPolicyText(before, after)).toEqual([
      { kind: 'same', lines: ['# 1. Phạm vi', ''] },
      { kind: 'removed', lines: ['Người bán trả lời khiếu nại trong 3 ngày.'] },
      { kind: 'added', lines: ['Người bán trả lời khiếu nại trong 2 ngày làm việc.'] },
      { kind: 'same', lines: ['', '# 2. Liên hệ'] },
    ]);
  });

  it('is all "same" when only line endings differ', () => {
    expect(diffPolicyText('a\r\nb\r\n', 'a\nb')).toEqual([{ kind: 'same', lines: ['a', 'b'] }]);
  });

  it('shows a section added at the end', () => {
    const changes = diffPolicyText('a', 'a\n\n# 3. Mới');
    expect(changes.filter((change) => change.kind === 'added')).toEqual([{ kind: 'added', lines: ['', '# 3. Mới'] }]);
  });
});
