/**
 * The exported data pipeline, under real PyTorch and torchvision, against the app:
 * - every kind of image file (grey, grey + alpha, RGB, RGBA, palette with and without transparency, tRNS colours,
 *   GIF, JPEG with and without EXIF rotation, WebP, 16-bit grey / RGB / RGBA PNG), written by PIL in sizes from 7×5
 *   to 333×250, wide and tall, read through torchvision's ImageFolder with the exported loader and preprocessing,
 *   gives the pixels LayerLoom's decoder gives, for 1 and 3 channels and every resize mode; so does the Keras
 *   export's data pipeline (numpy and PIL, run on the Keras stand-in);
 * - a run trained by `layerloom train` and exported with `--weights` predicts what `layerloom predict` predicts on
 *   those files, within 1e-5;
 * - `python model.py DATA_DIR` trains an epoch on that folder with LayerLoom's input statistics (every file kind; the
 *   training script itself: trainingScript.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFileOrReason } from '../../src/data/decode';
import { openDataset } from '../../src/data/openDataset';
import type { InputShape, ResizeMode } from '../../src/data/types';
import { exportKeras } from '../../src/export/keras';
import { exportPyTorch } from '../../src/export/pytorch';
import type { Graph } from '../../src/graph/types';
import { getTemplate } from '../../src/graph/templates/index';
import { computeNormalization } from '../../src/train/normalization';
import { missingTools, PYTHON } from '../helpers/tools';

const MODES: ResizeMode[] = ['stretch', 'crop', 'letterbox'];
/** LeNet-5 as the template has it (32×32 grey) and on a 36×44 colour input. */
const INPUTS: { input: InputShape; flag: string }[] = [{ input: [32, 32, 1], flag: '32x32x1' }, { input: [36, 44, 3], flag: '36x44x3' }];

interface JobResult { pixels: Record<string, number>; labels: Record<string, string>; classes: string[]; probabilities: Record<string, number[]> }
interface Variant { input: InputShape; resize: ResizeMode; run: string; result?: JobResult; keras?: Record<string, number>; layerloom?: Record<string, Record<string, number>> }

const missing = missingTools('torch', 'torchvision', 'PIL', 'numpy');
const dir = mkdtempSync(join(tmpdir(), 'layerloom-pipeline-'));
const root = join(dir, 'images');
const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/layerloom.js', ...args], { encoding: 'utf8' });
const kindOf = (path: string) => basename(path).split('_')[0];
const variants: Variant[] = [];
let images: string[] = [];
let appMean = NaN;
let training: { status: number | null; stdout: string; stderr: string };

