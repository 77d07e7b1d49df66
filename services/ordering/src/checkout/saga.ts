/** One step of a saga: what it does and, beside it, how to take that back. */
export interface SagaStep<State, Result = unknown> {
  name: string;
  run(state: State): Promise<Result>;
  /** Takes back what `run` did, when a later step fails; a step nothing can follow needs none. */
  undo?(state: State): Promise<void>;
}

/** Where an undo that failed is told (pino's `error(object, message)` fits). */
export interface SagaLogger {
  error(context: Record<string, unknown>, message: string): void;
}

/**
 * Runs the steps in order on one state and answers what the last one answered. When a step
 * fails, the steps done before it are undone, last first, and the step's error is thrown as it
 * came. An undo that fails is logged with `context` and the step's name, and the other undos
 * still run: what it left behind must lapse by itself (a stock hold does).
 */
export async function runSaga<State, Result>(
  state: State,
  steps: readonly [...SagaStep<State>[], SagaStep<State, Result>],
  options: { logger: SagaLogger; context: Record<string, unknown> },
): Promise<Result> {
  const done: SagaStep<State>[] = [];
  let answer: unknown;
  try {
    for (const step of steps) {
      answer = await step.run(state);
      done.push(step);
    }
  } catch (error) {
    for (const step of done.reverse()) {
      try {
        await step.undo?.(state);
      } catch (undoError) {
        options.logger.error({ ...options.context, step: step.name, err: undoError, failure: error }, 'saga: an undo failed');
      }
    }
    throw error;
  }
  return answer as Result;
}
