/**
 * Does the exported PyTorch script reproduce the app's training? `npx tsx test/bench/exportParity.ts [EPOCHS] [SEEDS]`
 * writes scikit-learn's 1,797 digits as PNG files (one folder per digit), then for each seed trains LeNet-5 with
 * LayerLoom's default settings in the app (`layerloom train`, wasm) and with the exported script (one process, CPU,
 * same seed, same folder), and prints both test accuracies (same test split) and their means. Needs /usr/bin/python3
 * with torch, PIL, numpy and scikit-learn. Default: 5 epochs (the project default), seeds 1,2,3.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PYTHON } from '../helpers/tools';

const epochs = process.argv[2] ?? '5';
const seeds = (process.argv[3] ?? '1,2,3').split(',');
const dir = mkdtempSync(join(tmpdir(), 'layerloom-export-parity-'));
const data = join(dir, 'digits');
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js');

function run(command: string, args: string[], env: Record<string, string> = {}): string {
  console.log(`$ ${command === process.execPath ? 'layerloom' : command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`failed (${r.status}):\n${r.stderr}`);
  return r.stdout;
}

run(PYTHON, ['-c', `
import os, sys
import numpy as np
from PIL import Image
from sklearn.datasets import load_digits
d = load_digits()
for i, (image, label) in enumerate(zip(d.images, d.target)):
    os.makedirs(os.path.join(sys.argv[1], str(label)), exist_ok=True)
    Image.fromarray(np.round(image * 255 / 16).astype(np.uint8)).save(os.path.join(sys.argv[1], str(label), f"{i:04d}.png"))
`, data]);
run(process.execPath, [BIN, 'export', '--template', 'lenet5', '--classes', '10', '--to', 'pytorch', '--out', join(dir, 'lenet5.py')]);

const rows: { seed: string; app: number; script: number }[] = [];
let testImages = 0;
for (const seed of seeds) {
  const appRun = join(dir, `app-${seed}`);
  const scriptRun = join(dir, `script-${seed}`);
  run(process.execPath, [BIN, 'train', '--template', 'lenet5', '--data', data, '--epochs', epochs, '--seed', seed, '--backend', 'wasm', '--out', appRun]);
  run(PYTHON, [join(dir, 'lenet5.py'), data, '--epochs', epochs, '--seed', seed, '--workers', '0', '--out', scriptRun], { OMP_NUM_THREADS: '2' });
  const accuracy = (runDir: string) => (JSON.parse(readFileSync(join(runDir, 'meta.json'), 'utf8')) as { testAccuracy: number }).testAccuracy;
  const same = (runDir: string) => JSON.stringify((JSON.parse(readFileSync(join(runDir, 'evaluation.json'), 'utf8')) as { predictions: number[][] }).predictions.map((p) => p[0]));
  if (same(appRun) !== same(scriptRun)) throw new Error(`seed ${seed}: the test splits differ`);
  testImages = (JSON.parse(readFileSync(join(appRun, 'evaluation.json'), 'utf8')) as { images: number }).images;
  rows.push({ seed, app: accuracy(appRun), script: accuracy(scriptRun) });
  console.log(`seed ${seed}: test accuracy app ${accuracy(appRun).toFixed(4)}, exported PyTorch script ${accuracy(scriptRun).toFixed(4)}`);
}
const mean = (k: 'app' | 'script') => rows.reduce((s, r) => s + r[k], 0) / rows.length;
console.log(`LeNet-5 on sklearn digits (1,797 PNGs, ${testImages} test), ${epochs} epochs, LayerLoom's defaults, seeds ${seeds.join(',')}: ` +
  `app ${mean('app').toFixed(4)} [${rows.map((r) => r.app.toFixed(4)).join(', ')}], ` +
  `exported script ${mean('script').toFixed(4)} [${rows.map((r) => r.script.toFixed(4)).join(', ')}]`);
