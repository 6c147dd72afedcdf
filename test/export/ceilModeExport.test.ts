/**
 * Ceil-mode pools exported: PyTorch (`ceil_mode=True`; no padding fold in ceil mode) gives tfjs's predictions
 * with the run's weights, and Keras (no ceil mode: the same crops, pools and concatenations as LayerLoom)
 * builds exactly the tfjs model's layers. Skips the PyTorch run, saying why once, where PyTorch is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../src/compile/compileGraph';
import { exportKeras } from '../../src/export/keras';
import { exportPyTorch } from '../../src/export/pytorch';
import { readRunWeights } from '../../src/export/runWeights';
import { encodeSafetensors, toTorchTensors } from '../../src/export/torchWeights';
import { GraphBuilder } from '../../src/graph/templates/graphBuilder';
import type { Graph } from '../../src/graph/types';
import { randomizeWeights, saveRunFolder } from './fixtures';

const PYTHON = process.env.LAYERLOOM_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const hasTorch = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0;
if (!hasTorch) console.log(`ceil-mode export: PyTorch run skipped: ${PYTHON} cannot import torch (apt-get install python3-torch)`);

/** Max pools over negative values (a linear conv), an average pool gaining a row and a column, one that tiles, and a pool after ReLU + zero padding. */
function ceilGraph(): Graph {
  const b = new GraphBuilder();
  b.add('inp', 'Input', { height: 15, width: 14, channels: 2 });
  b.add('c1', 'Conv2D', { filters: 4, kernel: 3, padding: 'valid', activation: 'linear' });
  b.add('mp', 'MaxPool2D', { pool: 3, stride: 2, ceilMode: true }); // 13×12 → 6×6 (floor: 6×5)
  b.add('ap', 'AvgPool2D', { pool: 2, stride: 2, ceilMode: true }); // 6×6 → 3×3, tiles
  b.add('r', 'Conv2D', { filters: 3, kernel: 1, activation: 'relu' }, 'c1');
  b.add('zp', 'ZeroPadding2D', { top: 1, bottom: 1, left: 1, right: 1 });
  b.add('mp2', 'MaxPool2D', { pool: 3, stride: 2, ceilMode: true }); // 15×14 → 7×7 (floor: 7×6)
  b.add('ap2', 'AvgPool2D', { pool: 2, stride: 2, ceilMode: true }); // 7×7 → 4×4 with a 1×1 corner
  b.add('f1', 'Flatten', {}, 'ap');
  b.add('f2', 'Flatten', {}, 'ap2');
  b.add('cat', 'Concatenate', {}, ['f1', 'f2']);
  b.add('out', 'Output', { classes: 3 });
  return b.build();
}

/** [name, class] of every `layers.X(…, name="…")` constructor in the code. */
function kerasLayers(code: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of code.matchAll(/layers\.(\w+)\(/g)) {
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (; end < code.length; end++) {
      if (code[end] === '(') depth++;
      else if (code[end] === ')' && --depth === 0) break;
    }
    const name = /name="(\w+)"$/.exec(code.slice(m.index, end));
    if (name) out.push([name[1], m[1]]);
  }
  return out;
}

let compare: { maxAbsDiff: number; sameArgmax: boolean; error?: string } | undefined;

beforeAll(async () => {
  await tf.setBackend('cpu');
  if (!hasTorch) return;
  const dir = mkdtempSync(join(tmpdir(), 'layerloom-ceil-export-'));
  const runDir = join(dir, 'run');
  mkdirSync(runDir);
  const graph = ceilGraph();
  const { model } = compileGraph(graph, tf);
  randomizeWeights(model, tf);
  await saveRunFolder(model, tf, runDir);
  const shape = [4, 15, 14, 2];
  const x = tf.randomUniform(shape, -1, 1, 'float32', 3);
  const y = model.predict(x) as tf.Tensor;
  writeFileSync(join(dir, 'x.bin'), Buffer.from((x.dataSync() as Float32Array).buffer));
  writeFileSync(join(dir, 'y.bin'), Buffer.from((y.dataSync() as Float32Array).buffer));
  tf.dispose([x, y]);
  model.dispose();
  const exported = exportPyTorch(graph, { name: 'ceil' });
  writeFileSync(join(dir, 'ceil.py'), exported.code);
  writeFileSync(join(dir, 'ceil.safetensors'), encodeSafetensors(toTorchTensors(exported.weights, await readRunWeights(runDir))));
  const job = { key: 'ceil', type: 'compare', file: join(dir, 'ceil.py'), cls: exported.className, weights: join(dir, 'ceil.safetensors'), inputs: join(dir, 'x.bin'), expected: join(dir, 'y.bin'), shape };
  writeFileSync(join(dir, 'jobs.json'), JSON.stringify([job]));
  const py = spawnSync(PYTHON, [join(import.meta.dirname, 'check_torch.py'), join(dir, 'jobs.json')], { encoding: 'utf8' });
  if (py.status !== 0) throw new Error(`check_torch.py failed:\n${py.stderr}`);
  compare = (JSON.parse(py.stdout) as { results: NonNullable<typeof compare>[] }).results[0];
}, 300_000);

describe('ceil-mode pools exported', () => {
  it('PyTorch: ceil_mode=True, the padded pool not folded into nn.MaxPool2d(padding=1)', () => {
    const code = exportPyTorch(ceilGraph(), { name: 'ceil' }).code;
    expect(code).toMatch(/F\.max_pool2d\([^\n]*, 3, 2, ceil_mode=True\)/);
    expect(code).toMatch(/F\.avg_pool2d\([^\n]*, 2, 2, ceil_mode=True\)/);
    expect(code).not.toContain('nn.MaxPool2d(');
  });

  it.skipIf(!hasTorch)('PyTorch with the run\'s weights gives tfjs\'s predictions', () => {
    expect(compare?.error).toBeUndefined();
    expect(compare!.maxAbsDiff).toBeLessThan(1e-5);
    expect(compare!.sameArgmax).toBe(true);
  });

  it('Keras: the same crops, pools and concatenations as the tfjs model, by name and class', () => {
    const code = exportKeras(ceilGraph(), { name: 'ceil' });
    const { model } = compileGraph(ceilGraph(), tf);
    try {
      const ours = (prefix: string) => model.layers.filter((l) => l.name === prefix || l.name.startsWith(`${prefix}__`)).map((l) => `${l.name}:${l.getClassName()}`).sort();
      for (const id of ['mp', 'ap', 'mp2', 'ap2']) {
        const keras = kerasLayers(code).filter(([name]) => name === id || name.startsWith(`${id}__`)).map(([name, cls]) => `${name}:${cls}`).sort();
        expect(keras, id).toEqual(ours(id));
      }
      expect(ours('ap')).toEqual(['ap:AveragePooling2D']); // it tiles: a plain pool
      expect(code).toContain('layers.Cropping2D(((6, 0), (0, 0)), name="ap2__crop_row")');
      expect(code).toContain('layers.AveragePooling2D((1, 1), strides=2, name="ap2__corner")');
    } finally {
      model.dispose();
    }
  });
});
