/**
 * Augmentation runs in the decode worker (augmentOffThread), one batch ahead when the split is in memory. The
 * batches must be the ones augmenting each image on the training thread gave: the same draws from the seeded
 * generator, in the same order, applied by the same arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { augmentBatch, drawAugmentation } from '../../src/data/augment.ts';
import { augmentOffThread, DecodeWorkers } from '../../src/data/decodeWorkers.ts';
import { augmentImage, createRng, deriveSeed, openDataset, type Batch, type DataSplit, type InputShape } from '../../src/data/index.ts';

const AUGMENT = { flip: true, cropPadding: 3, brightness: 0.2, contrast: 0.3 };

/** What the batches were when each image was augmented as it was read: augmentImage with the split's generator. */
async function expectedBatches(split: DataSplit, batches: Batch[], input: InputShape, seed: number): Promise<Float32Array[]> {
  const rng = createRng(deriveSeed(seed, 0xa06));
  const out: Float32Array[] = [];
  for (const b of batches) {
    const images = [];
    for (const k of b.indices) images.push(augmentImage(await split.get(k), input, AUGMENT, rng));
    const x = new Float32Array(b.x.length);
    images.forEach((img, i) => x.set(img, i * img.length));
    out.push(x);
  }
  return out;
}

describe('augmentation off the training thread', () => {
  it('a batch augmented in the worker equals one augmented here', async () => {
    const shape: InputShape = [12, 10, 3];
    const x = Float32Array.from({ length: 5 * 360 }, (_, i) => ((i * 37) % 101) / 100);
    const rng = createRng(3);
    const draws = Array.from({ length: 5 }, () => drawAugmentation(AUGMENT, rng));
    const pool = new DecodeWorkers(1); // a worker of its own, whatever LAYERLOOM_DECODE_WORKERS says
    try {
      const there = await pool.augment(x, shape, draws);
      expect(Array.from(there)).toEqual(Array.from(augmentBatch(x, shape, draws)));
      expect(x[0]).toBe(0); // the caller's batch is its own still
      expect(pool.unavailable).toBeUndefined();
    } finally {
      await pool.close();
    }
    // Through the shared pool (or this thread, with LAYERLOOM_DECODE_WORKERS=0): the same.
    expect(Array.from(await augmentOffThread(x, shape, draws))).toEqual(Array.from(augmentBatch(x, shape, draws)));
  });

  it('gives the batches augmenting on the training thread gave, in memory (one batch ahead)', async () => {
    const input: InputShape = [16, 16, 3];
    const ds = await openDataset({ source: { synthetic: { classes: 3, count: 90 } }, input, seed: 2 });
    for (const seed of [1, 2]) {
      const batches: Batch[] = [];
      for await (const b of ds.splits.train.batches(8, { shuffle: true, seed, augment: AUGMENT })) batches.push(b);
      expect(batches.reduce((n, b) => n + b.n, 0)).toBe(ds.splits.train.size);
      const expected = await expectedBatches(ds.splits.train, batches, input, seed);
      batches.forEach((b, i) => expect(Array.from(b.x), `seed ${seed} batch ${i}`).toEqual(Array.from(expected[i])));
    }
  });

  it('a caller that stops after one batch gets it augmented, and the next run starts afresh', async () => {
    const input: InputShape = [16, 16, 3];
    const ds = await openDataset({ source: { synthetic: { classes: 3, count: 60 } }, input, seed: 4 });
    const take = async () => {
      for await (const b of ds.splits.train.batches(8, { shuffle: true, seed: 5, augment: AUGMENT })) return b;
      throw new Error('no batch');
    };
    const first = await take();
    const [expected] = await expectedBatches(ds.splits.train, [first], input, 5);
    expect(Array.from(first.x)).toEqual(Array.from(expected));
    expect(Array.from((await take()).x)).toEqual(Array.from(first.x));
  });
});
