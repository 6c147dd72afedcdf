/**
 * Every catalog block kind in small graphs, and how to take the loss, every trainable weight's gradient
 * and the moving statistics after one pass: the backend-parity tests (wasm vs cpu, webgpu vs cpu) run
 * these same cases.
 */
import { compileGraph } from '../../../src/compile/compileGraph';
import type { Graph, Params } from '../../../src/graph/types';
import { chain } from '../../../src/train/bench/benchModels';
import { patchForTraining } from '../../../src/train/backends/trainingPatches';
import { rand, tf } from './gradHarness';

const INPUT: [string, Params] = ['Input', { height: 8, width: 8, channels: 3 }];
const HEAD: [string, Params][] = [['Flatten', {}], ['Output', { classes: 3, softmax: false }]];
const conv = (p: Params = {}): [string, Params] => ['Conv2D', { filters: 4, kernel: 3, stride: 1, padding: 'same', activation: 'relu', bias: true, ...p }];

/** Input → [mid…] → the merge block fed by both the last mid block and the input → head. */
function merge(kind: string, params: Params, mid: [string, Params][]): Graph {
  const g = chain([INPUT, ...mid, [kind, params], ...HEAD]);
  const mergeNode = g.nodes[mid.length + 1];
  return { ...g, edges: [...g.edges, { id: 'skip', source: g.nodes[0].id, target: mergeNode.id }] };
}

/** Input → [mid…] → Add (fed by the last mid block and the input) → ReLU → head. */
function residual(mid: [string, Params][]): Graph {
  const g = chain([INPUT, ...mid, ['Add', { projection: 'auto' }], ['Activation', { activation: 'relu' }], ...HEAD]);
  return { ...g, edges: [...g.edges, { id: 'skip', source: g.nodes[0].id, target: g.nodes[mid.length + 1].id }] };
}

