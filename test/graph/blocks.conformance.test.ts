/**
 * One conformance harness for every block kind, the Keras `run_layer_test` way: for each row of
 * ./blocks.cases.ts the params validate, the inferred shape matches the hand-computed one, the tfjs
 * layers built by `toTfjs` produce that shape and exactly `paramCount` weights, and params survive JSON.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BlockError, type AnyBlockDefinition } from '../../src/graph/blocks/blockDefinition';
import { BLOCK_KINDS, BLOCKS, getBlock } from '../../src/graph/blocks/index';
import { checkParams, defaultParams, withDefaults } from '../../src/graph/params';
import type { Params, Shape } from '../../src/graph/types';
import { CASES, type ConformanceCase } from './blocks.cases';

const KINDS = [
  'Input', 'Conv2D', 'Conv2DTranspose', 'MaxPool2D', 'AvgPool2D', 'GlobalAveragePool', 'Flatten', 'Dense',
  'Dropout', 'BatchNorm', 'Activation', 'Add', 'Concatenate', 'UpSampling2D', 'ZeroPadding2D', 'Output',
];
const NAME = 'blk';
const HAN = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

function block(kind: string): AnyBlockDefinition {
  const def = getBlock(kind);
  if (!def) throw new Error(`no catalog entry for ${kind}`);
  return def;
}

/** Builds a functional model around the block alone: one tf.input per incoming shape. */
function buildModel(def: AnyBlockDefinition, params: Params, inputs: readonly Shape[], outputShape: Shape) {
  const xs = inputs.map((s) => tf.input({ shape: [...s] }));
  const y = def.toTfjs(params, xs, { tf, name: NAME, inputShapes: inputs, outputShape });
  return { model: tf.model({ inputs: xs.length ? xs : y, outputs: y }), y };
}

const size = (v: tf.LayerVariable) => v.shape.reduce((a, b) => (a ?? 1) * (b ?? 1), 1) ?? 1;

const rows = Object.entries(CASES).flatMap(([kind, cases]) =>
  (cases as readonly ConformanceCase[]).map((c, i) => ({ kind, i, c, label: `${kind} #${i} ${JSON.stringify(c.params ?? {})} ${JSON.stringify(c.inputs)}` })));

