/**
 * A folder that fits the memory budget fills its pool as training reads it (imagePool.ts fillingPool):
 * nothing is decoded at open, the first batch comes after a few decodes, each file is decoded once however
 * many epochs and evaluations read it, and a damaged file is reported once while training goes on.
 * Decodes are counted by wrapping the real decoder (decodeWorkers.ts decodeOffThread, which folder.ts calls), per file.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeOffThread } from '../../src/data/decodeWorkers.ts';
import { fillingPool, viewOfAll } from '../../src/data/imagePool.ts';
import { createRng, drawShape, openDataset } from '../../src/data/index.ts';
import { PoolSplit } from '../../src/data/poolSplit.ts';
import { computeNormalization, epochSeed } from '../../src/train/normalization.ts';
import type { Batch, Dataset, DataSplit } from '../../src/data/index.ts';
import { encodeImage } from './fixtures.ts';

vi.mock('../../src/data/decodeWorkers.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/data/decodeWorkers.ts')>();
  return { ...real, decodeOffThread: vi.fn(real.decodeOffThread) };
});
const decodes = vi.mocked(decodeOffThread);
const decodedPaths = () => decodes.mock.calls.map((c) => c[0] as string);

let tmp: string;
let root: string;
let damaged: string;
const PER_CLASS = 20;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'layerloom-filling-'));
  root = join(tmp, 'shapes');
  for (const [c, name] of ['circle', 'square'].entries()) {
    await mkdir(join(root, name), { recursive: true });
    for (let i = 0; i < PER_CLASS; i++) {
      const rgb = drawShape(c, [16, 16, 3], createRng(100 * c + i));
      await writeFile(join(root, name, `${i}.${i % 2 ? 'png' : 'jpg'}`), await encodeImage(rgb, 16, 16, i % 2 ? 'png' : 'jpeg'));
    }
  }
  // A whole header over damaged pixel data: the header check at open passes it, decoding fails.
  const png = await encodeImage(drawShape(0, [40, 40, 3], createRng(7)), 40, 40, 'png');
  damaged = join(root, 'circle', 'damaged.png');
  await writeFile(damaged, png.subarray(0, Math.floor(png.length / 2)));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));
beforeEach(() => {
  decodes.mockClear();
});
/** Waits for every decode started so far, and any they start in turn (an abandoned epoch's prefetch). */
async function drain(): Promise<void> {
  for (let seen = -1; seen !== decodes.mock.results.length;) {
    seen = decodes.mock.results.length;
    await Promise.allSettled(decodes.mock.results.map((r) => r.value as Promise<unknown>));
    await new Promise((r) => setTimeout(r, 0));
  }
}
afterEach(drain);

const open = (extra: Partial<Parameters<typeof openDataset>[0]> = {}) =>
  openDataset({ source: { folder: root }, input: [12, 12, 3], split: { val: 0.2, test: 0.2 }, ...extra });

async function epoch(split: DataSplit, seed: number): Promise<{ n: number; batches: number }> {
  let n = 0;
  let batches = 0;
  for await (const b of split.batches(5, { shuffle: true, seed, augment: { flip: true } })) {
    n += b.n;
    batches++;
  }
  return { n, batches };
}

async function readAll(ds: Dataset, epochs: number): Promise<number[]> {
  const seen: number[] = [];
  for (let e = 1; e <= epochs; e++) {
    seen.push((await epoch(ds.splits.train, e)).n);
    for (const s of [ds.splits.val, ds.splits.test]) for await (const b of s.batches(8)) seen.push(b.n);
  }
  return seen;
}

