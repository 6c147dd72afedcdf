/**
 * The exported data pipeline and training script: LayerLoomPreprocess (PIL) gives the pixels LayerLoom's
 * own decoding (sharp) gives, for every resize mode, 1 and 3 channels, transparent and grey images; a run
 * trained by `layerloom train` and exported with its weights predicts what `layerloom predict` predicts on
 * the same files; and `python model.py DATA_DIR` trains an epoch and saves (a stand-in
 * torchvision.ImageFolder, since Debian's python3-torch has no torchvision).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPyTorch } from '../../src/export/pytorch';
import { decodeFileOrReason } from '../../src/data/decode';
import type { InputShape, ResizeMode } from '../../src/data/types';
import { getTemplate } from '../../src/graph/templates/index';

const PYTHON = process.env.LAYERLOOM_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const dir = mkdtempSync(join(tmpdir(), 'layerloom-pipeline-'));

/** A smooth test picture (gradients and a disc), so resampling kernels agree closely; `alpha` adds a transparent band. */
async function picture(path: string, w: number, h: number, channels: 1 | 3 | 4): Promise<void> {
  const data = Buffer.alloc(w * h * channels);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const disc = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (Math.min(w, h) / 3) ** 2 ? 60 : 0;
      const px = [Math.round((200 * x) / w) + disc / 2, Math.round((220 * y) / h), 180 - disc, x < w / 3 ? 90 : 255];
      for (let k = 0; k < channels; k++) data[(y * w + x) * channels + k] = channels === 1 ? px[1] : px[k];
    }
  }
  await sharp(data, { raw: { width: w, height: h, channels } }).png().toFile(path);
}

const IMAGES: [string, number, number, 1 | 3 | 4][] = [['wide-rgba.png', 96, 60, 4], ['tall-rgb.png', 50, 90, 3], ['grey.png', 64, 64, 1]];
const MODES: ResizeMode[] = ['stretch', 'crop', 'letterbox'];
const INPUTS: InputShape[] = [[32, 32, 3], [28, 28, 1], [24, 40, 3]];
const cases = IMAGES.flatMap(([image]) => MODES.flatMap((resize) => INPUTS.map((input) => ({ image, resize, input }))));
const results: { maxAbsDiff: number; meanAbsDiff: number; standardiseError: number; shape: number[]; error?: string }[] = [];
let training: { status: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  for (const [name, w, h, c] of IMAGES) await picture(join(dir, name), w, h, c);
  const file = join(dir, 'lenet.py');
  writeFileSync(file, exportPyTorch(getTemplate('lenet5')!.build(), { name: 'lenet5' }).code);
  const jobs = [];
  for (const [i, { image, resize, input }] of cases.entries()) {
    const expected = join(dir, `expected-${i}.bin`);
    const pixels = await decodeFileOrReason(join(dir, image), input, resize);
    writeFileSync(expected, Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength));
    const [mean, std] = input[2] === 1 ? [[0.45], [0.3]] : [[0.5, 0.4, 0.3], [0.25, 0.2, 0.3]];
    jobs.push({ file, image: join(dir, image), input, resize, expected, mean, std });
  }
  writeFileSync(join(dir, 'jobs.json'), JSON.stringify(jobs));
  const py = spawnSync(PYTHON, [join(import.meta.dirname, 'check_preprocess.py'), join(dir, 'jobs.json')], { encoding: 'utf8' });
  if (py.status !== 0) throw new Error(`check_preprocess.py failed (python3-torch and python3-pil installed?):\n${py.stderr}`);
  results.push(...(JSON.parse(py.stdout) as { results: typeof results }).results);
  console.log('preprocess: max |Δ| per case', results.map((r) => r.maxAbsDiff?.toFixed(4)).join(' '));

  // A tiny image folder, three classes, and one epoch of the exported training script.
  const data = join(dir, 'data');
  for (const cls of ['circle', 'square', 'triangle']) {
    mkdirSync(join(data, cls), { recursive: true });
    for (let k = 0; k < 3; k++) await picture(join(data, cls, `${k}.png`), 30 + 7 * k, 40, k === 0 ? 4 : 3);
  }
  training = spawnSync(PYTHON, [file, data, '--epochs', '1', '--batch', '4', '--save', join(dir, 'trained.pt')], {
    encoding: 'utf8', env: { ...process.env, PYTHONPATH: join(import.meta.dirname, 'fake_torchvision') },
  });
}, 180_000);

