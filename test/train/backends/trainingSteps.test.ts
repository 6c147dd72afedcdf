/** A few Adam steps on wasm and on cpu from the same weights and data end with the same weights. */
import { beforeAll, describe, it } from 'vitest';
import { compileGraph } from '../../../src/compile/compileGraph';
import type { Graph } from '../../../src/graph/types';
import { adam } from '../../../src/train/backends/fusedAdam';
import { chain, lenet5Graph } from '../../../src/train/bench/benchModels';
import { expectClose, rand, runOn, setUpBackends, tf } from './gradHarness';

beforeAll(setUpBackends);

/** A small residual network: conv, BN, ReLU, a projected shortcut, pooling, dense. */
function residualGraph(): Graph {
  const g = chain([
    ['Input', { height: 12, width: 12, channels: 3 }],
    ['Conv2D', { filters: 8, kernel: 3, stride: 1, padding: 'same', activation: 'linear', bias: false }],
    ['BatchNorm', {}],
    ['Activation', { activation: 'relu' }],
    ['Conv2D', { filters: 16, kernel: 3, stride: 2, padding: 'same', activation: 'linear', bias: false }],
    ['BatchNorm', {}],
    ['Add', { projection: 'auto' }],
    ['Activation', { activation: 'relu' }],
    ['MaxPool2D', { pool: 2, stride: 2, padding: 'valid' }],
    ['GlobalAveragePool', {}],
    ['Output', { classes: 10, softmax: false }],
  ]);
  return { ...g, edges: [...g.edges, { id: 'shortcut', source: g.nodes[3].id, target: g.nodes[6].id }] };
}

function train(graph: Graph, shape: number[], steps: number): () => tf.Tensor[] {
  return () => {
    const { model } = compileGraph(graph, tf as never);
    model.weights.forEach((w, i) => {
      const init = rand(w.shape as number[], 200 + i).mul(0.3);
      w.write(w.name.includes('variance') ? init.abs().add(0.5) : init);
    });
    const optimizer = adam(1e-3); // LayerLoom's fused Adam on wasm, tfjs's on cpu
    const x = rand(shape, 9);
    const labels = tf.oneHot(tf.tensor1d([...Array(shape[0]).keys()].map((i) => (i * 7) % 10), 'int32'), 10);
    for (let s = 0; s < steps; s++) {
      optimizer.minimize(() => tf.losses.softmaxCrossEntropy(labels, model.apply(x, { training: true }) as tf.Tensor) as tf.Scalar);
    }
    const weights = model.weights.map((w) => w.read().clone());
    optimizer.dispose();
    model.dispose();
    return weights;
  };
}

describe('training steps on wasm and cpu end with the same weights', () => {
  it('LeNet-5 (bench model), 3 Adam steps, batch 8', async () => {
    const fn = train(lenet5Graph(), [8, 28, 28, 1], 3);
    expectClose(await runOn('wasm', fn), await runOn('cpu', fn), 1e-4);
  });
  it('a residual network with batch norm (moving statistics too), 3 Adam steps, batch 6', async () => {
    const fn = train(residualGraph(), [6, 12, 12, 3], 3);
    expectClose(await runOn('wasm', fn), await runOn('cpu', fn), 1e-4);
  });
});
