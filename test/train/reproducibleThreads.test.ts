/**
 * Reproducible runs with two kernel threads (issue 15, item 6): the threads claim chunks of the batch in
 * whatever order they get to them, but each chunk's partial sum has its own buffer and the partials are
 * added in chunk order (batchSplit.ts), so a run repeats bit for bit, in one engine and in another process.
 */
import { describe, expect, it, vi } from 'vitest';
import { KernelThreads } from '../../src/train/backends/wasm/kernelThreads';
import { trainHere, trainInProcess } from './reproducibleRun';

process.env.LAYERLOOM_THREADS = '2';

describe('a seeded run repeats exactly on wasm with two kernel threads', () => {
  it('two runs in one engine and one in another process: the same losses, history and weights', async () => {
    const posted = vi.spyOn(KernelThreads.prototype, 'run');
    const first = await trainHere(1);
    // The threads did share the work: sums over the batch (filter gradients, batch-norm statistics) among it.
    const kernels = new Set(posted.mock.calls.map(([fn]) => fn));
    for (const fn of ['channelMoments', 'winogradFilterGrad4x4']) expect([...kernels]).toContain(fn);
    // The batch norm's gradient sums (with the ReLU after it folded in, when one follows: fusedRelu.ts; as a
    // per-channel threshold on x when every gain is positive: reluThreshold.ts).
    expect([...kernels].filter((fn) => /^batchNorm(Relu|Above)?GradSums$/.test(fn))).not.toHaveLength(0);
    expect(first.meta).toMatchObject({ seed: 1, backend: { name: 'wasm', kernelThreads: 2 } });

    const second = await trainHere(1);
    expect(second.batchLosses).toEqual(first.batchLosses);
    expect(second.history).toEqual(first.history);
    expect(second.weights.equals(first.weights), 'weights.bin byte for byte').toBe(true);

    const other = await trainInProcess(1, 2);
    expect(other.meta).toMatchObject({ backend: { kernelThreads: 2 } });
    expect(other.batchLosses).toEqual(first.batchLosses);
    expect(other.history).toEqual(first.history);
    expect(other.weights.equals(first.weights), 'weights.bin byte for byte').toBe(true);
  }, 240_000);
});
