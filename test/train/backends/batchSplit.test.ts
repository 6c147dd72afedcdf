import { beforeAll, describe, expect, it } from 'vitest';
import { runSplitByBatch } from '../../../src/train/backends/wasm/batchSplit';
import { backendMemory, makeOutput, pointer, view } from '../../../src/train/backends/wasm/simdKernels';
import { rand, setUpBackends, tf } from './gradHarness';

// Two kernel threads whatever the machine, so a worker computes part of the batch in place.
process.env.LAYERLOOM_THREADS = '2';

beforeAll(setUpBackends);

describe('runSplitByBatch', () => {
  // 17: odd, unequal chunks of 2 images; 1001: chunks capped per thread (of about 31 images).
  for (const [batch, perImage] of [[17, 64 * 64 * 16], [1001, 4 * 4 * 16]]) {
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
        runSplitByBatch(backend, 'reluGrad', batch, 1e12, {
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
});
