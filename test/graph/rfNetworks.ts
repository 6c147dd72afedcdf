/**
 * Networks whose receptive fields are measured with gradients (receptiveField.measured.test.ts): every
 * block kind that changes the field, mixed so that upsampling (nearest, and TensorFlow's bilinear, which
 * blends two inputs on odd pixels), transposed convolutions (including kernel < stride, which leaves
 * pixels that see nothing), dilation, strides, pooling (same, valid, ceil mode), asymmetric padding,
 * shortcut projections and merges of branches meet each other. Activations are linear.
 */
import type { Graph, GraphEdge, GraphNode, Params } from '../../src/graph/types';

/** [id, kind, params, inputs (default: the block before)]. */
export type Step = readonly [id: string, kind: string, params?: Params, inputs?: readonly string[]];

export interface RfNetwork {
  readonly name: string;
  readonly input: readonly [height: number, width: number];
  readonly steps: readonly Step[];
}

const lin = { activation: 'linear', filters: 2 };
const conv = (kernel = 3, more: Params = {}): Params => ({ ...lin, kernel, ...more });

export const RF_NETWORKS: readonly RfNetwork[] = [
  { name: 'two 3×3 convs, bilinear ×2, 3×3 conv (issue 15)', input: [24, 24], steps: [
    ['c1', 'Conv2D', conv()], ['c2', 'Conv2D', conv()], ['up', 'UpSampling2D', { factor: 2, interpolation: 'bilinear' }], ['c3', 'Conv2D', conv()],
  ] },
  { name: 'nearest ×2, 3×3 conv, 2×2 max pool (issue 15)', input: [20, 20], steps: [
    ['up', 'UpSampling2D', { factor: 2 }], ['c1', 'Conv2D', conv()], ['p1', 'MaxPool2D', {}], ['c2', 'Conv2D', conv()],
  ] },
  { name: 'strided conv, transposed 3×3/2 same, conv', input: [24, 24], steps: [
    ['c1', 'Conv2D', conv(3, { stride: 2 })], ['t1', 'Conv2DTranspose', conv()], ['c2', 'Conv2D', conv()],
  ] },
  { name: 'dilated conv, bilinear ×3, dilated conv', input: [16, 16], steps: [
    ['c1', 'Conv2D', conv(3, { dilation: 2 })], ['up', 'UpSampling2D', { factor: 3, interpolation: 'bilinear' }], ['c2', 'Conv2D', conv(3, { dilation: 2 })],
  ] },
  { name: 'transposed 4×4/2 same, 3×3 avg pool stride 1 same, 2×2 max pool', input: [14, 14], steps: [
    ['t1', 'Conv2DTranspose', conv(4)], ['p1', 'AvgPool2D', { pool: 3, stride: 1, padding: 'same' }], ['p2', 'MaxPool2D', {}],
    ['c1', 'Conv2D', conv(3, { padding: 'valid' })],
  ] },
  { name: 'transposed 2×2/3 valid (gaps), 3×3 conv, 2×2 conv stride 2', input: [10, 10], steps: [
    ['t1', 'Conv2DTranspose', conv(2, { stride: 3, padding: 'valid' })], ['c1', 'Conv2D', conv()], ['c2', 'Conv2D', conv(2, { stride: 2, padding: 'valid' })],
  ] },
  { name: 'nearest ×2, bilinear ×2, 5×5 conv stride 2 valid, bilinear ×2', input: [10, 10], steps: [
    ['u1', 'UpSampling2D', { factor: 2 }], ['u2', 'UpSampling2D', { factor: 2, interpolation: 'bilinear' }],
    ['c1', 'Conv2D', conv(5, { stride: 2, padding: 'valid' })], ['u3', 'UpSampling2D', { factor: 2, interpolation: 'bilinear' }],
  ] },
  { name: 'asymmetric zero padding, 3×3 conv stride 2 valid, bilinear ×3, explicit-padded conv', input: [21, 21], steps: [
    ['z1', 'ZeroPadding2D', { top: 2, bottom: 0, left: 1, right: 3 }], ['c1', 'Conv2D', conv(3, { stride: 2, padding: 'valid' })],
    ['up', 'UpSampling2D', { factor: 3, interpolation: 'bilinear' }], ['c2', 'Conv2D', conv(3, { padding: 'explicit', pad: 2, stride: 2 })],
  ] },
  { name: '3×3/2 max pool in ceil mode, bilinear ×2, 3×3 conv', input: [20, 20], steps: [
    ['p1', 'MaxPool2D', { pool: 3, stride: 2, ceilMode: true }], ['up', 'UpSampling2D', { factor: 2, interpolation: 'bilinear' }], ['c1', 'Conv2D', conv()],
    ['p2', 'AvgPool2D', { pool: 2, stride: 2, ceilMode: true }],
  ] },
  { name: 'U-Net step: strided conv, bilinear ×2, concatenated with a 3×3 conv of the input, batch norm, conv', input: [24, 24], steps: [
    ['d1', 'Conv2D', conv(3, { stride: 2 })], ['up', 'UpSampling2D', { factor: 2, interpolation: 'bilinear' }],
    ['s1', 'Conv2D', conv(), ['in']], ['cat', 'Concatenate', {}, ['up', 's1']], ['bn', 'BatchNorm', {}], ['c1', 'Conv2D', conv()],
  ] },
  { name: 'residual: 3×3 stride-2 branch added to a projected shortcut, nearest ×2, conv', input: [24, 24], steps: [
    ['b1', 'Conv2D', conv(3, { stride: 2, filters: 4 })], ['b2', 'Conv2D', conv(3, { filters: 4 })], ['add', 'Add', {}, ['in', 'b2']],
    ['up', 'UpSampling2D', { factor: 2 }], ['c1', 'Conv2D', conv()],
  ] },
  { name: 'transposed 3×3/2 valid, conv stride 2 same, transposed 5×5/3 same', input: [12, 12], steps: [
    ['t1', 'Conv2DTranspose', conv(3, { padding: 'valid' })], ['c1', 'Conv2D', conv(3, { stride: 2 })], ['t2', 'Conv2DTranspose', conv(5, { stride: 3 })],
  ] },
  { name: 'non-square input: same padding differs per axis; 3×3/2 conv, 3×3/2 same pool, bilinear ×2', input: [27, 30], steps: [
    ['c1', 'Conv2D', conv(3, { stride: 2 })], ['p1', 'MaxPool2D', { padding: 'same', pool: 3 }], ['up', 'UpSampling2D', { factor: 2, interpolation: 'bilinear' }],
    ['c2', 'Conv2D', conv()],
  ] },
  { name: 'branches of different jumps: a 2×2/2 conv padded back to size, concatenated with the input', input: [16, 16], steps: [
    ['c1', 'Conv2D', conv(2, { stride: 2, padding: 'valid' })], ['z1', 'ZeroPadding2D', { top: 4, bottom: 4, left: 4, right: 4 }],
    ['cat', 'Concatenate', {}, ['in', 'z1']], ['c2', 'Conv2D', conv()],
  ] },
];

/** The network as a graph: Input `in`, the steps, then Flatten and a 2-class Output so that it compiles. */
export function rfGraph(net: RfNetwork): Graph {
  const nodes: GraphNode[] = [{ id: 'in', kind: 'Input', params: { height: net.input[0], width: net.input[1], channels: 1 }, position: { x: 0, y: 0 } }];
  const edges: GraphEdge[] = [];
  let previous = 'in';
  const link = (source: string, target: string) => edges.push({ id: `${source}_${target}`, source, target });
  for (const [id, kind, params, inputs] of net.steps) {
    nodes.push({ id, kind, params: params ?? {}, position: { x: 0, y: nodes.length } });
    for (const source of inputs ?? [previous]) link(source, id);
    previous = id;
  }
  nodes.push({ id: 'flat', kind: 'Flatten', params: {}, position: { x: 0, y: nodes.length } }, { id: 'out', kind: 'Output', params: { classes: 2 }, position: { x: 0, y: nodes.length + 1 } });
  link(previous, 'flat');
  link('flat', 'out');
  return { nodes, edges };
}
