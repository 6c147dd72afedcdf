/**
 * Kernel threads on a machine whose other cores are busy: when the workers hardly take part in the jobs,
 * the main thread runs the next ones alone (no table of arguments for the workers, no waiting for them),
 * and the results are the same.
 */
import { describe, expect, it } from 'vitest';
import { KernelThreads } from '../../../src/train/backends/wasm/kernelThreads';
import { kernelModule } from '../../../src/train/backends/wasm/kernelModules';

describe('kernel threads when the workers stall', () => {
  it('after a window of jobs (16 and 100 ms) the worker hardly took part in, jobs run on the main thread alone, correctly', () => {
    const memory = new WebAssembly.Memory({ initial: 1024, maximum: 65536, shared: true }); // 64 MB
    const pool = new KernelThreads(2, memory);
    const kernels = new WebAssembly.Instance(kernelModule(true), { env: { memory } }).exports as unknown as { reluGrad: (...a: number[]) => void };
    const f32 = new Float32Array(memory.buffer);
    const n = 1024;
    // Inputs and output 20 MB apart, so that a worker's long chunk (below) reads and writes none of the others.
    const [dy, x, out] = [0, 20 << 20, 40 << 20];
    f32.fill(1, dy / 4, dy / 4 + n);
    f32.fill(1, x / 4, x / 4 + n);
    const per = n / 32;
    // A worker's chunk is a slow pass over 16 MB (its count, the one argument that differs between threads,
    // is 4M floats: the same values where it overlaps the outputs checked, zeros past them); the main thread's
    // are 32 floats: it takes nearly every chunk (a job counts as shared from 9 of the 32 on the worker), as
    // when the worker's core is busy elsewhere.
    const rows = Array.from({ length: 32 }, (_, k) => [dy + k * per * 4, x + k * per * 4, per, out + k * per * 4]);
    const slow = { index: 2, values: [per, 4 << 20] };
    try {
      const start = performance.now();
      for (let job = 0; job < 15; job++) pool.run('reluGrad', rows, kernels.reluGrad, slow);
      expect(pool.stats.soloJobs, 'jobs so far shared with the worker (a window has 16 jobs at least)').toBe(0);
      // Then jobs until one runs alone: not before the window's 100 ms (one short disturbance is not a busy machine).
      while (pool.stats.soloJobs === 0 && performance.now() - start < 5000) {
        f32.fill(0, out / 4, out / 4 + n);
        pool.run('reluGrad', rows, kernels.reluGrad, slow);
      }
      expect(performance.now() - start, 'the window lasted 100 ms').toBeGreaterThanOrEqual(100);
      f32.fill(0, out / 4, out / 4 + n);
      pool.run('reluGrad', rows, kernels.reluGrad, slow);
      expect(pool.stats.soloJobs, 'the main thread ran the job alone').toBe(2);
      expect(Array.from(f32.subarray(out / 4, out / 4 + n)).every((v) => v === 1)).toBe(true);
    } finally {
      pool.dispose();
    }
  });
});
