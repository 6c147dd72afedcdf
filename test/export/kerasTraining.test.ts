/**
 * The exported Keras training script, as far as it runs here (Keras and TensorFlow cannot be installed: the strict
 * Keras 3 stand-in, test/export/fake_keras, stands in for them and computes nothing):
 * - --help gives the project's training settings as defaults;
 * - its training batches are the app's, batch for batch: the same images in the same order, the same augmentation
 *   (flip, crop, brightness/contrast) for epochs 1 and 2, the same labels; the same input statistics;
 * - LayerLoom's initial weights (truncated normal, Glorot's spread with tfjs's fans);
 * - the weights a Keras model holds are written as LayerLoom's model.json + weights.bin: a run rewritten so predicts
 *   exactly what it predicted.
 * Not checked here: model.fit, predict and tf.distribute themselves (no TensorFlow).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/data/index';
import { exportKeras } from '../../src/export/keras';
import type { Project } from '../../src/graph/projectFile';
import { computeNormalization } from '../../src/train/normalization';
import { augmentOptions } from '../../src/train/sessionSetup';
import { makeMessyImageFolder } from '../data/fixtures';
import { missingTools, PYTHON } from '../helpers/tools';

const missing = missingTools('PIL', 'numpy');
const dir = mkdtempSync(join(tmpdir(), 'layerloom-keras-training-'));
const root = join(dir, 'photos');
const AUGMENT = { flip: true, crop: true, brightness: true };
const SEED = 4;
const BATCH = 5;
const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/layerloom.js', ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });

interface Output { help: string; batches: Record<string, [number[], number[]][]>; statistics: [number[], number[]]; init: [number, number, number][] }
let out: Output;
let images: string[];
const run = join(dir, 'run');
const rewritten = join(dir, 'rewritten');

describe.skipIf(!!missing)('the exported Keras training script on the Keras stand-in, against the app', () => {
  beforeAll(async () => {
    await makeMessyImageFolder(root, 8);
    const trained = cli('train', '--template', 'lenet5', '--data', root, '--epochs', '1', '--out', run, '--backend', 'wasm');
    if (trained.status !== 0) throw new Error(`layerloom train failed:\n${trained.stderr}`);
    cpSync(run, rewritten, { recursive: true });
    const project = JSON.parse(readFileSync(join(run, 'project.layerloom.json'), 'utf8')) as Project;
    const training = { ...project.training, augment: AUGMENT, batchSize: BATCH, learningRate: 0.02 };
    writeFileSync(join(dir, 'model.py'), exportKeras(project.graph, { name: 'lenet5', training }));
    const exported = cli('export', '--weights', run, '--to', 'keras', '--out', join(dir, 'weights.py'));
    if (exported.status !== 0) throw new Error(`layerloom export failed:\n${exported.stderr}`);
    const job = { module: join(dir, 'model.py'), root, seed: SEED, batch: BATCH, augment: AUGMENT, weights: join(dir, 'weights.safetensors'), run_copy: rewritten };
    writeFileSync(join(dir, 'job.json'), JSON.stringify(job));
    const py = spawnSync(PYTHON, [join(import.meta.dirname, 'check_keras_training.py'), join(dir, 'job.json')], {
      encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, PYTHONPATH: join(import.meta.dirname, 'fake_keras') },
    });
    if (py.status !== 0) throw new Error(`check_keras_training.py failed:\n${py.stderr}`);
    out = JSON.parse(py.stdout) as Output;
    const evaluation = JSON.parse(readFileSync(join(run, 'evaluation.json'), 'utf8')) as { mistakes: { path: string }[] };
    const dataset = await openDataset({ source: { folder: root }, input: [28, 28, 1], seed: 1 });
    images = Array.from({ length: dataset.splits.test.size }, (_, i) => dataset.splits.test.describe(i).path!).concat(evaluation.mistakes.map((m) => m.path));
  }, 300_000);

  it('says the project\'s settings as its defaults', () => {
    const text = out.help.replace(/\s+/g, ' ');
    for (const s of ['--lr LR base learning rate (default: 0.02)', '--batch BATCH images per batch (split over the GPUs) (default: 5)', '(default: adam)', '(default: cosine)', 'only the chief writes the run']) {
      expect(text).toContain(s);
    }
  });

  it('makes the app\'s training batches: same images, order, labels and augmentation, epochs 1 and 2', async () => {
    const dataset = await openDataset({ source: { folder: root }, input: [28, 28, 1], seed: SEED });
    for (const epoch of [1, 2]) {
      const app: { y: number[]; x: Float32Array }[] = [];
      for await (const b of dataset.splits.train.batches(BATCH, { shuffle: true, seed: SEED * 1000 + epoch, augment: augmentOptions(AUGMENT, [28, 28, 1]) })) {
        app.push({ y: Array.from(b.y), x: b.x });
      }
      const mine = out.batches[String(epoch)];
      expect(mine.map(([y]) => y)).toEqual(app.map((b) => b.y));
      let worst = 0;
      mine.forEach(([, x], k) => x.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - app[k].x[j])))));
      expect(worst, `epoch ${epoch}`).toBeLessThan(1e-6);
    }
    const stats = await computeNormalization(dataset.splits.train, 1, SEED);
    expect(Math.abs(out.statistics[0][0] - stats.mean[0])).toBeLessThan(1e-9);
    expect(Math.abs(out.statistics[1][0] - stats.std[0])).toBeLessThan(1e-9);
  });

  it('starts from LayerLoom\'s initial weights: Glorot\'s spread, truncated at two standard deviations', () => {
    expect(out.init.length).toBeGreaterThanOrEqual(4);
    for (const [std, glorot, max] of out.init) {
      // A normal truncated at ±2σ has 0.88σ; the smallest kernel here has 150 values.
      expect(std / glorot).toBeGreaterThan(0.7);
      expect(std / glorot).toBeLessThan(1.05);
      expect(max).toBeLessThanOrEqual(2 * glorot + 1e-7);
    }
  });

  it('writes a Keras model\'s weights as a LayerLoom run\'s: the rewritten run predicts exactly what the run did', () => {
    const a = cli('predict', run, ...images, '--json', '--top', '3');
    const b = cli('predict', rewritten, ...images, '--json', '--top', '3');
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(readFileSync(join(rewritten, 'weights.bin')).equals(readFileSync(join(run, 'weights.bin')))).toBe(true);
  });
});
