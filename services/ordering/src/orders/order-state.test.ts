import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../contract/index.ts';
import { type Actor, allowedMoves, checkTransition, TRANSITIONS } from './order-state.ts';

const ACTORS: Actor[] = ['buyer', 'seller', 'staff', 'system'];

describe('order state machine', () => {
  it.each([
    ['pending', 'confirmed', 'seller'],
    ['confirmed', 'shipping', 'seller'],
    ['shipping', 'delivered', 'seller'],
    ['delivered', 'completed', 'buyer'],
    ['pending', 'cancelled', 'buyer'],
    ['confirmed', 'cancelled', 'buyer'],
    ['pending_payment', 'pending', 'system'],
    ['pending_payment', 'cancelled', 'system'],
    ['cancelled', 'refunded', 'staff'],
  ] as const)('%s → %s by %s is allowed', (from, to, actor) => {
    expect(checkTransition(from, to, [actor])).toEqual({ ok: true });
  });

  it.each([
    ['shipping', 'cancelled', 'buyer', 'not_allowed_from_status'],
    ['pending', 'shipping', 'seller', 'not_allowed_from_status'],
    ['completed', 'cancelled', 'staff', 'not_allowed_from_status'],
    ['pending', 'confirmed', 'buyer', 'not_allowed_for_actor'],
    ['pending_payment', 'pending', 'seller', 'not_allowed_for_actor'],
    ['cancelled', 'refunded', 'seller', 'not_allowed_for_actor'],
  ] as const)('%s → %s by %s is refused (%s)', (from, to, actor, reason) => {
    expect(checkTransition(from, to, [actor])).toEqual({ ok: false, reason });
  });

  it('lets no status move to itself and ends at completed and refunded', () => {
    for (const status of ORDER_STATUSES) {
      expect(checkTransition(status, status, ACTORS).ok).toBe(false);
    }
    expect(Object.keys(TRANSITIONS.completed)).toEqual([]);
    expect(Object.keys(TRANSITIONS.refunded)).toEqual([]);
  });

  it('offers each party the moves it may make from where the order is', () => {
    expect(allowedMoves('pending', ['seller'])).toEqual(['confirmed', 'cancelled']);
    expect(allowedMoves('pending_payment', ['seller'])).toEqual(['cancelled']);
    expect(allowedMoves('shipping', ['seller'])).toEqual(['delivered']);
    expect(allowedMoves('shipping', ['buyer'])).toEqual([]);
    expect(allowedMoves('delivered', ['seller', 'staff'])).toEqual(['completed', 'refunded']);
    expect(allowedMoves('completed', ACTORS)).toEqual([]);
  });
});
