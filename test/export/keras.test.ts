/**
 * The Keras export: Python that compiles (`py_compile`; TensorFlow is not installable here) and whose
 * layers are exactly LayerLoom's tfjs layers, by name and class, in a valid order.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../src/compile/compileGraph';
import { exportKerasWithWeights } from '../../src/export/index';
import { exportKeras } from '../../src/export/keras';
import { TEMPLATES } from '../../src/graph/templates/index';
import type { Graph } from '../../src/graph/types';
import { missingTools, PYTHON } from '../helpers/tools';
import { everyBlockGraph, randomizeWeights, saveRunFolder } from './fixtures';

const missing = missingTools('numpy');

/** Keras class → tfjs class where the names differ. */
const TFJS_CLASS: Record<string, string> = { BatchNormalization: 'BatchNormalization', Input: 'InputLayer' };

/** The (name, class) of every layer the Keras code creates, in code order (inner calls first); keras.Model is not a layer. */
function kerasLayers(code: string): [string, string][] {
  const layers: [string, string][] = [];
  for (const line of code.split('\n')) {
    const found: [number, string, string][] = [];
    for (const m of line.matchAll(/(?:layers|keras)\.(\w+)\(/g)) {
      if (m[1] === 'Model') continue;
      // The constructor's arguments, then the call applying the layer: each up to its closing parenthesis.
      const close = (from: number) => {
        let depth = 0;
        for (let i = from; i < line.length; i++) {
          if (line[i] === '(') depth++;
          else if (line[i] === ')' && --depth === 0) return i;
        }
        return line.length;
      };
      const ctorEnd = close(m.index + m[0].length - 1);
      const applied = line[ctorEnd + 1] === '(' ? close(ctorEnd + 1) : ctorEnd;
      const name = /name="(\w+)"\)$/.exec(line.slice(m.index, ctorEnd + 1));
      if (name) found.push([applied, name[1], TFJS_CLASS[m[1]] ?? m[1]]);
    }
    // A layer applied to another layer's output is applied after it: sort by where each application ends.
    for (const [, name, cls] of found.sort((a, b) => a[0] - b[0])) layers.push([name, cls]);
  }
  return layers;
}

const cases: [string, () => Graph][] = [...TEMPLATES.map((t) => [t.name, () => t.build()] as [string, () => Graph]), ['every block', everyBlockGraph]];
const dir = mkdtempSync(join(tmpdir(), 'layerloom-keras-'));
const files = new Map<string, string>();

beforeAll(async () => {
  await tf.setBackend('cpu');
  for (const [name, build] of cases) {
    const file = join(dir, `${name.replace(/\W/g, '_')}.py`);
    writeFileSync(file, exportKeras(build(), { name }));
    files.set(name, file);
  }
});

