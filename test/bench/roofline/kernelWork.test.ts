/**
 * The roofline bench's work model (kernelWork.ts) against the block catalog: the multiply-adds it counts
 * from the kernel calls of a real ResNet-20 training step on wasm equal the catalog's `macs` for the same
 * layers, in each direction; and hand-worked counts for Winograd, matrix products and bytes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/graph/analyze';
import { BENCH_MODELS } from '../../../src/train/bench/benchModels';
import { kernelWork, PER_ELEMENT, type KernelCall } from './kernelWork';
import { recordTrainingSteps } from './recordSteps';
import type { TimedCall } from './kernelRecorder';

const BATCH = 2;

describe('kernelWork on a recorded ResNet-20 step', () => {
  let calls: TimedCall[] = [];
  let convMacs = 0; // per image, every Conv2D block and every Add projection
  let firstConvMacs = 0;
  let denseMacs = 0;
  let batchNorms = 0;
  let batchNormElements = 0; // per image
  let adds = 0;

  beforeAll(async () => {
    process.env.LAYERLOOM_THREADS = '1';
    const bench = BENCH_MODELS.resnet20;
    const analysis = analyze(await bench.graph());
    for (const id of analysis.order) {
      const n = analysis.nodes[id];
      const out = n.outputShape!.reduce((a, b) => a * b, 1);
      if (n.kind === 'Conv2D' || n.kind === 'Add') convMacs += n.macs;
      if (n.kind === 'Conv2D' && n.inputShapes[0][2] === 3) firstConvMacs = n.macs;
      if (n.kind === 'Output') denseMacs += n.macs;
      if (n.kind === 'BatchNorm') { batchNorms++; batchNormElements += out; }
      if (n.kind === 'Add' && n.macs > 0) { batchNorms++; batchNormElements += out; } // the projection's BatchNorm
      if (n.kind === 'Add') adds++;
    }
    const recorded = await recordTrainingSteps(bench, { batch: BATCH, warmup: 0, steps: 1 });
    calls = recorded.steps[0];
  }, 120_000);

  const sum = (names: string[], field: 'macs' | 'flops') =>
    calls.filter((c) => names.includes(c.name)).reduce((n, c) => n + kernelWork(c)[field], 0);

  it('counts the forward convolutions as the catalog does (projections included)', () => {
    expect(convMacs).toBeGreaterThan(0);
    expect(sum(['Conv2D', 'FusedConv2D'], 'macs')).toBe(BATCH * convMacs);
  });

  it('counts the filter gradients as the forward pass, and the input gradients without the first layer', () => {
    expect(sum(['Conv2DBackpropFilter'], 'macs')).toBe(BATCH * convMacs);
    expect(firstConvMacs).toBeGreaterThan(0);
    expect(sum(['Conv2DBackpropInput'], 'macs')).toBe(BATCH * (convMacs - firstConvMacs));
  });

  it('counts the dense layer: forward as the catalog, and both gradients', () => {
    const forward = calls.filter((c) => c.name === '_FusedMatMul' || c.name === 'MatMul' || c.name === 'LayerLoomMatMulBias');
    expect(forward.reduce((n, c) => n + kernelWork(c).macs, 0)).toBe(BATCH * denseMacs);
    // dx = dy·Wᵀ and dW = xᵀ·dy: the same multiply-adds again each.
    expect(sum(['BatchMatMul'], 'macs')).toBe(2 * BATCH * denseMacs);
  });

  it('sees every batch norm once each way, on every element (each residual Add and its ReLU inside one of them)', () => {
    const forward = calls.filter((c) => c.name === 'LayerLoomBatchNormTraining' || c.name === 'LayerLoomBatchNormAddRelu');
    const withAdd = calls.filter((c) => c.name === 'LayerLoomBatchNormAddRelu');
    const backward = calls.filter((c) => c.name === 'LayerLoomBatchNormTrainingGrad');
    expect(forward).toHaveLength(batchNorms);
    expect(backward).toHaveLength(batchNorms);
    expect(adds).toBeGreaterThan(0);
    expect(withAdd).toHaveLength(adds);
    const addElements = withAdd.reduce((n, c) => n + c.inputs.x.reduce((a, b) => a * b, 1), 0);
    expect(forward.reduce((n, c) => n + kernelWork(c).flops, 0)).toBe(PER_ELEMENT.batchNormForward * BATCH * batchNormElements + 2 * addElements);
    expect(backward.reduce((n, c) => n + kernelWork(c).flops, 0)).toBe(PER_ELEMENT.batchNormBackward * BATCH * batchNormElements);
  });

  it('puts every kernel call of the step in a category', () => {
    const categories = new Set(calls.map((c) => kernelWork(c).category));
    // No 'relu' nor 'relu grad': every ReLU of ResNet-20 and its gradient run inside a batch norm's kernels
    // (fusedBatchNorm.ts, fusedRelu.ts; the residual ReLU's gradient in the batch norm gradient's sums pass).
    for (const c of ['conv forward', 'conv input grad', 'conv filter grad', 'dense', 'batch norm forward', 'batch norm backward', 'add', 'optimizer', 'pooling']) {
      expect(categories).toContain(c);
    }
    // No 'pad' either: the two stride-2 convolutions pad inside their kernels in training (padInsideConv.ts).
    expect(categories).not.toContain('pad');
  });
});

describe('kernelWork by hand', () => {
  const conv = (x: number[], filter: number[], strides: number, pad: 'same' | 'valid'): KernelCall => ({
    name: 'Conv2D', inputs: { x, filter }, attrs: { strides, pad, dilations: 1, dataFormat: 'NHWC' }, output: [],
  });

  it('counts a Winograd F(4×4, 3×3) layer: useful work direct, arithmetic done by tiles', () => {
    const w = kernelWork({ ...conv([2, 8, 8, 16], [3, 3, 16, 32], 1, 'same'), output: [2, 8, 8, 32] });
    expect(w.algorithm).toBe('Winograd F(4×4, 3×3)');
    expect(w.macs).toBe(2 * 8 * 8 * 9 * 16 * 32);
    // 2 images × 2×2 tiles of 4×4; 36 products per channel pair; transforms 360 per tile and input channel, 200 per output channel.
    const tiles = 2 * 2 * 2;
    expect(w.doneFlops).toBe(2 * tiles * 36 * 16 * 32 + tiles * (360 * 16 + 200 * 32));
    expect(w.bytes).toBe(4 * (2 * 8 * 8 * 16 + 9 * 16 * 32 + 2 * 8 * 8 * 32));
  });

  it('counts a strided "valid" convolution directly, with its output size', () => {
    const w = kernelWork({ ...conv([1, 9, 9, 8], [3, 3, 8, 16], 2, 'valid'), output: [1, 4, 4, 16] });
    expect(w.algorithm).toBe('direct');
    expect(w.flops).toBe(2 * 4 * 4 * 9 * 8 * 16);
    expect(w.doneFlops).toBe(w.flops);
  });

  it('reads the transposes of a matrix product', () => {
    const call = (transposeA: boolean, transposeB: boolean, a: number[], b: number[]): KernelCall =>
      ({ name: 'BatchMatMul', inputs: { a, b }, attrs: { transposeA, transposeB }, output: [] });
    expect(kernelWork(call(false, false, [1, 64, 32], [1, 32, 10])).macs).toBe(64 * 32 * 10);
    expect(kernelWork(call(true, false, [1, 64, 32], [1, 64, 10])).macs).toBe(32 * 64 * 10);
    expect(kernelWork(call(false, true, [1, 64, 10], [1, 32, 10])).macs).toBe(64 * 10 * 32);
  });

  it('counts data movement as bytes without FLOPs', () => {
    const pad = kernelWork({ name: 'PadV2', inputs: { x: [2, 4, 4, 3] }, attrs: {}, output: [2, 6, 6, 3] });
    expect(pad.flops).toBe(0);
    expect(pad.bytes).toBe(4 * (2 * 4 * 4 * 3 + 2 * 6 * 6 * 3));
    expect(kernelWork({ name: 'Reshape', inputs: { x: [4, 4] }, attrs: {}, output: [16] }).bytes).toBe(0);
  });
});
