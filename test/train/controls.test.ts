import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Dataset, DataSplit } from '../../src/data/index';
import type { Batch } from '../../src/data/types';
import { trainEventSchema } from '../../src/protocol/trainSchemas';
import { evaluateSplit } from '../../src/train/evaluate';
import { loadRunModel } from '../../src/train/runFolder';
import type { SessionEvent } from '../../src/train/events';
import { TrainingSession, type SessionOptions } from '../../src/train/session';
import { cpuBackend, tempDir, tinyData, tinyProject } from './helpers';

async function setup(training: Parameters<typeof tinyProject>[0] = {}, extra: Partial<SessionOptions> = {}) {
  const parent = await tempDir();
  const out = join(parent, 'run');
  const s = new TrainingSession({ project: tinyProject(training), data: await tinyData(), outDir: out, tf, backendChoice: await cpuBackend(), ...extra });
  const events: SessionEvent[] = [];
  s.on((e) => events.push(e));
  return { s, events, out, parent };
}

/** A folder of 3 classes × 10 small PNGs (dark, middle, light). */
async function imageFolder(): Promise<string> {
  const root = join(await tempDir('layerloom-folder-'), 'data');
  for (const [k, name] of ['dark', 'mid', 'light'].entries()) {
    await mkdir(join(root, name), { recursive: true });
    for (let i = 0; i < 10; i++) {
      const px = Buffer.alloc(16 * 16, 40 + k * 80 + i);
      await writeFile(join(root, name, `${i}.png`), await sharp(px, { raw: { width: 16, height: 16, channels: 1 } }).png().toBuffer());
    }
  }
  return root;
}

/** The dataset with its training batches passed through `change(batch, pass, index)` (pass and index 1-based). */
function withTrainBatches(ds: Dataset, change: (batch: Batch, pass: number, index: number) => Batch): Dataset {
  const source = ds.splits.train;
  let passes = 0;
  const train: DataSplit = {
    ...source,
    name: 'train', size: source.size, labels: source.labels,
    get: (i) => source.get(i),
    describe: (i) => source.describe(i),
    async *batches(size, options) {
      const pass = ++passes;
      let index = 0;
      for await (const batch of source.batches(size, options)) yield change(batch, pass, ++index);
    },
  };
  return { ...ds, splits: { ...ds.splits, train } };
}

/**
 * The tiny dataset whose training labels turn wrong (each class named as the next) from the third pass
 * over the training split on (the first pass is the input statistics): the validation loss gets worse
 * after the first epochs, so the best epoch is not the last.
 */
function withLabelsTurningWrong(ds: Dataset): Dataset {
  const k = ds.classes.length;
  return withTrainBatches(ds, (batch, pass) => (pass >= 3 ? { ...batch, y: batch.y.map((y) => (y + 1) % k) } : batch));
}

/** The tiny dataset with NaN pixels in the second training batch of every epoch. */
function withNaNBatch(ds: Dataset): Dataset {
  return withTrainBatches(ds, (batch, _pass, index) => (index === 2 ? { ...batch, x: new Float32Array(batch.x.length).fill(NaN) } : batch));
}