describe('Keras export', () => {
  it.skipIf(!!missingTools('python'))('compiles as Python (py_compile) for every template and every block kind', () => {
    const r = spawnSync(PYTHON, ['-m', 'py_compile', ...files.values()], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(cases.filter(([n]) => ['lenet5', 'resnet18', 'resnet20', 'minivgg', 'every block'].includes(n)))(
    '%s: the layers are the tfjs model\'s layers (names and classes), each defined after its inputs', (_name, build) => {
      const code = exportKeras(build(), { name: 'm' });
      const { model } = compileGraph(build(), tf);
      try {
        const expected = model.layers.map((l) => [l.name, l.getClassName()]).sort();
        const got = kerasLayers(code);
        expect([...got].sort()).toEqual(expected);
        // Code order is a topological order: every layer's inbound layers come before it.
        const position = new Map(got.map(([n], i) => [n, i]));
        for (const layer of model.layers) {
          for (const node of layer.inboundNodes) {
            for (const inbound of node.inboundLayers) expect(position.get(inbound.name)!).toBeLessThan(position.get(layer.name)!);
          }
        }
      } finally {
        model.dispose();
      }
    });

  it('names every template\'s layers once each, as LayerLoom does', () => {
    for (const [name, build] of cases) {
      const names = kerasLayers(exportKeras(build(), { name })).map(([n]) => n);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

type KerasConfig = Readonly<Record<string, unknown>>;

/** The tfjs config a Keras layer's config stands for (the settings that matter; Keras' names → tfjs'). */
function tfjsConfigOf(cls: string, k: KerasConfig): Record<string, unknown> {
  const act = { activation: k.activation };
  switch (cls) {
    case 'Conv2D': return { filters: k.filters, kernelSize: k.kernel_size, strides: k.strides, padding: k.padding, ...act, useBias: k.use_bias, dilationRate: k.dilation_rate };
    case 'Conv2DTranspose': return { filters: k.filters, kernelSize: k.kernel_size, strides: k.strides, padding: k.padding, ...act, useBias: k.use_bias };
    case 'Dense': return { units: k.units, ...act, useBias: k.use_bias };
    case 'MaxPooling2D': case 'AveragePooling2D': return { poolSize: k.pool_size, strides: k.strides, padding: k.padding };
    case 'BatchNormalization': return { momentum: k.momentum, epsilon: k.epsilon };
    case 'Dropout': return { rate: k.rate };
    case 'ZeroPadding2D': return { padding: k.padding };
    case 'UpSampling2D': return { size: k.size, interpolation: k.interpolation };
    case 'LeakyReLU': return { alpha: k.negative_slope };
    case 'Activation': return { activation: k.activation };
    case 'Reshape': return { targetShape: k.target_shape };
    default: return {};
  }
}

describe.skipIf(!!missing)('Keras export, run on the strict Keras stand-in', () => {
  it.each([['lenet5', () => TEMPLATES[0].build()], ['every block', everyBlockGraph]] as const)(
    '%s: the build function creates the tfjs layers (class, settings, inputs, output shapes), and load_layerloom_weights sets the trained weights', async (name, build) => {
      const { model } = compileGraph(build(), tf);
      randomizeWeights(model, tf, 3);
      const runDir = join(dir, `${name.replace(/\W/g, '_')}-run`);
      mkdirSync(runDir);
      await saveRunFolder(model, tf, runDir);
      const { code, weights } = await exportKerasWithWeights(build(), runDir, { name: 'net' });
      const file = join(runDir, 'net.py');
      writeFileSync(file, code);
      writeFileSync(join(runDir, 'net.safetensors'), weights);
      const r = spawnSync(PYTHON, [join(import.meta.dirname, 'run_keras_fake.py'), file, 'build_net', join(runDir, 'net.safetensors')], {
        encoding: 'utf8', env: { ...process.env, PYTHONPATH: join(import.meta.dirname, 'fake_keras') },
      });
      expect(r.stderr).toBe('');
      const layers = JSON.parse(r.stdout) as { name: string; cls: string; inbound: string[]; config: KerasConfig; output_shape: number[]; weights: [number[], number][] }[];
      try {
        expect(layers.map((l) => l.name).sort()).toEqual(model.layers.map((l) => l.name).sort());
        for (const layer of model.layers) {
          const got = layers.find((l) => l.name === layer.name)!;
          expect([layer.name, got.cls]).toEqual([layer.name, layer.getClassName()]);
          const want = tfjsConfigOf(got.cls, got.config);
          const config = layer.getConfig() as Record<string, unknown>;
          expect([layer.name, want]).toEqual([layer.name, Object.fromEntries(Object.keys(want).map((key) => [key, config[key]]))]);
          const inbound = layer.inboundNodes.flatMap((n) => n.inboundLayers.map((l) => l.name));
          expect([layer.name, got.inbound]).toEqual([layer.name, inbound]);
          expect([layer.name, got.output_shape]).toEqual([layer.name, (layer.outputShape as number[]).slice(1)]);
          // Keras order: kernel, bias / gamma, beta, moving mean, moving variance — tfjs' own order per layer.
          const expected = layer.weights.map((w) => [w.shape, (w.read().sum().dataSync() as Float32Array)[0]] as const);
          expect(got.weights.map(([shape]) => shape)).toEqual(expected.map(([shape]) => shape));
          got.weights.forEach(([, sum], i) => expect(sum).toBeCloseTo(expected[i][1], 3));
        }
      } finally {
        model.dispose();
      }
    });
});
