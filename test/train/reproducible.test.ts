/**
 * Reproducible runs (issue 15, item 6): the same project, data, seed, backend and kernel-thread count give
 * the same history and the same weights, bit for bit: two runs in one engine and two `layerloom train`
 * processes, on wasm with one kernel thread; a run stopped and resumed ends as one that never stopped.
 */
import { describe, expect, it } from 'vitest';
import { trainHere, trainInProcess, trainStoppedAndResumed, type RunRecord } from './reproducibleRun';

process.env.LAYERLOOM_THREADS = '1';

function expectIdentical(a: RunRecord, b: RunRecord): void {
  expect(b.batchLosses).toEqual(a.batchLosses);
  expect(b.history).toEqual(a.history);
  expect(b.evaluation).toEqual(a.evaluation);
  expect(b.modelJson).toBe(a.modelJson);
  expect(b.weights.equals(a.weights), 'weights.bin byte for byte').toBe(true);
}

describe('a seeded run repeats exactly on wasm with one kernel thread', () => {
  it('two runs in one engine and two in separate processes: the same losses, history, evaluation and weights; another seed differs', async () => {
    const first = await trainHere(1);
    const { train } = (first.meta.dataset as { sizes: { train: number } }).sizes;
    expect(first.batchLosses).toHaveLength(2 * Math.ceil(train / 32));
    expect(first.meta).toMatchObject({ seed: 1, backend: { name: 'wasm', kernelThreads: 1 } });
    expectIdentical(first, await trainHere(1));

    const other = await trainHere(2);
    expect(other.batchLosses[0]).not.toBe(first.batchLosses[0]);
    expect(other.weights.equals(first.weights)).toBe(false);

    const [p1, p2] = [await trainInProcess(1, 1), await trainInProcess(1, 1)];
    expect(p1.meta).toMatchObject({ seed: 1, backend: { name: 'wasm', kernelThreads: 1 } });
    expectIdentical(p1, p2);
    expectIdentical(first, p1);

    // Stopped after epoch 1 and resumed from its checkpoint: the same run (weights, Adam's state, dropout steps go on).
    const resumed = await trainStoppedAndResumed(1);
    expect(resumed.batchLosses).toEqual(first.batchLosses);
    expect(resumed.weights.equals(first.weights), 'weights.bin byte for byte').toBe(true);
    expect(resumed.evaluation).toEqual(first.evaluation);
  }, 240_000);
});
