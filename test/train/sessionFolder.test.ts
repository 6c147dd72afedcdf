/**
 * A training run on a folder that fits in memory: its images are decoded as the run first reads them, so a
 * file whose pixel data is damaged (whole header) is found during training — and still reported once, in
 * the done event and in meta.json, while the run goes on.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { trainEventSchema } from '../../src/protocol/trainSchemas';
import type { SessionEvent } from '../../src/train/events';
import { TrainingSession } from '../../src/train/session';
import { cpuBackend, tempDir, tinyGraph, tinyProject } from './helpers';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const grey = (level: number) => sharp(Buffer.alloc(16 * 16, level), { raw: { width: 16, height: 16, channels: 1 } }).png().toBuffer();

describe('TrainingSession on an image folder', () => {
  it('reports a file found damaged while training once, in the done event and meta.json, and trains on', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const data = join(dir, 'data');
    for (const split of ['train', 'val', 'test']) {
      for (const [name, base] of [['light', 200], ['dark', 40]] as const) {
        await mkdir(join(data, split, name), { recursive: true });
        for (let i = 0; i < (split === 'train' ? 10 : 2); i++) await writeFile(join(data, split, name, `${i}.png`), await grey(base + i * 3));
      }
    }
    const whole = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 128, g: 128, b: 128 }, noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer();
    const damaged = join(data, 'train', 'dark', 'damaged.png');
    await writeFile(damaged, whole.subarray(0, Math.floor(whole.length / 2)));

    const graph = tinyGraph(2);
    const s = new TrainingSession({ project: tinyProject({ data, epochs: 3, batchSize: 4 }, graph), outDir: join(dir, 'run'), tf, backendChoice: await cpuBackend() });
    const events: SessionEvent[] = [];
    s.on((e) => events.push(e));
    const final = await s.run();
    expect(final.type, JSON.stringify(final)).toBe('done');
    if (final.type !== 'done') return;
    for (const e of events) expect(() => trainEventSchema.parse(e), e.type).not.toThrow();
    // The wait for the first images is announced, before the first batch (all 21 training files: fewer than 64).
    const statistics = events.findIndex((e) => e.type === 'preparing' && e.messageCode?.code === 'train.prep.statistics');
    const firstBatch = events.findIndex((e) => e.type === 'preparing' && e.firstBatchMs !== undefined);
    expect(statistics).toBeGreaterThan(-1);
    expect(statistics).toBeLessThan(firstBatch);
    expect(events[statistics]).toMatchObject({ stage: 'data', message: 'decoding the first 21 training images (input statistics)', messageCode: { params: { n: 21 } } });
    const reason = 'became unreadable while training: not a readable image: corrupt or truncated data';
    expect(final.skipped).toEqual([{ path: damaged, reason }]);
    // Every epoch trained: 21 training files in windows of 4, the damaged file's window one image short.
    const batches = events.filter((e) => e.type === 'batch');
    expect(batches.filter((b) => b.type === 'batch' && b.epoch === 3)).toHaveLength(6);
    // 29 files opened (headers), one found damaged while training: the run used 28.
    expect(final.images).toBe(28);
    const meta = JSON.parse(await readFile(join(final.runDir, 'meta.json'), 'utf8')) as { dataset: { skipped: number; images: number; sizes: { train: number } } };
    expect(meta.dataset).toMatchObject({ skipped: 1, images: 28, sizes: { train: 21 } });
  }, 60_000);
});
