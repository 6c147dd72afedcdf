/**
 * Ceil-mode pooling (PyTorch's ceil_mode=True), which tfjs lacks, built by LayerLoom from crops, pools and
 * concatenations: shapes and values equal PyTorch's F.max_pool2d / F.avg_pool2d(ceil_mode=True) on inputs with
 * negative values (a −inf or zero padding would show), for sizes that tile, leave one extra row or column, or
 * both, and for pools smaller than their stride; training steps through it. Skips the PyTorch comparison,
 * saying why once, where PyTorch is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getBlock } from '../../src/graph/blocks/index';
import { withDefaults } from '../../src/graph/params';
import type { Shape } from '../../src/graph/types';

const PYTHON = process.env.LAYERLOOM_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const hasTorch = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0;
if (!hasTorch) console.log(`ceil-mode pooling: PyTorch comparison skipped: ${PYTHON} cannot import torch (apt-get install python3-torch)`);

interface Case { kind: 'max' | 'avg'; pool: number; stride: number; shape: [number, number, number, number] }

const CASES: Case[] = [
  { kind: 'max', pool: 3, stride: 2, shape: [2, 8, 8, 3] }, // 3 → 4 rows and columns
  { kind: 'max', pool: 3, stride: 2, shape: [1, 9, 8, 2] }, // rows tile (4), columns gain one
  { kind: 'avg', pool: 3, stride: 2, shape: [1, 8, 9, 2] }, // columns tile, rows gain one
  { kind: 'avg', pool: 2, stride: 2, shape: [2, 7, 5, 1] }, // both gain one: a 1×1 corner window
  { kind: 'max', pool: 2, stride: 3, shape: [1, 7, 6, 2] }, // pool < stride: 7 gains a 1-pixel window, 6 does not (it would start past the end)
  { kind: 'avg', pool: 2, stride: 3, shape: [1, 8, 7, 1] },
  { kind: 'max', pool: 3, stride: 3, shape: [1, 12, 11, 2] },
  { kind: 'avg', pool: 4, stride: 2, shape: [1, 9, 10, 2] },
];

function values(n: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1.5; // mostly negative: a zero- or −inf-padded max would differ
  });
}

/** The catalog's block alone, built as the compiler builds it. */
function run(c: Case, x: number[]): { shape: Shape; out: Float32Array; layers: string[] } {
  const kind = c.kind === 'max' ? 'MaxPool2D' : 'AvgPool2D';
  const def = getBlock(kind)!;
  const params = withDefaults(def.params, { pool: c.pool, stride: c.stride, padding: 'valid', ceilMode: true });
  const input = c.shape.slice(1);
  const shape = def.inferShape(params, [input]);
  const xi = tf.input({ shape: input });
  const y = def.toTfjs(params, [xi], { tf, name: 'p', inputShapes: [input], outputShape: shape });
  const model = tf.model({ inputs: xi, outputs: y });
  const out = tf.tidy(() => (model.predict(tf.tensor(x, c.shape)) as tf.Tensor).dataSync() as Float32Array);
  expect(y.shape.slice(1)).toEqual([...shape]);
  const layers = model.layers.map((l) => l.getClassName());
  model.dispose();
  return { shape, out, layers };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('ceil-mode pooling', () => {
  it('adds a row or column only where PyTorch does, and uses only standard layers (models reload anywhere)', () => {
    const shape = (c: Case) => run(c, values(c.shape.reduce((a, b) => a * b, 1), 1)).shape;
    expect(shape(CASES[0])).toEqual([4, 4, 3]);
    expect(shape(CASES[1])).toEqual([4, 4, 2]);
    expect(shape(CASES[4])).toEqual([3, 2, 2]);
    const { layers } = run(CASES[3], values(70, 2));
    expect(new Set(layers)).toEqual(new Set(['InputLayer', 'AveragePooling2D', 'Cropping2D', 'Concatenate']));
  });

  it('trains: gradients flow through the crops and joins to every input pixel of a window', () => {
    const def = getBlock('AvgPool2D')!;
    const params = withDefaults(def.params, { pool: 2, stride: 2, ceilMode: true });
    const xi = tf.input({ shape: [5, 5, 1] });
    const y = def.toTfjs(params, [xi], { tf, name: 'p', inputShapes: [[5, 5, 1]], outputShape: [3, 3, 1] });
    const model = tf.model({ inputs: xi, outputs: y });
    const g = tf.tidy(() => tf.grad((x: tf.Tensor) => (model.apply(x) as tf.Tensor).sum())(tf.ones([1, 5, 5, 1])).dataSync());
    // Full windows spread 1/4 to each pixel; the last row and column's windows 1/2; the corner pixel is its window.
    expect(Array.from(g.slice(0, 5))).toEqual([0.25, 0.25, 0.25, 0.25, 0.5]);
    expect(g[24]).toBe(1);
    model.dispose();
  });

  it.skipIf(!hasTorch)('equals PyTorch\'s ceil_mode=True on every case', () => {
    const inputs = CASES.map((c, i) => values(c.shape.reduce((a, b) => a * b, 1), 10 + i));
    const dir = mkdtempSync(join(tmpdir(), 'layerloom-ceil-'));
    const file = join(dir, 'cases.json');
    writeFileSync(file, JSON.stringify(CASES.map((c, i) => ({ ...c, input: inputs[i] }))));
    const py = spawnSync(PYTHON, [join(import.meta.dirname, 'torch_pool.py'), file], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(py.stderr).toBe('');
    const torch = JSON.parse(py.stdout) as { outputs: number[][]; shapes: number[][] };
    CASES.forEach((c, i) => {
      const { shape, out } = run(c, inputs[i]);
      expect([c.shape[0], ...shape], `${c.kind} ${c.pool}/${c.stride} on ${c.shape}`).toEqual(torch.shapes[i]);
      let worst = 0;
      torch.outputs[i].forEach((v, j) => { worst = Math.max(worst, Math.abs(v - out[j])); });
      expect(worst, `${c.kind} ${c.pool}/${c.stride} on ${c.shape}: largest difference`).toBeLessThan(1e-6);
    });
  });
});