export const CASES: Record<string, { graph: Graph; batch?: number; training?: boolean }> = {
  'Conv2D same': { graph: chain([INPUT, conv(), ...HEAD]) },
  'Conv2D stride 2 valid, no bias': { graph: chain([INPUT, conv({ stride: 2, padding: 'valid', bias: false }), ...HEAD]) },
  'Conv2D explicit pad 2, kernel 5, linear': { graph: chain([INPUT, conv({ padding: 'explicit', pad: 2, kernel: 5, activation: 'linear' }), ...HEAD]) },
  'Conv2D dilation 2, relu': { graph: chain([INPUT, conv({ dilation: 2 }), ...HEAD]) },
  'Conv2D dilation 2, linear': { graph: chain([INPUT, conv({ dilation: 2, activation: 'linear' }), ...HEAD]) },
  'Conv2D leakyRelu, tanh, sigmoid, elu': { graph: chain([INPUT, conv({ activation: 'leakyRelu' }), conv({ activation: 'tanh' }), conv({ activation: 'sigmoid' }), conv({ activation: 'elu' }), ...HEAD]) },
  'Conv2DTranspose stride 2 same': { graph: chain([INPUT, ['Conv2DTranspose', { filters: 2, kernel: 3, stride: 2, padding: 'same', activation: 'relu', bias: true }], ...HEAD]) },
  'Conv2DTranspose stride 2 valid, kernel 4': { graph: chain([INPUT, ['Conv2DTranspose', { filters: 2, kernel: 4, stride: 2, padding: 'valid', activation: 'linear', bias: true }], ...HEAD]) },
  'MaxPool2D 2 and 3/2 same': { graph: chain([INPUT, conv(), ['MaxPool2D', { pool: 2, stride: 2, padding: 'valid' }], ['MaxPool2D', { pool: 3, stride: 2, padding: 'same' }], ...HEAD]) },
  'AvgPool2D 2 valid and 3/1 same': { graph: chain([INPUT, conv(), ['AvgPool2D', { pool: 2, stride: 2, padding: 'valid' }], ['AvgPool2D', { pool: 3, stride: 1, padding: 'same' }], ...HEAD]) },
  'GlobalAveragePool': { graph: chain([INPUT, conv(), ['GlobalAveragePool', {}], ['Output', { classes: 3, softmax: false }]]) },
  'Dense with every activation': {
    graph: chain([INPUT, ['Flatten', {}], ...(['relu', 'leakyRelu', 'elu', 'gelu', 'sigmoid', 'tanh', 'linear'] as const)
      .map((a): [string, Params] => ['Dense', { units: 6, activation: a, bias: true }]), ['Output', { classes: 3, softmax: false }]]),
  },
  'Activation blocks': {
    graph: chain([INPUT, conv({ activation: 'linear' }), ...(['relu', 'leakyRelu', 'elu', 'gelu', 'sigmoid', 'tanh', 'softmax'] as const)
      .map((a): [string, Params] => ['Activation', { activation: a }]), ...HEAD]),
  },
  BatchNorm: { graph: chain([INPUT, conv({ activation: 'linear', bias: false }), ['BatchNorm', {}], ['Activation', { activation: 'relu' }], ...HEAD]), batch: 4 },
  // 32 channels: the batch-norm kernels' 16-channel register blocks.
  'BatchNorm (32 channels)': { graph: chain([INPUT, conv({ filters: 32, activation: 'linear', bias: false }), ['BatchNorm', {}], ['Activation', { activation: 'relu' }], ...HEAD]), batch: 4 },
  'BatchNorm (inference: moving statistics)': { graph: chain([INPUT, conv({ activation: 'linear', bias: false }), ['BatchNorm', {}], ['Activation', { activation: 'relu' }], ...HEAD]), training: false },
  'Dropout (inference: identity)': { graph: chain([INPUT, conv(), ['Dropout', { rate: 0.5 }], ...HEAD]), training: false },
  // The mask comes from tfjs's seeded JavaScript generator, the same on every backend (see gradients()).
  'Dropout (training: the same mask)': { graph: chain([INPUT, conv(), ['Dropout', { rate: 0.5 }], ...HEAD]) },
  'Add with a projected shortcut': { graph: merge('Add', { projection: 'auto' }, [conv({ stride: 2, filters: 5 })]), batch: 3 },
  'Add, same shapes': { graph: merge('Add', { projection: 'auto' }, [conv({ filters: 3 })]) },
  // ResNet's basic block: BN → ReLU and BN → Add → ReLU (each ReLU computed by the kernel before it on wasm).
  'Residual block: BatchNorm, ReLU, Add, ReLU': {
    graph: residual([conv({ activation: 'linear', bias: false, filters: 3 }), ['BatchNorm', {}], ['Activation', { activation: 'relu' }],
      conv({ activation: 'linear', bias: false, filters: 3 }), ['BatchNorm', {}]]),
    batch: 4,
  },
  // The batch norm's output also feeds the merge: its ReLU must not be folded into it.
  'BatchNorm feeding a ReLU and an Add': {
    graph: (() => {
      const g = chain([INPUT, conv({ activation: 'linear', bias: false, filters: 3 }), ['BatchNorm', {}], ['Activation', { activation: 'relu' }],
        ['Add', { projection: 'auto' }], ['Activation', { activation: 'relu' }], ...HEAD]);
      return { ...g, edges: [...g.edges, { id: 'skip', source: g.nodes[2].id, target: g.nodes[4].id }] };
    })(),
    batch: 3,
  },
  Concatenate: { graph: merge('Concatenate', {}, [conv()]) },
  'UpSampling2D nearest (batch 1)': { graph: chain([INPUT, conv(), ['UpSampling2D', { factor: 2, interpolation: 'nearest' }], ...HEAD]), batch: 1 },
  'UpSampling2D bilinear': { graph: chain([INPUT, conv(), ['UpSampling2D', { factor: 3, interpolation: 'bilinear' }], ...HEAD]) },
  ZeroPadding2D: { graph: chain([INPUT, ['ZeroPadding2D', { top: 1, bottom: 2, left: 0, right: 3 }], conv({ padding: 'valid' }), ...HEAD]) },
};

/**
 * Loss, the gradient of every trainable weight and the moving statistics after the pass, from
 * deterministic weights and data. Layers train as in a session (batch norms fused into one kernel on
 * wasm, plain convolutions through tf.conv2d). Dropout seeds its mask from Math.random, which is made
 * to repeat here, so every backend draws the same mask.
 */
export function gradients(graph: Graph, batch: number, training: boolean): () => tf.Tensor[] {
  return () => {
    const random = Math.random;
    let draw = 0;
    Math.random = () => ((draw++ * 0.618034) % 1);
    try {
      return pass(graph, batch, training);
    } finally {
      Math.random = random;
    }
  };
}

function pass(graph: Graph, batch: number, training: boolean): tf.Tensor[] {
  const { model } = compileGraph(graph, tf as never);
  patchForTraining(tf as never, model);
  model.weights.forEach((w, i) => {
    const init = rand(w.shape as number[], 100 + i).mul(0.5);
    w.write(w.name.includes('variance') ? init.abs().add(0.5) : init);
  });
  const x = rand([batch, 8, 8, 3], 7);
  const target = rand([batch, 3], 8);
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const { value, grads } = tf.variableGrads(() =>
    tf.sum(tf.mul(model.apply(x, { training }) as tf.Tensor, target)) as tf.Scalar, vars);
  const moving = model.nonTrainableWeights.map((w) => w.read());
  const out = [value, ...vars.map((v) => grads[v.name]), ...moving].map((t) => t.clone());
  model.dispose();
  return out;
}
