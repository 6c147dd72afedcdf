/**
 * Seeded initial weights (issue 15, item 6): a compile with the run's seed gives every block the same
 * initial weights each time, whatever else the network holds; tfjs alone draws them from Math.random.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGraph } from '../../src/compile/compileGraph';
import { keyedSeed } from '../../src/compile/layerSeeds';
import { GraphBuilder } from '../../src/graph/templates/graphBuilder';
import type { Graph } from '../../src/graph/types';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Every weighted block kind and path: plain, dilated and leaky-ReLU convolutions, a transposed one, Add's projection, Dense. */
function graph(extraBlock: boolean): Graph {
  const b = new GraphBuilder();
  b.add('input', 'Input', { height: 12, width: 12, channels: 2 });
  b.add('conv', 'Conv2D', { filters: 4, kernel: 3, padding: 'same', activation: 'relu' });
  // The extra block keeps its neighbours' shapes, so every other block's weights have the same shape.
  if (extraBlock) b.add('extra', 'Conv2D', { filters: 4, kernel: 3, padding: 'same', activation: 'relu' });
  b.add('dilated', 'Conv2D', { filters: 4, kernel: 3, dilation: 2, padding: 'same', activation: 'tanh' });
  b.add('leaky', 'Conv2D', { filters: 6, kernel: 3, stride: 2, padding: 'same', activation: 'leakyRelu' });
  b.add('add', 'Add', { projection: 'auto', projectionBatchNorm: true }, ['leaky', 'conv']);
  b.add('up', 'Conv2DTranspose', { filters: 3, kernel: 2, stride: 2, padding: 'same', activation: 'relu' });
  b.add('drop', 'Dropout', { rate: 0.5 });
  b.add('flat', 'Flatten');
  b.add('fc', 'Dense', { units: 5, activation: 'leakyRelu' });
  b.add('output', 'Output', { classes: 3 });
  return b.build();
}

/** Weight name → values of a freshly compiled model. */
function initialWeights(g: Graph, seed?: number): Map<string, Float32Array> {
  const { model } = compileGraph(g, tf, 'seeded', seed === undefined ? {} : { seed });
  try {
    return new Map(model.weights.map((w) => [w.originalName, w.read().dataSync() as Float32Array]));
  } finally {
    model.dispose();
  }
}

describe('seeded initial weights', () => {
  it('the same seed gives every weight the same values; another seed, other kernels; no seed, other kernels each time', () => {
    const a = initialWeights(graph(false), 7);
    const b = initialWeights(graph(false), 7);
    expect([...a.keys()]).toEqual([...b.keys()]);
    const kernels = [...a.keys()].filter((n) => n.endsWith('/kernel'));
    // conv, dilated, leaky (its layer is leaky__conv), add's projection, up, fc, output.
    expect(kernels).toHaveLength(7);
    expect(kernels).toEqual(expect.arrayContaining(['add__proj1/kernel', 'dilated/kernel', 'leaky__conv/kernel', 'fc__dense/kernel']));
    for (const [name, values] of a) expect(Buffer.from(b.get(name)!.buffer).equals(Buffer.from(values.buffer)), name).toBe(true);

    const other = initialWeights(graph(false), 8);
    const unseeded = [initialWeights(graph(false)), initialWeights(graph(false))];
    for (const name of kernels) {
      expect(other.get(name), name).not.toEqual(a.get(name));
      expect(unseeded[0].get(name), name).not.toEqual(unseeded[1].get(name));
      // Glorot-uniform, as unseeded: within ±sqrt(6 / (fan in + fan out)) and spread over it.
      const max = Math.max(...a.get(name)!.map(Math.abs));
      const maxUnseeded = Math.max(...unseeded[0].get(name)!.map(Math.abs));
      expect(max / maxUnseeded, name).toBeGreaterThan(0.7);
      expect(max / maxUnseeded, name).toBeLessThan(1.3);
    }
  });

  it('adding a block leaves every other block\'s initial weights as they were', () => {
    const without = initialWeights(graph(false), 3);
    const withExtra = initialWeights(graph(true), 3);
    expect(withExtra.has('extra/kernel')).toBe(true);
    for (const [name, values] of without) expect([name, withExtra.get(name)]).toEqual([name, values]);
  });

  it('block seeds are never 0 (tfjs\'s "no seed") and differ by run seed, key and step', () => {
    const seeds = new Set<number>();
    for (let run = 0; run < 20; run++) {
      for (const key of ['conv', 'conv/proj0', 'drop']) for (const step of [undefined, 0, 1, 2]) seeds.add(keyedSeed(run, key, step));
    }
    expect(seeds.has(0)).toBe(false);
    expect(seeds.size).toBe(20 * 3 * 4);
  });
});
