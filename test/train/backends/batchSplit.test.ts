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

  it('gives each thread its own scratch through the one argument that carries it, and refuses arguments that do not pass it as given', async () => {
    await tf.setBackend('wasm');
    const backend = tf.backend() as ReturnType<typeof tf.backend> & { numDataIds(): number };
    const batch = 64;
    const perImage = 1024;
    const dy = rand([batch, perImage], 3);
    const x = rand([batch, perImage], 4);
    const expected = tf.tidy(() => tf.where(tf.greater(x, 0), dy, tf.zerosLike(dy)).dataSync());
    const ops = (out: number) => ({
      batched: [{ at: pointer(backend, dy), perImage }, { at: pointer(backend, x), perImage }], whole: [], out: { at: out, perImage }, scratch: 16,
    });
    const out = makeOutput(backend, [batch, perImage]);
    // The scratch offset goes last (reluGrad ignores an extra argument); Winograd's threaded tests use theirs.
    const seen = new Set<number>();
    runSplitByBatch(backend, 'reluGrad', batch, 1e12, ops(pointer(backend, out)), ([d, xi, o], images, scratchAt) => {
      seen.add(scratchAt);
      return [d, xi, images * perImage, o, scratchAt];
    });
    expect(seen.size, 'thread 0 and thread 1 scratch offsets asked for').toBe(2);
    expect(Array.from(view(backend, out)).every((v, i) => v === expected[i])).toBe(true);
    const ids = backend.numDataIds();
    expect(() => runSplitByBatch(backend, 'reluGrad', batch, 1e12, ops(pointer(backend, out)), ([d, xi, o], images) => [d, xi, images * perImage, o]))
      .toThrow(/scratch offset as one argument/);
    expect(backend.numDataIds(), 'scratch freed after the refusal').toBe(ids);
    backend.disposeData(out.dataId);
    tf.dispose([dy, x]);
  });
});
