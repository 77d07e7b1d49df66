export interface BatcherOptions<I, O> {
  /** Does the work of many calls at once (one statement); answers in the order of `inputs`. */
  run(inputs: I[]): Promise<O[]>;
  /**
   * Does the work of one call. A batch of one goes here; and when a batch fails, each of its
   * calls is tried again here on its own, so that one bad call never fails the others.
   */
  runOne?(input: I): Promise<O>;
  /** At most this many calls go in one batch. */
  maxBatch?: number;
}

/**
 * Coalesces concurrent calls into one round trip ("smart batching"). A call made while no batch
 * is at the database goes at once, alone, so nothing waits when the load is light; calls made
 * while a batch is out wait for it and then go together in the next one. Under load, N requests
 * in flight cost a handful of statements instead of N, which is where a two-core machine's time
 * went (each statement is a wake-up of the database and of Node).
 *
 * Only for work outside a caller's transaction: a batch runs on its own connection.
 */
export function createBatcher<I, O>(options: BatcherOptions<I, O>): (input: I) => Promise<O> {
  const maxBatch = options.maxBatch ?? 100;
  let waiting: { input: I; resolve(value: O): void; reject(error: unknown): void }[] = [];
  let isRunning = false;

  async function runBatch(batch: typeof waiting) {
    const inputs = batch.map((call) => call.input);
    try {
      const outputs = batch.length === 1 && options.runOne ? [await options.runOne(inputs[0] as I)] : await options.run(inputs);
      if (outputs.length !== batch.length) throw new Error(`a batch of ${batch.length} answered ${outputs.length} times`);
      for (const [index, call] of batch.entries()) call.resolve(outputs[index] as O);
    } catch (error) {
      const runOne = options.runOne;
      if (batch.length === 1 || !runOne) {
        for (const call of batch) call.reject(error);
        return;
      }
      await Promise.all(
        batch.map((call) =>
          runOne(call.input).then(
            (output) => call.resolve(output),
            (failure) => call.reject(failure),
          ),
        ),
      );
    }
  }

  async function drain() {
    isRunning = true;
    try {
      while (waiting.length > 0) {
        const batch = waiting.slice(0, maxBatch);
        waiting = waiting.slice(maxBatch);
        await runBatch(batch);
      }
    } finally {
      isRunning = false;
    }
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (!isRunning) void drain();
    });
}

/**
 * A read by key (`WHERE id IN (…)`) shared with the reads of the same moment: `loadMany` gets
 * the distinct keys of a batch and answers what it found; a key it did not find reads as undefined.
 */
export function createKeyLoader<V>(
  loadMany: (keys: string[]) => Promise<Map<string, V>>,
  options: { maxBatch?: number } = {},
): (key: string) => Promise<V | undefined> {
  return createBatcher<string, V | undefined>({
    ...options,
    run: async (keys) => {
      const found = await loadMany([...new Set(keys)]);
      return keys.map((key) => found.get(key));
    },
    // a key the database refuses (not a UUID, say) fails its own read only
    runOne: async (key) => (await loadMany([key])).get(key),
  });
}

/** Groups rows by a key, for loaders whose key has many rows (an order's lines). */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
