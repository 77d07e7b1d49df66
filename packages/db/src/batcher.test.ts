import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createBatcher', () => {
  it('sends a lone call at once, and the calls made meanwhile together in the next batch', async () => {
    const batches: number[][] = [];
    const double = createBatcher<number, number>({
      run: async (inputs) => {
        batches.push(inputs);
        await tick();
        return inputs.map((n) => n * 2);
      },
    });
    const first = double(1);
    const rest = [2, 3, 4].map(double);
    expect(await Promise.all([first, ...rest])).toEqual([2, 4, 6, 8]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('keeps batches to maxBatch', async () => {
    const sizes: number[] = [];
    const echo = createBatcher<number, number>({
      maxBatch: 2,
      run: async (inputs) => {
        sizes.push(inputs.length);
        await tick();
        return inputs;
      },
    });
    await Promise.all([1, 2, 3, 4, 5].map(echo));
    expect(sizes).toEqual([1, 2, 2]);
  });

  it('tries each call of a failed batch alone, so one bad call fails only itself', async () => {
    const alone: number[] = [];
    const check = createBatcher<number, string>({
      run: async (inputs) => {
        await tick();
        if (inputs.includes(13)) throw new Error('the batch failed');
        return inputs.map(String);
      },
      runOne: async (input) => {
        alone.push(input);
        if (input === 13) throw new Error('unlucky');
        return `one ${input}`;
      },
    });
    const first = check(1);
    const results = await Promise.allSettled([first, check(12), check(13), check(14)]);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error).message))).toEqual([
      'one 1',
      'one 12',
      'unlucky',
      'one 14',
    ]);
    expect(alone).toEqual([1, 12, 13, 14]);
  });

  it('without runOne, a failed batch fails every call in it, and the next batch still runs', async () => {
    let calls = 0;
    const flaky = createBatcher<number, number>({
      run: async (inputs) => {
        calls += 1;
        await tick();
        if (calls === 2) throw new Error('down');
        return inputs;
      },
    });
    const first = flaky(1);
    const second = [flaky(2), flaky(3)];
    await expect(first).resolves.toBe(1);
    await expect(Promise.all(second)).rejects.toThrow('down');
    await expect(flaky(4)).resolves.toBe(4);
  });

  it('refuses an answer of the wrong length', async () => {
    const broken = createBatcher<number, number>({ run: async () => [] });
    await expect(broken(1)).rejects.toThrow('a batch of 1 answered 0 times');
  });
});