describe('block catalog registry', () => {
  it('has exactly the catalog kinds, each under its own kind, and a table of cases for each', () => {
    expect([...BLOCK_KINDS].sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(BLOCKS[kind].kind).toBe(kind);
    expect(Object.keys(CASES).sort()).toEqual([...KINDS].sort());
  });

  it('answers unknown kinds with undefined, also for Object.prototype names', () => {
    expect(getBlock('Conv3D')).toBeUndefined();
    expect(getBlock('toString')).toBeUndefined();
  });

  it.each(KINDS)('%s: defaults validate and are documented in English and Chinese', (kind) => {
    const def = block(kind);
    expect(checkParams(def.params, defaultParams(def.params))).toEqual([]);
    for (const t of [def.title, def.doc]) {
      expect(t.en.trim()).not.toBe('');
      expect(t.zh).toMatch(HAN);
    }
    expect(def.doc.en.length).toBeGreaterThan(200);
    for (const [name, spec] of Object.entries(def.params)) {
      for (const t of [spec.label, spec.help]) {
        expect(t.en.trim(), `${kind}.${name}`).not.toBe('');
        expect(t.zh, `${kind}.${name}`).toMatch(HAN);
      }
    }
    expect(def.inputs.min).toBeLessThanOrEqual(def.inputs.max);
    expect(def.hasOutput).toBe(kind !== 'Output');
  });
});

describe.each(rows)('$label', ({ kind, c }) => {
  const def = block(kind);
  const params = withDefaults(def.params, c.params ?? {});

  it('validates, infers the expected shape and survives a JSON round trip', () => {
    expect(checkParams(def.params, params)).toEqual([]);
    expect(c.inputs.length).toBeGreaterThanOrEqual(def.inputs.min);
    expect(c.inputs.length).toBeLessThanOrEqual(def.inputs.max);
    expect(def.inferShape(params, c.inputs)).toEqual(c.shape);
    const restored = JSON.parse(JSON.stringify(params)) as Params;
    expect(restored).toEqual(params);
    expect(def.inferShape(restored, c.inputs)).toEqual(c.shape);
  });

  it('counts, costs and describes its receptive field', () => {
    const shape = def.inferShape(params, c.inputs);
    const count = def.paramCount(params, c.inputs, shape);
    if (c.count) expect(count).toEqual(c.count);
    const flops = def.flops(params, c.inputs, shape);
    expect(Number.isInteger(flops) && flops >= 0).toBe(true);
    if (c.flops !== undefined) expect(flops).toBe(c.flops);
    const rf = def.receptiveField(params, c.inputs, shape);
    if (rf.type === 'map' && rf.window) {
      // The window an explanation quotes is the one the maps describe.
      const w = rf.window;
      for (const axis of [rf.rows, rf.cols]) {
        expect(axis.period).toBe(1);
        expect(axis.shift).toBe(w.stride);
        expect(axis.spans[0].hi - axis.spans[0].lo + 1).toBe(w.dilation * (w.kernel - 1) + 1);
      }
    }
    if (c.rf) expect(rf.type === 'map' ? { ...rf, window: undefined } : rf).toEqual(c.rf);
    else expect(['map', 'inputs', 'identity', 'global']).toContain(rf.type);
  });

  it('builds tfjs layers with that output shape and exactly that many weights', () => {
    const shape = def.inferShape(params, c.inputs);
    const count = def.paramCount(params, c.inputs, shape);
    const { model, y } = buildModel(def, params, c.inputs, shape);
    try {
      expect(y.shape.slice(1)).toEqual([...shape]);
      expect(y.sourceLayer.name).toBe(NAME);
      for (const layer of model.layers) {
        if (layer.getClassName() !== 'InputLayer' || kind === 'Input') expect(layer.name).toMatch(new RegExp(`^${NAME}(__\\w+)?$`));
      }
      expect(model.countParams()).toBe(count.trainable + count.nonTrainable);
      expect(model.trainableWeights.reduce((n, w) => n + size(w), 0)).toBe(count.trainable);
      const out = tf.tidy(() => {
        const xs = (c.inputs.length ? c.inputs : [shape]).map((s) => tf.zeros([1, ...s]));
        return (model.predict(xs.length === 1 ? xs[0] : xs) as tf.Tensor).shape;
      });
      expect(out.slice(1)).toEqual([...shape]);
    } finally {
      model.dispose();
    }
  });
});

describe('bad inputs throw a BlockError that names the fix', () => {
  const throws = (kind: string, params: Params, inputs: readonly Shape[]): BlockError => {
    const def = block(kind);
    try {
      def.inferShape(withDefaults(def.params, params), inputs);
    } catch (e) {
      expect(e).toBeInstanceOf(BlockError);
      const err = e as BlockError;
      for (const t of [err.text, err.fix]) {
        expect(t.en.trim()).not.toBe('');
        expect(t.zh).toMatch(HAN);
      }
      return err;
    }
    throw new Error(`${kind} accepted ${JSON.stringify(inputs)}`);
  };

  it('Dense or Output after a 4-D tensor suggests Flatten or GlobalAveragePool', () => {
    for (const kind of ['Dense', 'Output']) {
      const err = throws(kind, {}, [[7, 7, 64]]);
      expect(err.text.en).toContain('4-D');
      expect(err.fix.en).toMatch(/Flatten or GlobalAveragePool/);
    }
  });

  it('a pool window larger than the input names the pool size', () => {
    const err = throws('MaxPool2D', { pool: 3 }, [[2, 2, 1]]);
    expect(err.param).toBe('pool');
    expect(err.fix.en).toContain('smaller pool size');
    expect(throws('AvgPool2D', { pool: 4, padding: 'valid' }, [[8, 3, 1]]).text.en).toContain('width');
  });

  it('a convolution kernel larger than the input names the kernel', () => {
    expect(throws('Conv2D', { kernel: 5, padding: 'valid' }, [[4, 4, 1]]).param).toBe('kernel');
  });

  it('Conv2D with stride and dilation both above 1 names the dilation and offers both fixes, as tfjs refuses to run it', () => {
    const err = throws('Conv2D', { stride: 2, dilation: 2 }, [[9, 9, 1]]);
    expect(err.param).toBe('dilation');
    expect(err.text.en).toMatch(/Stride 2 and dilation 2 cannot be combined/);
    expect(err.fix.en).toMatch(/stride to 1.*dilation to 1/);
    for (const padding of ['valid', 'same', 'explicit']) throws('Conv2D', { stride: 3, dilation: 2, padding }, [[20, 20, 1]]);
    // Either one alone is fine.
    expect(block('Conv2D').inferShape(withDefaults(block('Conv2D').params, { stride: 2, dilation: 1 }), [[9, 9, 1]])).toEqual([5, 5, 32]);
    // What the check prevents: tfjs builds the layer symbolically but fails when it runs.
    const x = tf.input({ shape: [9, 9, 1] });
    const y = tf.layers.conv2d({ filters: 2, kernelSize: 3, strides: 2, dilationRate: 2 }).apply(x) as tf.SymbolicTensor;
    const model = tf.model({ inputs: x, outputs: y });
    expect(() => tf.tidy(() => model.predict(tf.zeros([1, 9, 9, 1])))).toThrow(/strides or dilations must be 1/);
    model.dispose();
  });

  it('spatial blocks refuse flat inputs', () => {
    for (const kind of ['Conv2D', 'Conv2DTranspose', 'MaxPool2D', 'GlobalAveragePool', 'UpSampling2D', 'ZeroPadding2D']) {
      expect(throws(kind, {}, [[10]]).fix.en).toContain('Flatten');
    }
  });

  it('Add of unmatchable shapes says which inputs and how to fix it', () => {
    const stride = throws('Add', {}, [[28, 28, 8], [12, 12, 16]]);
    expect(stride.text.en).toContain('input 1 [28×28×8]');
    expect(stride.text.en).toContain('input 2 [12×12×16]');
    expect(stride.fix.en).toMatch(/whole factor/);
    expect(throws('Add', {}, [[8, 16, 4], [4, 4, 8]]).text.en).toContain('8×16');
    expect(throws('Add', {}, [[4, 4, 8], [128]]).text.en).toContain('input 2 [128]');
    const off = throws('Add', { projection: 'none' }, [[8, 8, 4], [4, 4, 8]]);
    expect(off.fix.en).toContain('"auto"');
    expect(off.param).toBe('projection');
    expect(throws('Add', {}, [[4, 4, 8]]).text.en).toContain('at least two');
  });

  it('Concatenate of mismatched spatial sizes names both shapes and suggests pooling, upsampling or padding', () => {
    const err = throws('Concatenate', {}, [[4, 4, 3], [8, 8, 3]]);
    expect(err.text.en).toContain('[4×4×3]');
    expect(err.text.en).toContain('[8×8×3]');
    expect(err.fix.en).toMatch(/pool.*UpSampling2D.*ZeroPadding2D/);
    expect(throws('Concatenate', {}, [[4, 4, 3], [48]]).fix.en).toContain('Flatten');
  });

  it('element-wise blocks need an input', () => {
    for (const kind of ['Dropout', 'BatchNorm', 'Activation', 'Flatten']) throws(kind, {}, []);
  });
});

describe('"same" padding help says which side gets the odd zero, and tfjs agrees', () => {
  it('every block with "same" padding says bottom and right (en, zh)', () => {
    for (const kind of ['Conv2D', 'MaxPool2D', 'AvgPool2D']) {
      const help = block(kind).params.padding.help;
      expect(help.en, kind).toContain('the extra one goes to the bottom and the right');
      expect(help.zh, kind).toContain('多出的一个放在下方和右侧');
    }
  });

  it('a 2×2 "same" convolution of ones on a 3×3 image of ones: no zero above or left, one below and right', () => {
    const out = tf.tidy(() => tf.conv2d(tf.ones([1, 3, 3, 1]) as tf.Tensor4D, tf.ones([2, 2, 1, 1]) as tf.Tensor4D, 1, 'same').dataSync());
    expect(Array.from(out)).toEqual([4, 4, 2, 4, 4, 2, 2, 2, 1]);
  });
});
