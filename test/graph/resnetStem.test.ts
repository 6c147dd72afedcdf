/**
 * The ResNet stems pool exactly as torchvision's MaxPool2d(kernel_size=3, stride=2, padding=1): one pixel
 * of padding on every side. tfjs's "same" max pool pads 0 before and 1 after for even sizes (112 in the
 * 224×224 ResNets): same output size, different values. The templates pad with zeros instead of torch's
 * −∞, which is the same thing after a ReLU (inputs ≥ 0) — checked here on the blocks' own tfjs layers
 * against a hand-written PyTorch-style pool.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getBlock } from '../../src/graph/blocks/index';
import { withDefaults } from '../../src/graph/params';
import { getTemplate } from '../../src/graph/templates/index';
import type { Graph, GraphNode, Shape } from '../../src/graph/types';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

/** PyTorch's max_pool2d (NHWC here): −∞ padding `pad` on every side, floor output size. */
function torchMaxPool(x: tf.Tensor4D, k: number, s: number, pad: number): tf.Tensor4D {
  const [n, h, w, c] = x.shape;
  const oh = Math.floor((h + 2 * pad - k) / s) + 1;
  const ow = Math.floor((w + 2 * pad - k) / s) + 1;
  const src = x.arraySync();
  const out = tf.buffer([n, oh, ow, c]);
  for (let b = 0; b < n; b++) for (let i = 0; i < oh; i++) for (let j = 0; j < ow; j++) for (let ch = 0; ch < c; ch++) {
    let m = -Infinity;
    for (let di = 0; di < k; di++) for (let dj = 0; dj < k; dj++) {
      const r = i * s - pad + di;
      const q = j * s - pad + dj;
      if (r >= 0 && r < h && q >= 0 && q < w) m = Math.max(m, src[b][r][q][ch]);
    }
    out.set(m, b, i, j, ch);
  }
  return out.toTensor() as tf.Tensor4D;
}

/** The chain of blocks from `from` through its single consumers, `count` blocks long. */
function chainFrom(g: Graph, from: string, count: number): GraphNode[] {
  const nodes: GraphNode[] = [];
  let id = from;
  for (let i = 0; i < count; i++) {
    nodes.push(g.nodes.find((n) => n.id === id)!);
    const next = g.edges.filter((e) => e.source === id);
    if (i < count - 1) {
      expect(next).toHaveLength(1);
      id = next[0].target;
    }
  }
  return nodes;
}

/** Runs `blocks` (their own tfjs layers, as the compiler builds them) on `x`. */
function runBlocks(blocks: readonly GraphNode[], x: tf.Tensor4D): tf.Tensor4D {
  const input = tf.input({ shape: x.shape.slice(1) });
  let y = input;
  let shape: Shape = x.shape.slice(1);
  for (const node of blocks) {
    const def = getBlock(node.kind)!;
    const params = withDefaults(def.params, node.params);
    const out = def.inferShape(params, [shape]);
    y = def.toTfjs(params, [y], { tf, name: node.id, inputShapes: [shape], outputShape: out });
    shape = out;
  }
  const model = tf.model({ inputs: input, outputs: y });
  const result = model.predict(x) as tf.Tensor4D;
  expect(result.shape.slice(1)).toEqual([...shape]);
  return result;
}

describe.each(['resnet18', 'resnet34', 'resnet50'])('%s stem', (name) => {
  const g = getTemplate(name)!.build();
  const [relu, ...pool] = chainFrom(g, 'relu', 3);

  it('is ReLU → ZeroPadding2D(1) → MaxPool2D 3/2 valid', () => {
    expect([relu.kind, relu.params.activation]).toEqual(['Activation', 'relu']);
    expect(pool.map((n) => [n.kind, n.params])).toEqual([
      ['ZeroPadding2D', { top: 1, bottom: 1, left: 1, right: 1 }],
      ['MaxPool2D', { pool: 3, stride: 2, padding: 'valid' }],
    ]);
  });

  it.each([[112, 112], [9, 10], [7, 7]])('pools a post-ReLU %i×%i map exactly like torch MaxPool2d(3, 2, 1)', (h, w) => {
    tf.tidy(() => {
      const x = tf.relu(tf.randomNormal([2, h, w, 3], 0, 1, 'float32', h * 31 + w)) as tf.Tensor4D;
      const ours = runBlocks(pool, x);
      const torch = torchMaxPool(x, 3, 2, 1);
      expect(ours.shape).toEqual(torch.shape);
      expect(tf.max(tf.abs(tf.sub(ours, torch))).dataSync()[0]).toBe(0);
    });
  });
});

describe('why not a "same" max pool', () => {
  it('tfjs "same" gives torch\'s output size on a 112×112 map but different values', () => {
    tf.tidy(() => {
      const x = tf.relu(tf.randomNormal([1, 112, 112, 2], 0, 1, 'float32', 3)) as tf.Tensor4D;
      const same = tf.maxPool(x, 3, 2, 'same');
      const torch = torchMaxPool(x, 3, 2, 1);
      expect(same.shape).toEqual(torch.shape);
      expect(tf.max(tf.abs(tf.sub(same, torch))).dataSync()[0]).toBeGreaterThan(0);
    });
  });
});
