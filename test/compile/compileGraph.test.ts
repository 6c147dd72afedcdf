import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { activationModel, compileGraph, CompileError } from '../../src/compile/compileGraph';
import { TEMPLATES } from '../../src/graph/templates/index';
import { chain } from '../graph/chain';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Every template compiles to a model whose parameters and per-block shapes equal analyze's. */
describe.each(TEMPLATES.map((t) => [t.name, t] as const))('template %s compiles like its analysis', (_name, template) => {
  it('has the same parameter count and block output shapes', () => {
    const graph = template.build();
    const compiled = compileGraph(graph, tf);
    try {
      const { analysis, model } = compiled;
      expect(model.countParams()).toBe(analysis.totals.params);
      const trainable = model.trainableWeights.reduce((s, w) => s + w.shape.reduce<number>((a, b) => a * (b ?? 1), 1), 0);
      expect(trainable).toBe(analysis.totals.trainableParams);
      for (const id of compiled.blockOrder) {
        const layer = model.getLayer(compiled.blockLayers[id]);
        const shape = (layer.output as tf.SymbolicTensor).shape;
        expect([id, shape.slice(1)]).toEqual([id, analysis.nodes[id].outputShape]);
      }
      expect(model.outputs[0].shape).toEqual([null, template.classes]);
    } finally {
      compiled.model.dispose();
    }
  });
});

describe('compileGraph', () => {
  const lenet = chain(['Input', { height: 28, width: 28, channels: 1 }], ['Conv2D', { filters: 4, kernel: 5, activation: 'leakyRelu' }],
    ['MaxPool2D', {}], ['Flatten'], ['Output', { classes: 3 }]);

  it('runs a forward pass with softmax outputs', () => {
    const { model } = compileGraph(lenet, tf);
    const y = tf.tidy(() => model.predict(tf.ones([2, 28, 28, 1])) as tf.Tensor);
    expect(y.shape).toEqual([2, 3]);
    const sums = Array.from(y.sum(1).dataSync());
    sums.forEach((s) => expect(s).toBeCloseTo(1, 5));
    y.dispose();
    model.dispose();
  });

  it('names layers by block id so that activations can be read per block', () => {
    const compiled = compileGraph(lenet, tf);
    expect(compiled.blockLayers.b1).toBe('b1');
    const act = activationModel(compiled, ['b1', 'b2'], tf);
    const outs = tf.tidy(() => act.predict(tf.ones([1, 28, 28, 1])) as tf.Tensor[]);
    expect(outs.map((t) => t.shape)).toEqual([[1, 28, 28, 4], [1, 14, 14, 4]]);
    tf.dispose(outs);
    compiled.model.dispose();
  });

  it('refuses a broken graph with analyze\'s errors', () => {
    const broken = chain(['Input', {}], ['Conv2D', {}], ['Dense', { units: 4 }], ['Output', {}]);
    expect(() => compileGraph(broken, tf)).toThrow(CompileError);
    try {
      compileGraph(broken, tf);
    } catch (err) {
      expect((err as CompileError).diagnostics[0].nodeId).toBe('b2');
      expect((err as Error).message).toMatch(/Flatten/);
    }
  });
});
