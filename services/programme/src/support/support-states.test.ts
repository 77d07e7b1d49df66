import { describe, expect, it } from 'vitest';
import { nextStatus, staffActions } from './support-states.ts';

describe('the application state machine', () => {
  it('goes submitted → needs more info ↔ resubmitted → approved → paid', () => {
    expect(nextStatus('submitted', 'ask_more')).toBe('needs_more_info');
    expect(nextStatus('needs_more_info', 'answer')).toBe('resubmitted');
    expect(nextStatus('resubmitted', 'ask_more')).toBe('needs_more_info');
    expect(nextStatus('resubmitted', 'approve')).toBe('approved');
    expect(nextStatus('approved', 'pay')).toBe('paid');
  });

  it('refuses what skips or reverses a step', () => {
    expect(nextStatus('submitted', 'pay')).toBeUndefined();
    expect(nextStatus('needs_more_info', 'approve')).toBeUndefined();
    expect(nextStatus('approved', 'reject')).toBeUndefined();
    expect(nextStatus('paid', 'pay')).toBeUndefined();
    expect(nextStatus('rejected', 'approve')).toBeUndefined();
    expect(nextStatus('submitted', 'answer')).toBeUndefined();
  });

  it('offers staff only what the state allows', () => {
    expect(staffActions('submitted')).toEqual(['ask_more', 'approve', 'reject']);
    expect(staffActions('needs_more_info')).toEqual(['reject']);
    expect(staffActions('approved')).toEqual(['pay']);
    expect(staffActions('paid')).toEqual([]);
  });
});