describe('a folder that fits in memory, filled as it is read', () => {
  it('decodes nothing at open, and gives the first batch after a few decodes', async () => {
    const ds = await open({ concurrency: 2 });
    expect(ds.report.storage).toBe('memory');
    expect(decodes).not.toHaveBeenCalled();
    const it = ds.splits.train.batches(4, { shuffle: true, seed: 1, prefetchBatches: 1 })[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.done).toBe(false);
    // The batch's 4 images, and at most one batch ahead: not the 24 training images.
    expect(decodes.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(decodes.mock.calls.length).toBeLessThanOrEqual(8);
    expect(ds.splits.train.size).toBe(25);
    await it.return?.();
  });

  it('decodes each file once over several epochs, validation, test and get()', async () => {
    const ds = await open();
    const first = await readAll(ds, 1);
    const once = decodes.mock.calls.length;
    expect(once).toBe(ds.report.images); // every file in the splits: 40 good and the damaged one
    const later = await readAll(ds, 3);
    expect(later).toEqual([...first, ...first, ...first]);
    expect(await ds.splits.val.get(1)).toEqual(await ds.splits.val.get(1));
    expect(decodes.mock.calls.length).toBe(once);
    expect(new Set(decodedPaths()).size).toBe(once);
  });

  it('serves the same pixels as streaming from disk, batch for batch', async () => {
    const filled = await open();
    const streamed = await open({ memoryBudgetBytes: 0 });
    expect(streamed.report.storage).toBe('stream');
    for (const e of [1, 2]) {
      const a = [];
      const b = [];
      for await (const x of filled.splits.train.batches(6, { shuffle: true, seed: e, augment: { flip: true, cropPadding: 2 } })) a.push(x);
      for await (const x of streamed.splits.train.batches(6, { shuffle: true, seed: e, augment: { flip: true, cropPadding: 2 } })) b.push(x);
      expect(a).toEqual(b);
    }
  });

  it('skips a file with damaged pixel data and reports it once, while training goes on', async () => {
    const ds = await open();
    expect(ds.skipped).toEqual([]);
    const inTrain = Array.from({ length: ds.splits.train.size }, (_, i) => ds.splits.train.describe(i).path).includes(damaged);
    const sizes = { train: ds.splits.train.size, val: ds.splits.val.size, test: ds.splits.test.size };
    for (let e = 1; e <= 3; e++) {
      const { n } = await epoch(ds.splits.train, e);
      expect(n).toBe(sizes.train - (inTrain ? 1 : 0));
      let held = 0;
      for (const s of [ds.splits.val, ds.splits.test]) for await (const b of s.batches(4)) held += b.n;
      expect(held).toBe(sizes.val + sizes.test - (inTrain ? 0 : 1));
    }
    expect(ds.skipped).toEqual([{
      path: damaged, code: 'data.skip.corrupt', params: { whileTraining: 1 },
      reason: 'became unreadable while training: not a readable image: corrupt or truncated data',
    }]);
    expect(decodedPaths().filter((p) => p === damaged)).toHaveLength(1);
  });

  it('keeps what a cancelled epoch decoded and decodes the rest later, each file once', async () => {
    const ds = await open({ concurrency: 2 });
    const it = ds.splits.train.batches(5, { shuffle: true, seed: 3 })[Symbol.asyncIterator]();
    await it.next();
    await it.return?.(); // a run stopped after its first batch
    const partly = decodes.mock.calls.length;
    expect(partly).toBeLessThan(ds.splits.train.size);
    await drain(); // decodes in flight when the epoch was abandoned finish into the pool
    const { n } = await epoch(ds.splits.train, 4);
    expect(n + ds.skipped.length).toBe(ds.splits.train.size);
    const paths = decodedPaths();
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('decodes the input statistics\' images first, and the first epoch\'s first batch is among them', async () => {
    const ds = await open();
    const seed = 3;
    await computeNormalization(ds.splits.train, 3, seed);
    await drain();
    // Decodes start in the order asked (the statistics' order); one file may be the damaged one.
    const decoded = new Set(decodedPaths().slice(0, 9));
    const it = ds.splits.train.batches(8, { shuffle: true, seed: epochSeed(seed, 1) })[Symbol.asyncIterator]();
    const first = (await it.next()).value as Batch;
    await it.return?.();
    const paths = Array.from(first.indices, (i) => ds.splits.train.describe(i).path!);
    for (const p of paths) expect(decoded).toContain(p);
  });

  it('stops opening when its signal is aborted, before anything is decoded', async () => {
    const controller = new AbortController();
    const opening = open({ signal: controller.signal, onProgress: (p) => p.phase === 'check' && p.done === 5 && controller.abort(new Error('stopped')) });
    await expect(opening).rejects.toThrow('stopped');
    expect(decodes).not.toHaveBeenCalled();
  });
});

describe('fillingPool', () => {
  /** A decode whose results the test releases by hand. */
  function manualDecode() {
    const started: number[] = [];
    const waiting = new Map<number, { done: (x: Float32Array) => void; fail: (e: unknown) => void }>();
    let running = 0;
    let mostRunning = 0;
    const decode = (i: number) => {
      started.push(i);
      running++;
      mostRunning = Math.max(mostRunning, running);
      return new Promise<Float32Array>((done, fail) => waiting.set(i, {
        done: (x) => { running--; done(x); },
        fail: (e) => { running--; fail(e); },
      }));
    };
    const tick = () => new Promise((r) => setTimeout(r, 0));
    return { decode, started, waiting, tick, most: () => mostRunning };
  }

  it('shares one decode between concurrent loads of one index', async () => {
    const m = manualDecode();
    const pool = fillingPool(3, 2, m.decode, 2);
    const loads = [pool.load(1), pool.load(1), pool.load(1)];
    await m.tick();
    expect(m.started).toEqual([1]);
    m.waiting.get(1)!.done(Float32Array.of(7, 8));
    const got = await Promise.all(loads);
    for (const x of got) expect([...x]).toEqual([7, 8]);
    expect([...(await pool.load(1))]).toEqual([7, 8]);
    expect(m.started).toEqual([1]);
  });

  it('runs at most `concurrency` decodes at once, whoever asks', async () => {
    const m = manualDecode();
    const pool = fillingPool(6, 1, m.decode, 2);
    const loads = [0, 1, 2, 3, 4, 5].map((i) => pool.load(i));
    for (let k = 0; k < 6; k++) {
      await m.tick();
      expect(m.started).toHaveLength(Math.min(6, k + 2)); // one more starts as each one finishes
      m.waiting.get(m.started[k])!.done(Float32Array.of(m.started[k]));
    }
    expect((await Promise.all(loads)).map((x) => x[0])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(m.most()).toBe(2);
  });

  it('serves a split whose images are all in memory without loading, while other images are still unloaded', async () => {
    const pool = fillingPool(6, 1, async (i) => Float32Array.of(i / 10), 2);
    const loads = vi.spyOn(pool, 'load');
    const split = new PoolSplit('train', Int32Array.of(4, 0, 2), {
      pool, poolLabels: Int32Array.of(0, 1, 0, 1, 0, 1), classes: ['a', 'b'], input: [1, 1, 1], pathOf: () => undefined, onLoadFailure: () => {}, concurrency: 2,
    });
    const epoch = async () => {
      const xs: number[] = [];
      for await (const b of split.batches(2)) xs.push(...b.x);
      return xs;
    };
    const first = await epoch();
    expect(loads).toHaveBeenCalledTimes(3);
    expect(await epoch()).toEqual(first);
    expect(loads).toHaveBeenCalledTimes(3);
    expect(first).toEqual([0.4, 0, 0.2].map(Math.fround));
  });

  it('remembers a failed decode, and offers a view of the images loaded or failed', async () => {
    const m = manualDecode();
    const pool = fillingPool(2, 1, m.decode, 4);
    const both = Int32Array.of(0, 1);
    expect(viewOfAll(pool, both)).toBeUndefined();
    const a = pool.load(0);
    const b = pool.load(1).catch((e: unknown) => e);
    await m.tick();
    m.waiting.get(0)!.done(Float32Array.of(5));
    await a;
    expect(viewOfAll(pool, Int32Array.of(0))).toBe(pool.view);
    expect(viewOfAll(pool, both)).toBeUndefined();
    const broken = new Error('damaged');
    m.waiting.get(1)!.fail(broken);
    expect(await b).toBe(broken);
    await expect(pool.load(1)).rejects.toBe(broken);
    expect(m.started).toEqual([0, 1]);
    expect(viewOfAll(pool, both)).toBe(pool.view);
    expect([...pool.view!(0)]).toEqual([5]);
    expect(() => pool.view!(1)).toThrow(broken);
    expect(() => pool.load(2)).toThrow(RangeError);
  });
});
