import { describe, expect, it } from 'vitest';
import { runSaga, type SagaLogger, type SagaStep } from './saga.ts';

function recordingLogger() {
  const entries: { context: Record<string, unknown>; message: string }[] = [];
  const logger: SagaLogger = { error: (context, message) => entries.push({ context, message }) };
  return { logger, entries };
}

/** A step that notes its run and its undo in the state's journal. */
function step(name: string, behaviour: { fails?: Error; undoFails?: Error } = {}): SagaStep<string[]> {
  return {
    name,
    async run(journal) {
      journal.push(`run ${name}`);
      if (behaviour.fails) throw behaviour.fails;
    },
    async undo(journal) {
      journal.push(`undo ${name}`);
      if (behaviour.undoFails) throw behaviour.undoFails;
    },
  };
}

const context = { checkoutId: 'c-1' };

describe('runSaga', () => {
  it('runs the steps in order and answers what the last one answered', async () => {
    const { logger, entries } = recordingLogger();
    const journal: string[] = [];
    const answer = await runSaga(journal, [step('a'), step('b'), { name: 'c', run: async () => 42 }], { logger, context });
    expect(answer).toBe(42);
    expect(journal).toEqual(['run a', 'run b']);
    expect(entries).toEqual([]);
  });

  it('undoes the steps done, last first, and throws the failing step’s error', async () => {
    const { logger, entries } = recordingLogger();
    const journal: string[] = [];
    const failure = new Error('payment down');
    await expect(
      runSaga(journal, [step('a'), step('b'), step('c', { fails: failure }), step('d')], { logger, context }),
    ).rejects.toBe(failure);
    // the failing step did nothing to take back; the one after it never ran
    expect(journal).toEqual(['run a', 'run b', 'run c', 'undo b', 'undo a']);
    expect(entries).toEqual([]);
  });

  it('logs an undo that fails with the context and its step, runs the other undos and keeps the original error', async () => {
    const { logger, entries } = recordingLogger();
    const journal: string[] = [];
    const failure = new Error('payment down');
    const undoFailure = new Error('catalog unreachable');
    await expect(
      runSaga(journal, [step('a'), step('b', { undoFails: undoFailure }), step('c', { fails: failure })], { logger, context }),
    ).rejects.toBe(failure);
    expect(journal).toEqual(['run a', 'run b', 'run c', 'undo b', 'undo a']);
    expect(entries).toEqual([
      { context: { checkoutId: 'c-1', step: 'b', err: undoFailure, failure }, message: 'saga: an undo failed' },
    ]);
  });

  it('undoes nothing when the first step fails', async () => {
    const { logger } = recordingLogger();
    const journal: string[] = [];
    await expect(runSaga(journal, [step('a', { fails: new Error('no stock') }), step('b')], { logger, context })).rejects.toThrow(
      'no stock',
    );
    expect(journal).toEqual(['run a']);
  });
});