describe('session controls', () => {
  it('pause holds training between batches; resume continues to done', async () => {
    const { s, events } = await setup({ epochs: 1 });
    let pausedAt = -1;
    s.on((e) => {
      if (e.type === 'batch' && e.batch === 1) {
        s.pause();
        pausedAt = events.length;
      }
    });
    const running = s.run();
    // The session says when the pause has begun (after the batch that was training); nothing trains after.
    await expect.poll(() => events.some((e) => e.type === 'state'), { timeout: 30_000 }).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(s.paused).toBe(true);
    // Nothing trains while paused; the session only says that the pause has begun.
    expect(events.slice(pausedAt)).toEqual([{ type: 'state', sessionId: s.id, state: 'paused' }]);
    s.resume();
    expect((await running).type).toBe('done');
    expect(events[pausedAt + 1]).toEqual({ type: 'state', sessionId: s.id, state: 'running' });
    expect(events.filter((e) => e.type === 'batch').length).toBeGreaterThan(1);
  });

  it('stop during epoch 2 keeps epoch 1 as the run; stop during epoch 1 leaves no folder', async () => {
    const a = await setup({ epochs: 3 });
    a.s.on((e) => { if (e.type === 'batch' && e.epoch === 2) a.s.stop(); });
    const final = await a.s.run();
    expect(final).toMatchObject({ type: 'cancelled', epoch: 1, runDir: a.out });
    const files = await readdir(a.out);
    expect(files).toEqual(expect.arrayContaining(['model.json', 'weights.bin', 'history.json', 'meta.json', 'labels.json']));
    expect(JSON.parse(await readFile(join(a.out, 'meta.json'), 'utf8')).status).toBe('cancelled');

    const b = await setup({ epochs: 3 });
    b.s.on((e) => { if (e.type === 'batch' && e.batch === 1) b.s.stop(); });
    expect(await b.s.run()).toMatchObject({ type: 'cancelled', epoch: 0, runDir: null });
    expect(await readdir(b.parent)).toEqual([]);
  });

  it('stop while paused ends the run', async () => {
    const { s } = await setup({ epochs: 2 });
    s.on((e) => { if (e.type === 'batch' && e.batch === 1) s.pause(); });
    const running = s.run();
    await new Promise((r) => setTimeout(r, 200));
    s.stop();
    expect((await running).type).toBe('cancelled');
  });

  it('a NaN loss stops the run saying where and what to try, and leaves no folder', async () => {
    const { s, parent } = await setup({ epochs: 2 }, { data: withNaNBatch(await tinyData()) });
    const final = await s.run();
    expect(final.type).toBe('error');
    if (final.type !== 'error') return;
    expect(final.message).toContain('loss became NaN at epoch 1, batch 2 of');
    expect(final.hint).toMatch(/learning rate.*BatchNorm.*data/s);
    expect(final.where).toBe('train');
    expect(await readdir(parent)).toEqual([]);
  });

  it('an existing --out folder is an error before training starts', async () => {
    const { s, out, events } = await setup({ epochs: 1 });
    await (await import('node:fs/promises')).mkdir(out);
    const final = await s.run();
    expect(final).toMatchObject({ type: 'error', where: 'save' });
    expect(events.some((e) => e.type === 'started')).toBe(false);
    expect(await readdir(dirname(out))).toEqual(['run']);
  });

  it('reports checking progress before started; stop while the folder is opening cancels and writes nothing', async () => {
    const folder = await imageFolder();
    const a = await setup({ epochs: 1, data: folder }, { data: undefined });
    expect((await a.s.run()).type).toBe('done');
    const checking = a.events.filter((e) => e.type === 'preparing' && e.stage === 'data' && e.total === 30);
    expect(checking.length).toBeGreaterThan(1);
    expect(checking.at(-1)).toMatchObject({ done: 30, total: 30 });
    expect(checking.some((e) => e.type === 'preparing' && e.message?.startsWith('checking the image files'))).toBe(true);
    for (const e of a.events) expect(() => trainEventSchema.parse(e), e.type).not.toThrow();

    const b = await setup({ epochs: 1, data: folder }, { data: undefined });
    b.s.on((e) => { if (e.type === 'preparing' && e.stage === 'data' && e.total) b.s.stop(); });
    expect(await b.s.run()).toMatchObject({ type: 'cancelled', epoch: 0, runDir: null });
    expect(b.events.some((e) => e.type === 'started')).toBe(false);
    // Stopped mid-way: the check never reached the last file.
    expect(b.events.some((e) => e.type === 'preparing' && e.message?.startsWith('checking') && e.done === 30)).toBe(false);
    expect(await readdir(b.parent)).toEqual([]);
  });

  it('early stopping keeps the best validation epoch\'s weights: checkpoint, final model, evaluation and history agree', async () => {
    const { s, out, events } = await setup({ epochs: 8, earlyStoppingPatience: 2, optimizer: 'adam', learningRate: 0.02, batchSize: 8 }, { data: withLabelsTurningWrong(await tinyData()) });
    const final = await s.run();
    expect(final).toMatchObject({ type: 'done', stoppedEarly: true });
    const valLosses = s.history.map((h) => h.valLoss!);
    const bestEpoch = valLosses.indexOf(Math.min(...valLosses)) + 1;
    expect(bestEpoch).toBeLessThan(s.history.length);
    expect(s.history.length).toBe(bestEpoch + 2);
    expect(final).toMatchObject({ bestEpoch, weightsFromEpoch: bestEpoch });
    expect(events.filter((e) => e.type === 'epoch' && e.best).map((e) => e.type === 'epoch' && e.epoch)).toContain(bestEpoch);

    const read = async (f: string) => JSON.parse(await readFile(join(out, f), 'utf8'));
    const history = await read('history.json');
    expect(history.filter((h: { best: boolean }) => h.best).map((h: { epoch: number }) => h.epoch)).toEqual([bestEpoch]);
    expect(await read('meta.json')).toMatchObject({ status: 'complete', bestEpoch, weightsFromEpoch: bestEpoch });
    for (const e of events) expect(() => trainEventSchema.parse(e), e.type).not.toThrow();

    // The saved model gives the best epoch's validation loss, not the last's.
    const data = await tinyData();
    const options = { classes: data.classes, fromLogits: false, normalization: s.normalization };
    const saved = await loadRunModel(tf, out);
    const fromDisk = await evaluateSplit(tf, saved, data.splits.val, options);
    expect(fromDisk.loss).toBeCloseTo(valLosses[bestEpoch - 1], 5);
    expect(fromDisk.loss).toBeLessThan(valLosses.at(-1)! - 1e-3);
    // The test evaluation (made in training, with the model in memory) was made with the best weights too.
    const test = await evaluateSplit(tf, saved, data.splits.test, options);
    saved.dispose();
    expect(await read('evaluation.json')).toMatchObject({ loss: expect.closeTo(test.loss, 5), accuracy: test.accuracy });
    expect(new Set(s.tensorCounts).size).toBe(1);
  });

  it('early stopping ends the run when the validation loss stops improving', async () => {
    const { s } = await setup({ epochs: 6, earlyStoppingPatience: 1, optimizer: 'sgd', momentum: 0, learningRate: 1e-9 });
    const final = await s.run();
    expect(final).toMatchObject({ type: 'done', stoppedEarly: true });
    expect(s.history.length).toBeLessThan(6);
  });
});
