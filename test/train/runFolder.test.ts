import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImageFile } from '../../src/data/index';
import { evaluateSplit } from '../../src/train/evaluate';
import { normalize } from '../../src/train/normalization';
import { loadRun, predictFiles, predictPixels } from '../../src/train/predict';
import { TrainingSession } from '../../src/train/session';
import { RunFolder, defaultRunDir } from '../../src/train/runFolder';
import { cpuBackend, INPUT, tempDir, tinyData, tinyGraph, tinyProject } from './helpers';

describe('run folder', () => {
  it('holds the model, project, history, labels, evaluation and meta; predict answers as the trained model did', async () => {
    const parent = await tempDir();
    const out = join(parent, 'run');
    const data = await tinyData();
    const s = new TrainingSession({ project: tinyProject({ epochs: 2 }, tinyGraph(3, false)), data, outDir: out, tf, backendChoice: await cpuBackend() });
    const final = await s.run();
    expect(final.type).toBe('done');
    expect((await readdir(parent))).toEqual(['run']);
    expect((await readdir(out)).sort()).toEqual(['evaluation.json', 'history.json', 'labels.json', 'meta.json', 'model.json', 'optimizer.bin', 'optimizer.json', 'project.layerloom.json', 'weights.bin']);
    const read = async (f: string) => JSON.parse(await readFile(join(out, f), 'utf8'));
    expect(await read('labels.json')).toEqual(data.classes);
    expect(await read('history.json')).toHaveLength(2);
    const meta = await read('meta.json');
    expect(meta.normalization.mean[0]).toBeGreaterThan(0);
    expect(meta).toMatchObject({ format: 'layerloom/run', status: 'complete', input: [...INPUT], resize: 'stretch', backend: { name: 'cpu' } });
    const evaluation = await read('evaluation.json');
    expect(evaluation.images).toBe(data.splits.test.size);
    expect(evaluation.confusion.flat().reduce((a: number, b: number) => a + b, 0)).toBe(data.splits.test.size);
    if (final.type === 'done') expect(final.testAccuracy).toBe(evaluation.accuracy);
    expect((await read('project.layerloom.json')).format).toBe('layerloom/project');

    // The saved run answers as the model did at the end of training: the test evaluation made then
    // (loss and every image's prediction) is what the saved model gives now.
    const run = await loadRun(tf, out);
    expect(run.fromLogits).toBe(true);
    const again = await evaluateSplit(tf, run.model, data.splits.test, { classes: data.classes, fromLogits: true, normalization: run.normalization });
    expect(again.loss).toBeCloseTo(evaluation.loss, 5);
    expect(again.predictions).toEqual(evaluation.predictions);
    const images = await Promise.all([0, 1, 2, 3, 4].map((i) => data.splits.test.get(i)));
    const saved = await predictPixels(tf, run, images);
    const live = tf.tidy(() => tf.softmax(run.model.predict(normalize(tf, tf.tensor4d(images.reduce((acc, im, i) => (acc.set(im, i * im.length), acc), new Float32Array(images.length * images[0].length)), [images.length, ...INPUT]), run.normalization)) as tf.Tensor).arraySync() as number[][]);
    saved.forEach((p, i) => p.forEach((v, j) => expect(v).toBeCloseTo(live[i][j], 5)));

    // And from image files, decoded as in training.
    const file = join(parent, 'sample.png');
    const img = images[0];
    await writeFile(file, await sharp(Buffer.from(img.map((v) => Math.round(v * 255))), { raw: { width: INPUT[1], height: INPUT[0], channels: 1 } }).png().toBuffer());
    const [pred] = await predictFiles(tf, run, [file], 2);
    const decoded = await decodeImageFile(file, INPUT, 'stretch');
    const expected = tf.tidy(() => tf.softmax(run.model.predict(normalize(tf, tf.tensor4d(decoded, [1, ...INPUT]), run.normalization)) as tf.Tensor).dataSync());
    expect(pred.top).toHaveLength(2);
    expect(pred.top[0].probability).toBeCloseTo(Math.max(...expected), 5);
    expect(pred.top[0].label).toBe(data.classes[expected.indexOf(Math.max(...expected))]);
    run.model.dispose();
  });

  it('a discarded staging folder leaves nothing; files are written through temporary names', async () => {
    const parent = await tempDir();
    const folder = await RunFolder.create(join(parent, 'x'));
    await folder.writeJson('a.json', { ok: true });
    const staged = await readdir(parent);
    expect(staged).toHaveLength(1);
    expect(staged[0]).toMatch(/^\.x\.partial-/);
    // The staging folder names its writer, so a folder left by a process that died can be told apart.
    expect((await readdir(folder.stagingDir)).sort()).toEqual(['.owner.json', 'a.json']);
    await folder.discard();
    expect(await readdir(parent)).toEqual([]);
  });

  it('default run folders are runs/<timestamp>-<name>', () => {
    expect(defaultRunDir('LeNet 5 / test', new Date('2026-01-02T03:04:05Z'))).toBe(join('runs', '2026-01-02T03-04-05-LeNet-5-test'));
  });

  it('loadRun names a missing folder or file', async () => {
    await expect(loadRun(tf, '/nonexistent/run')).rejects.toThrow('run folder not found: /nonexistent/run');
    const dir = await tempDir();
    await expect(loadRun(tf, dir)).rejects.toThrow(/meta\.json is missing/);
  });
});
