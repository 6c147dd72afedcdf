import { beforeAll, describe, expect, it } from 'vitest';
import { finerTail, runSplitByBatch } from '../../../src/train/backends/wasm/batchSplit';
import { backendMemory, makeOutput, pointer, view } from '../../../src/train/backends/wasm/simdKernels';
import { rand, setUpBackends, tf } from './gradHarness';

// Two kernel threads whatever the machine, so a worker computes part of the batch in place.
process.env.LAYERLOOM_THREADS = '2';

beforeAll(setUpBackends);

describe('runSplitByBatch', () => {
  // 17: odd, unequal chunks of 2 images (work under 8 MFLOP an image), the last ones of 1; 1001: chunks capped
  // per thread (of about 16 images, the last ones of 8).
  for (const [batch, perImage, flops] of [[17, 64 * 64 * 16, 17e6], [1001, 4 * 4 * 16, 1e12]]) {
    it(`splits a per-image kernel into chunks the threads claim, with the same result as one thread: batch ${batch}`, async () => {
      await tf.setBackend('wasm');
      const backend = tf.backend();
      // The kernel threads work in place: the backend's memory must be the shared one.
      expect(backendMemory(backend).buffer).toBeInstanceOf(SharedArrayBuffer);
      const dy = rand([batch, perImage], 1);
      const x = rand([batch, perImage], 2);
      const expected = tf.tidy(() => tf.where(tf.greater(x, 0), dy, tf.zerosLike(dy)).dataSync());
      for (let run = 0; run < 5; run++) {
        const out = makeOutput(backend, [batch, perImage]);
        view(backend, out).fill(Number.NaN); // an image nobody wrote stays NaN
        runSplitByBatch(backend, 'reluGrad', batch, flops, {
          batched: [{ at: pointer(backend, dy), perImage }, { at: pointer(backend, x), perImage }],
          whole: [],
          out: { at: pointer(backend, out), perImage },
          scratch: 0,
        }, ([d, xi, o], images) => [d, xi, images * perImage, o]);
        const got = view(backend, out);
        let wrong = 0;
        for (let i = 0; i < got.length; i++) if (!(got[i] === expected[i])) wrong++;
        expect(wrong, `run ${run}: elements not equal to the one-thread result`).toBe(0);
        backend.disposeData(out.dataId);
      }
      tf.dispose([dy, x]);
    });
  }

  it('cuts the last chunk of each thread in two: whole images, in order, every image once', () => {
    const sizes = (n: number, count: number, threads: number) => {
      const pieces = finerTail(n, count, threads);
      pieces.forEach(([b0, b1], k) => {
        expect(b0, `piece ${k} starts where the one before ended`).toBe(k === 0 ? 0 : pieces[k - 1][1]);
        expect(b1).toBeGreaterThan(b0);
      });
      expect(pieces.at(-1)?.[1]).toBe(n);
      return pieces.map(([b0, b1]) => b1 - b0);
    };
    expect(sizes(64, 32, 2)).toEqual([...Array(30).fill(2), 1, 1, 1, 1]);
    expect(sizes(64, 16, 2)).toEqual([...Array(14).fill(4), 2, 2, 2, 2]);
    // Fewer than 4 chunks per thread, or chunks of one image: as they were.
    expect(sizes(64, 6, 2)).toEqual([10, 11, 11, 10, 11, 11]);
    expect(sizes(64, 64, 2)).toEqual(Array(64).fill(1));
    // Seeded sizes: with 4 chunks per thread or more, of 2 images or more, the last 2·threads are halves.
    let seed = 7;
    const next = (m: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % m; };
    for (let i = 0; i < 60; i++) {
      const threads = 2 + next(7);
      const count = 4 * threads + next(28 * threads);
      const n = 2 * count + next(400);
      const s = sizes(n, count, threads);
      expect(s).toHaveLength(count + threads);
      const half = Math.ceil(Math.max(...s.slice(0, count - threads)) / 2);
      for (const size of s.slice(count - threads)) expect(size).toBeLessThanOrEqual(half);
    }
  });
});
