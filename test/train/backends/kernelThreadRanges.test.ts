/**
 * Kernel threads' home ranges: the main thread claims the first half of a job's chunks in order, the worker
 * the second half, so that every kernel of a step gives a thread the same images (the ones it wrote are in
 * its core's caches); a thread whose own chunks are gone takes the other's from their end. Every chunk runs
 * once, whoever runs it.
 */
import { describe, expect, it } from 'vitest';
import { KernelThreads } from '../../../src/train/backends/wasm/kernelThreads';
import { kernelModule } from '../../../src/train/backends/wasm/kernelModules';

describe('kernel threads\' home ranges', () => {
  const memory = new WebAssembly.Memory({ initial: 1024, maximum: 65536, shared: true }); // 64 MB
  const kernels = new WebAssembly.Instance(kernelModule(true), { env: { memory } }).exports as unknown as { reluGrad: (...a: number[]) => void };
  const f32 = new Float32Array(memory.buffer);
  const chunks = 8;
  const per = 256;
  const [dy, x, out] = [0, 20 << 20, 40 << 20];
  f32.fill(2, dy / 4, dy / 4 + chunks * per);
  f32.fill(1, x / 4, x / 4 + chunks * per);
  const rows = Array.from({ length: chunks }, (_, k) => [dy + k * per * 4, x + k * per * 4, per, out + k * per * 4]);
  const chunkOf = (row: number[]) => (row[3] - out) / (per * 4);

  /** Runs the job, the main thread's chunks through `mainKernel`; returns the chunks the main thread ran, in order. */
  function job(pool: KernelThreads, mainKernel: (...a: number[]) => void, perThread?: { index: number; values: number[] }): number[] {
    const mine: number[] = [];
    f32.fill(0, out / 4, out / 4 + chunks * per);
    pool.run('reluGrad', rows, (...a: number[]) => { mine.push(chunkOf(a)); mainKernel(...a); }, perThread);
    expect(Array.from(f32.subarray(out / 4, out / 4 + chunks * per)).every((v) => v === 2), 'every chunk ran once').toBe(true);
    return mine;
  }

  it('the main thread takes its own half in order, then the other half from its end', () => {
    const pool = new KernelThreads(2, memory);
    try {
      // The worker's chunks are slow (a pass over 16 MB: its count, the one argument that differs between
      // threads, is 4M floats), so the main thread runs out of its own and takes the worker's.
      const slow = { index: 2, values: [per, 4 << 20] };
      for (let i = 0; i < 3; i++) {
        const mine = job(pool, kernels.reluGrad, slow);
        expect(mine.slice(0, 4), 'its own chunks first, in order').toEqual([0, 1, 2, 3]);
        const taken = mine.slice(4);
        expect(taken, 'then the worker\'s from the last one down').toEqual(Array.from({ length: taken.length }, (_, j) => 7 - j));
        expect(taken.length, 'the worker ran at least one chunk or the main thread ran them all').toBeLessThanOrEqual(4);
      }
    } finally {
      pool.dispose();
    }
  });

  it('a slow main thread keeps the start of its half; the worker takes the rest of it from its end', () => {
    const pool = new KernelThreads(2, memory);
    try {
      const slowMain = (...a: number[]) => {
        const until = performance.now() + 2;
        while (performance.now() < until);
        kernels.reluGrad(...a);
      };
      for (let i = 0; i < 3; i++) {
        const mine = job(pool, slowMain);
        // Its chunks are a run from 0 (the worker took the others from the end of that half), or, if the
        // worker was kept from running, 0-3 and then the worker's from 7 down.
        const own = mine.filter((k) => k < 4);
        expect(own).toEqual(Array.from({ length: own.length }, (_, j) => j));
        expect(mine.slice(own.length)).toEqual(Array.from({ length: mine.length - own.length }, (_, j) => 7 - j));
      }
    } finally {
      pool.dispose();
    }
  });
});
