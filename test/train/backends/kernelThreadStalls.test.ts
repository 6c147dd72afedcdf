/**
 * Kernel threads on a machine whose other cores are busy: when the workers hardly take part in the jobs,
 * the main thread runs the next ones alone (no table of arguments for the workers, no waiting for them),
 * and the results are the same.
 */
import { describe, expect, it } from 'vitest';
import { KernelThreads } from '../../../src/train/backends/wasm/kernelThreads';
import { kernelModule } from '../../../src/train/backends/wasm/kernelModules';

describe('kernel threads when the workers stall', () => {
  it('after a window of jobs the worker hardly took part in, jobs run on the main thread alone, correctly', () => {
    const memory = new WebAssembly.Memory({ initial: 1024, maximum: 65536, shared: true }); // 64 MB
    const pool = new KernelThreads(2, memory);
    const kernels = new WebAssembly.Instance(kernelModule(true), { env: { memory } }).exports as unknown as { reluGrad: (...a: number[]) => void };
    const f32 = new Float32Array(memory.buffer);
    const n = 1024;
    const [dy, x, out] = [0, 4 * n, 8 * n];
    f32.fill(1, 0, 2 * n);
    const per = n / 32;
    // A worker's chunk is a slow pass over 16 MB (its own, far from the outputs checked); the main
    // thread's are 32 floats: it takes nearly every chunk (a job counts as shared from 9 of the 32 on
    // the worker), as when the worker's core is busy elsewhere.
    const big = 4 << 20;
    const slowAt = 16 << 20;
    const args = (k: number, t: number) => t === 0
      ? [dy + k * per * 4, x + k * per * 4, per, out + k * per * 4]
      : [slowAt, slowAt, big, slowAt + 4 * big];
    const workerArgs: number[] = [];
    try {
      for (let job = 0; job < 16; job++) pool.run('reluGrad', 32, args, kernels.reluGrad);
      f32.fill(0, out / 4, out / 4 + n);
      pool.run('reluGrad', 32, (k, t) => { if (t > 0) workerArgs.push(k); return args(k, t); }, kernels.reluGrad);
      expect(workerArgs, 'no arguments written for the worker').toEqual([]);
      expect(Array.from(f32.subarray(out / 4, out / 4 + n)).every((v) => v === 1)).toBe(true);
    } finally {
      pool.dispose();
    }
  });
});
