/**
 * A kernel that fails on a kernel thread (a trap: memory access out of bounds) is an error of the call
 * that ran it, on the thread that asked (issue 13, item 3): before, the worker's uncaught exception took
 * the whole engine process down (`layerloom serve` exited with code 7). The pool goes on working after it.
 */
import { describe, expect, it } from 'vitest';
import { KernelThreadError, KernelThreads } from '../../../src/train/backends/wasm/kernelThreads';
import { kernelModule } from '../../../src/train/backends/wasm/kernelModules';

describe('kernel threads when a kernel fails', () => {
  it('a trap on a worker throws KernelThreadError where the job was posted, and the next job runs', () => {
    const memory = new WebAssembly.Memory({ initial: 256, maximum: 65536, shared: true });
    const pool = new KernelThreads(2, memory);
    const kernels = new WebAssembly.Instance(kernelModule(true), { env: { memory } }).exports as unknown as { reluGrad: (...a: number[]) => void };
    const n = 1024;
    const f32 = new Float32Array(memory.buffer);
    const [dy, x, out] = [0, 4 * n, 8 * n];
    f32.fill(1, 0, 2 * n);
    const per = n / 8;
    const valid = Array.from({ length: 8 }, (_, k) => [dy + k * per * 4, x + k * per * 4, per, out + k * per * 4]);
    // The main thread's share of a job is slow, so the worker claims chunks too.
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const slowMain = (...a: number[]) => { Atomics.wait(pause, 0, 0, 50); kernels.reluGrad(...a); };
    try {
      // A valid job first: the worker is up and takes part.
      pool.run('reluGrad', valid, slowMain);
      expect(Array.from(f32.subarray(out / 4, out / 4 + n)).every((v) => v === 1)).toBe(true);
      // Every chunk the worker claims points past the end of the 16 MB memory: it traps. The main
      // thread's own share does nothing, slowly, so only the worker can fail.
      const outside = memory.buffer.byteLength + 4096;
      const idle = () => { Atomics.wait(pause, 0, 0, 50); };
      expect(() => pool.run('reluGrad', Array.from({ length: 8 }, () => [outside, outside, n, outside]), idle)).toThrow(KernelThreadError);
      expect(() => pool.run('reluGrad', Array.from({ length: 8 }, () => [outside, outside, n, outside]), idle))
        .toThrow(/reluGrad failed on a worker thread \(.*out of bounds/);
      // The same pool, a valid job again: every chunk done.
      f32.fill(0, out / 4, out / 4 + n);
      pool.run('reluGrad', valid, slowMain);
      expect(Array.from(f32.subarray(out / 4, out / 4 + n)).every((v) => v === 1)).toBe(true);
    } finally {
      pool.dispose();
    }
  });
});
