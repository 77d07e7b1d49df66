import { describe, expect, it } from 'vitest';
import { allowedActions } from './complaint-service.ts';

describe('what each party may do with a complaint', () => {
  it('lets the seller answer only while it waits for the answer', () => {
    expect(allowedActions('open', ['seller'])).toEqual(['answer', 'mediation', 'message']);
    expect(allowedActions('answered', ['seller'])).toEqual(['mediation', 'message']);
    expect(allowedActions('mediation', ['seller'])).toEqual(['message']);
  });

  it('lets the buyer accept only an answer, and withdraw until it is closed', () => {
    expect(allowedActions('open', ['buyer'])).toEqual(['mediation', 'withdraw', 'message']);
    expect(allowedActions('answered', ['buyer'])).toEqual(['mediation', 'accept', 'withdraw', 'message']);
    expect(allowedActions('mediation', ['buyer'])).toEqual(['withdraw', 'message']);
  });

  it('lets staff close it while it is open, and nobody act once it is closed', () => {
    expect(allowedActions('mediation', ['staff'])).toEqual(['message', 'close']);
    for (const roles of [['buyer'], ['seller'], ['staff'], []] as const) expect(allowedActions('closed', roles)).toEqual([]);
    expect(allowedActions('open', [])).toEqual([]);
  });
});