describe('exported preprocessing', () => {
  it.each(cases.map((c, i) => [c.image, c.resize, c.input.join('×'), i] as const))('%s, %s, %s: PIL gives LayerLoom\'s pixels', (_image, _resize, _input, i) => {
    const r = results[i];
    expect(r.error).toBeUndefined();
    // Same geometry, alpha, channel conversion and scale; only the two Lanczos-3 implementations (libvips, PIL)
    // round differently (measured: at most 0.043, mostly 1/255).
    expect(r.meanAbsDiff).toBeLessThan(0.005);
    expect(r.maxAbsDiff).toBeLessThan(0.06);
    // Then LayerLoom's input standardisation, per channel.
    expect(r.standardiseError).toBeLessThan(1e-5);
  });
});

describe('a LayerLoom run, exported', () => {
  it('gives `layerloom predict`\'s probabilities on the same image files (train → export --weights → PyTorch)', () => {
    const run = join(dir, 'run');
    const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/layerloom.js', ...args], { encoding: 'utf8' });
    const train = cli('train', '--template', 'lenet5', '--data', 'synthetic', '--epochs', '1', '--limit', '48', '--out', run);
    expect(train.status, train.stderr).toBe(0);
    const exported = cli('export', '--weights', run, '--to', 'pytorch', '--out', join(dir, 'run_model.py'));
    expect(exported.status, exported.stderr).toBe(0);
    const images = IMAGES.map(([name]) => join(dir, name));
    const predicted = cli('predict', run, ...images, '--json', '--top', '3');
    expect(predicted.status, predicted.stderr).toBe(0);
    const layerloom = predicted.stdout.trim().split('\n').map((l) => JSON.parse(l) as { top?: { label: string; probability: number }[] })
      .filter((l) => l.top).map((l) => Object.fromEntries(l.top!.map((t) => [t.label, t.probability])));
    const py = spawnSync(PYTHON, ['-c', `
import importlib.util, json, sys
from PIL import Image
spec = importlib.util.spec_from_file_location("run_model", sys.argv[1])
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
net = m.load_layerloom_weights(m.MODEL_CLASS(), sys.argv[2])
pre = m.LayerLoomPreprocess()
out = [dict(zip(m.CLASS_NAMES, m.predict(net, pre(Image.open(p)).unsqueeze(0))[0].tolist())) for p in sys.argv[3:]]
print(json.dumps(out))`, join(dir, 'run_model.py'), join(dir, 'run_model.safetensors'), ...images], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    const torch = JSON.parse(py.stdout) as Record<string, number>[];
    expect(layerloom).toHaveLength(images.length);
    // Only the two Lanczos-3 resamplers differ; everything after the pixels is the same arithmetic.
    layerloom.forEach((probs, i) => Object.entries(probs).forEach(([label, p]) => expect(Math.abs(torch[i][label] - p)).toBeLessThan(2e-3)));
  }, 120_000);
});

describe('exported training script', () => {
  it('trains an epoch on an image folder and saves the weights with the standardisation and classes', () => {
    expect(training.stderr).toBe('');
    expect(training.status).toBe(0);
    expect(training.stdout).toMatch(/epoch 1\/1: loss \d+\.\d+, accuracy \d\.\d+/);
    expect(training.stdout).toContain('classes: circle, square, triangle');
    // No run: the script estimates the standardisation from the images, as LayerLoom does.
    expect(training.stdout).toMatch(/input standardisation: mean \[0\.\d+\], std \[0\.\d+\]/);
    expect(existsSync(join(dir, 'trained.pt'))).toBe(true);
  });
});