describe.skipIf(!!missing)('the exported PyTorch pipeline, against the app', () => {
  beforeAll(async () => {
    const made = spawnSync(PYTHON, [join(import.meta.dirname, 'make_images.py'), root], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`make_images.py failed:\n${made.stderr}`);
    images = made.stdout.trim().split('\n');

    // Two trained runs; each is also read with the other resize modes (meta.json's `resize` is what predict and export use).
    for (const { input, flag } of INPUTS) {
      const trained = join(dir, `run-${flag}`);
      const train = cli('train', '--template', 'lenet5', '--input', flag, '--data', 'synthetic', '--epochs', '1', '--limit', '48', '--out', trained);
      if (train.status !== 0) throw new Error(`layerloom train failed:\n${train.stderr}`);
      for (const resize of MODES) {
        const run = join(dir, `run-${flag}-${resize}`);
        cpSync(trained, run, { recursive: true });
        const meta = JSON.parse(readFileSync(join(run, 'meta.json'), 'utf8')) as Record<string, unknown>;
        writeFileSync(join(run, 'meta.json'), JSON.stringify({ ...meta, resize }));
        variants.push({ input, resize, run });
      }
    }

    const jobs: { module: string; weights: string; root: string; expected: Record<string, string> }[] = [];
    for (const v of variants) {
      const exported = cli('export', '--weights', v.run, '--to', 'pytorch', '--out', join(v.run, 'model.py'));
      if (exported.status !== 0) throw new Error(`layerloom export failed:\n${exported.stderr}`);
      const predicted = cli('predict', v.run, ...images, '--json', '--top', '3');
      if (predicted.status !== 0) throw new Error(`layerloom predict failed:\n${predicted.stderr}`);
      v.layerloom = Object.fromEntries(predicted.stdout.trim().split('\n').map((l) => JSON.parse(l) as { path?: string; top?: { label: string; probability: number }[] })
        .filter((l) => l.top).map((l) => [l.path!, Object.fromEntries(l.top!.map((t) => [t.label, t.probability]))]));
      const expected: Record<string, string> = {};
      for (const [i, image] of images.entries()) {
        const pixels = await decodeFileOrReason(image, v.input, v.resize);
        expected[image] = join(v.run, `pixels-${i}.bin`);
        writeFileSync(expected[image], pixels);
      }
      jobs.push({ module: join(v.run, 'model.py'), weights: join(v.run, 'model.safetensors'), root, expected });
    }
    writeFileSync(join(dir, 'jobs.json'), JSON.stringify(jobs));
    const py = spawnSync(PYTHON, [join(import.meta.dirname, 'check_pipeline.py'), join(dir, 'jobs.json')], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (py.status !== 0) throw new Error(`check_pipeline.py failed:\n${py.stderr}`);
    (JSON.parse(py.stdout) as { jobs: JobResult[] }).jobs.forEach((r, i) => { variants[i].result = r; });

    // The Keras export of each run, its data pipeline on the Keras stand-in.
    const kerasJobs = variants.map((v, i) => {
      const module = join(v.run, 'keras_model.py');
      const project = JSON.parse(readFileSync(join(v.run, 'project.layerloom.json'), 'utf8')) as { graph: Graph };
      writeFileSync(module, exportKeras(project.graph, { name: 'lenet5', resize: v.resize }));
      return { module, root, expected: jobs[i].expected };
    });
    writeFileSync(join(dir, 'keras-jobs.json'), JSON.stringify(kerasJobs));
    const keras = spawnSync(PYTHON, [join(import.meta.dirname, 'check_keras_pixels.py'), join(dir, 'keras-jobs.json')], {
      encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, PYTHONPATH: join(import.meta.dirname, 'fake_keras') },
    });
    if (keras.status !== 0) throw new Error(`check_keras_pixels.py failed:\n${keras.stderr}`);
    (JSON.parse(keras.stdout) as { jobs: Record<string, number>[] }).jobs.forEach((r, i) => { variants[i].keras = r; });

    // The training script of a network exported without a run, on the same folder; the app's statistics of its train split.
    const file = join(dir, 'lenet.py');
    writeFileSync(file, exportPyTorch(getTemplate('lenet5')!.build({ classes: 3 }), { name: 'lenet5' }).code);
    training = spawnSync(PYTHON, [file, root, '--epochs', '1', '--batch', '16', '--workers', '0', '--out', join(dir, 'trained')], { encoding: 'utf8' });
    const dataset = await openDataset({ source: { folder: root }, input: [28, 28, 1], seed: 1 });
    appMean = (await computeNormalization(dataset.splits.train, 1, 1)).mean[0];
  }, 600_000);

  it('reads every file of the folder through ImageFolder, with its class', () => {
    for (const v of variants) {
      expect(Object.keys(v.result!.pixels).sort()).toEqual([...images].sort());
      for (const image of images) expect(v.result!.labels[image]).toBe(basename(join(image, '..')));
    }
  });

  it.each(MODES)('%s: ImageFolder + LayerLoomPreprocess give the app\'s pixels for every kind of file, 1 and 3 channels', (resize) => {
    const worst: Record<string, number> = {};
    for (const v of variants.filter((x) => x.resize === resize)) {
      for (const [path, diff] of Object.entries(v.result!.pixels)) worst[kindOf(path)] = Math.max(worst[kindOf(path)] ?? 0, diff);
    }
    console.log(`pixels, ${resize}: max |Δ| per kind`, JSON.stringify(worst));
    expect(Object.entries(worst).filter(([, d]) => !(d < 1e-6))).toEqual([]);
  });

  it.each(MODES)('%s: the Keras export\'s data pipeline (numpy, PIL) gives the app\'s pixels for every kind of file, 1 and 3 channels', (resize) => {
    const worst: Record<string, number> = {};
    for (const v of variants.filter((x) => x.resize === resize)) {
      expect(Object.keys(v.keras!).sort()).toEqual([...images].sort());
      for (const [path, diff] of Object.entries(v.keras!)) worst[kindOf(path)] = Math.max(worst[kindOf(path)] ?? 0, diff);
    }
    console.log(`Keras pixels, ${resize}: max |Δ| per kind`, JSON.stringify(worst));
    expect(Object.entries(worst).filter(([, d]) => !(d < 1e-6))).toEqual([]);
  });

  it.each(MODES)('%s: the exported model predicts `layerloom predict`\'s probabilities within 1e-5 on every file', (resize) => {
    const worst: Record<string, number> = {};
    for (const v of variants.filter((x) => x.resize === resize)) {
      const classes = v.result!.classes;
      for (const image of images) {
        const app = v.layerloom![image];
        const torch = v.result!.probabilities[image];
        expect(Object.keys(app).sort()).toEqual([...classes].sort());
        for (const [k, label] of classes.entries()) worst[kindOf(image)] = Math.max(worst[kindOf(image)] ?? 0, Math.abs(torch[k] - app[label]));
      }
    }
    console.log(`predictions, ${resize}: max |Δp| per kind`, JSON.stringify(Object.fromEntries(Object.entries(worst).map(([k, d]) => [k, Number(d.toExponential(2))]))));
    expect(Object.entries(worst).filter(([, d]) => !(d < 1e-5))).toEqual([]);
  });

  it('trains an epoch with the exported script under real torchvision, with LayerLoom\'s input statistics (transparency on white)', () => {
    expect(training.stderr).toBe('');
    expect(training.status).toBe(0);
    expect(training.stdout).toMatch(/epoch 1\/1: loss \d+\.\d+, accuracy \d\.\d+/);
    // No run: the script estimates the standardisation from the training images, as LayerLoom does.
    const meta = JSON.parse(readFileSync(join(dir, 'trained', 'meta.json'), 'utf8')) as { classes: string[]; normalization: { mean: number[] } };
    expect(meta.classes).toEqual(['alpha', 'beta', 'gamma']);
    expect(Math.abs(meta.normalization.mean[0] - appMean)).toBeLessThan(1e-9);
  });
});
