/**
 * The conformance table: per block kind, parameter variants with hand-computed expected shapes (and,
 * where worth pinning, parameter counts, FLOPs and receptive-field effects). A new block kind adds rows
 * here; the harness in blocks.conformance.test.ts runs every row the same way.
 */
import type { ParamCount, ReceptiveFieldEffect } from '../../src/graph/blocks/blockDefinition';
import type { BlockKind } from '../../src/graph/blocks/index';
import type { Params, Shape } from '../../src/graph/types';

export interface ConformanceCase {
  /** Overrides of the defaults. */
  readonly params?: Params;
  readonly inputs: readonly Shape[];
  /** Expected output shape, worked out by hand. */
  readonly shape: Shape;
  readonly count?: ParamCount;
  readonly flops?: number;
  readonly rf?: ReceptiveFieldEffect;
}

const none = { trainable: 0, nonTrainable: 0 };
type Spans = readonly (readonly [lo: number, hi: number])[];
/** Output index q·period + r reads input indices spans[r] + q·shift, on both axes (worked out by hand). */
const map = (period: number, shift: number, spans: Spans, cols?: Spans): ReceptiveFieldEffect => {
  const axis = (s: Spans) => ({ period, shift, spans: s.map(([lo, hi]) => ({ lo, hi })) });
  return { type: 'map', rows: axis(spans), cols: axis(cols ?? spans) };
};
/** A window reads o·stride − padBefore … + dilation·(kernel − 1). */
const win = (kernel: number, stride: number, padBefore = 0, dilation = 1, padLeft = padBefore): ReceptiveFieldEffect =>
  map(1, stride, [[0 - padBefore, dilation * (kernel - 1) - padBefore]], [[0 - padLeft, dilation * (kernel - 1) - padLeft]]);

export const CASES: Readonly<Record<BlockKind, readonly ConformanceCase[]>> = {
  Input: [
    { inputs: [], shape: [28, 28, 1], count: none, flops: 0, rf: { type: 'identity' } },
    { params: { height: 32, width: 24, channels: 3 }, inputs: [], shape: [32, 24, 3] },
  ],
  Conv2D: [
    // 3·3·3·32 + 32; FLOPs 8·8·32 outputs × (2·27 multiply-adds + 1 for relu).
    { inputs: [[8, 8, 3]], shape: [8, 8, 32], count: { trainable: 896, nonTrainable: 0 }, flops: 8 * 8 * 32 * 55, rf: win(3, 1, 1) },
    { params: { filters: 4, padding: 'valid' }, inputs: [[8, 8, 3]], shape: [6, 6, 4], rf: win(3, 1, 0) },
    { params: { filters: 4, stride: 2 }, inputs: [[9, 9, 3]], shape: [5, 5, 4], rf: win(3, 2, 1) },
    { params: { filters: 4, stride: 2 }, inputs: [[8, 8, 3]], shape: [4, 4, 4], rf: win(3, 2, 0) },
    { params: { filters: 4, stride: 3, padding: 'valid' }, inputs: [[10, 10, 2]], shape: [3, 3, 4] },
    { params: { filters: 4, padding: 'explicit', pad: 1 }, inputs: [[8, 8, 2]], shape: [8, 8, 4], rf: win(3, 1, 1) },
    { params: { filters: 4, kernel: 5, stride: 2, padding: 'explicit', pad: 2 }, inputs: [[9, 9, 2]], shape: [5, 5, 4], rf: win(5, 2, 2) },
    { params: { filters: 4, padding: 'valid', dilation: 2 }, inputs: [[9, 9, 2]], shape: [5, 5, 4], rf: win(3, 1, 0, 2) },
    { params: { filters: 4, dilation: 2 }, inputs: [[8, 8, 2]], shape: [8, 8, 4], rf: win(3, 1, 2, 2) },
    // Dilated convolutions are built through space-to-batch: sizes that are and are not multiples of the dilation.
    { params: { filters: 3, dilation: 3, activation: 'linear' }, inputs: [[7, 5, 2]], shape: [7, 5, 3], rf: win(3, 1, 3, 3) },
    { params: { filters: 3, kernel: 2, dilation: 2, activation: 'tanh' }, inputs: [[6, 9, 1]], shape: [6, 9, 3], rf: win(2, 1, 1, 2) },
    { params: { filters: 3, kernel: 3, dilation: 2, padding: 'valid', bias: false, activation: 'leakyRelu' }, inputs: [[10, 7, 2]], shape: [6, 3, 3],
      count: { trainable: 54, nonTrainable: 0 } },
    { params: { filters: 3, kernel: 3, dilation: 2, padding: 'explicit', pad: 2 }, inputs: [[5, 6, 2]], shape: [5, 6, 3], rf: win(3, 1, 2, 2) },
    { params: { filters: 4, kernel: 1, bias: false, activation: 'linear' }, inputs: [[5, 5, 6]], shape: [5, 5, 4], count: { trainable: 24, nonTrainable: 0 } },
    { params: { filters: 4, activation: 'leakyRelu' }, inputs: [[6, 6, 2]], shape: [6, 6, 4] },
    { params: { filters: 4, activation: 'gelu' }, inputs: [[6, 6, 2]], shape: [6, 6, 4] },
  ],
  Conv2DTranspose: [
    { inputs: [[4, 4, 3]], shape: [8, 8, 32], count: { trainable: 896, nonTrainable: 0 }, rf: map(2, 1, [[-1, 0], [0, 0]]) },
    { params: { filters: 4, padding: 'valid' }, inputs: [[4, 4, 3]], shape: [9, 9, 4] },
    { params: { filters: 4, stride: 1, padding: 'valid' }, inputs: [[4, 4, 2]], shape: [6, 6, 4] },
    { params: { filters: 4, stride: 3 }, inputs: [[3, 3, 2]], shape: [9, 9, 4] },
    { params: { filters: 4, kernel: 4, stride: 2 }, inputs: [[3, 5, 2]], shape: [6, 10, 4], rf: map(2, 1, [[-1, 0], [0, 1]]) },
    // Kernel smaller than stride, "valid": tfjs gives H·s (Keras 2 rule), not (H − 1)·s + k.
    { params: { filters: 4, kernel: 2, stride: 3, padding: 'valid' }, inputs: [[3, 3, 2]], shape: [9, 9, 4] },
    { params: { filters: 4, activation: 'leakyRelu', bias: false }, inputs: [[3, 3, 2]], shape: [6, 6, 4], count: { trainable: 72, nonTrainable: 0 } },
  ],
  MaxPool2D: [
    { inputs: [[8, 8, 3]], shape: [4, 4, 3], count: none, flops: 4 * 4 * 3 * 4, rf: win(2, 2) },
    { inputs: [[7, 7, 3]], shape: [3, 3, 3] },
    { params: { padding: 'same' }, inputs: [[7, 7, 3]], shape: [4, 4, 3], rf: win(2, 2, 0) },
    { params: { pool: 3, stride: 2 }, inputs: [[9, 9, 2]], shape: [4, 4, 2], rf: win(3, 2) },
    { params: { pool: 3, stride: 1, padding: 'same' }, inputs: [[5, 5, 2]], shape: [5, 5, 2], rf: win(3, 1, 1) },
    { params: { pool: 3, stride: 3 }, inputs: [[9, 6, 1]], shape: [3, 2, 1] },
    // Ceil mode (PyTorch's ceil_mode): one more row/column when the windows do not tile; same field as valid.
    { params: { pool: 3, stride: 2, ceilMode: true }, inputs: [[8, 8, 2]], shape: [4, 4, 2], rf: win(3, 2) },
    { params: { pool: 3, stride: 2, ceilMode: true }, inputs: [[9, 8, 2]], shape: [4, 4, 2] },
    // 6 with 2/3: a third window would start at 6, past the end: none added (PyTorch's rule); 7 gains one.
    { params: { pool: 2, stride: 3, ceilMode: true }, inputs: [[6, 7, 1]], shape: [2, 3, 1] },
    // "same" already keeps ceil(input / stride): ceil mode changes nothing.
    { params: { pool: 3, stride: 2, padding: 'same', ceilMode: true }, inputs: [[7, 7, 1]], shape: [4, 4, 1] },
  ],
  AvgPool2D: [
    { inputs: [[8, 8, 3]], shape: [4, 4, 3], count: none, rf: win(2, 2) },
    { params: { padding: 'same' }, inputs: [[5, 5, 3]], shape: [3, 3, 3] },
    { params: { pool: 3, stride: 1 }, inputs: [[5, 5, 2]], shape: [3, 3, 2] },
    { params: { pool: 4, stride: 4 }, inputs: [[16, 8, 1]], shape: [4, 2, 1] },
    { params: { pool: 2, stride: 2, ceilMode: true }, inputs: [[7, 5, 1]], shape: [4, 3, 1], rf: win(2, 2) },
    { params: { pool: 2, stride: 2, ceilMode: true }, inputs: [[8, 8, 1]], shape: [4, 4, 1] },
  ],
  GlobalAveragePool: [
    { inputs: [[7, 7, 64]], shape: [64], count: none, flops: 7 * 7 * 64, rf: { type: 'global' } },
    { inputs: [[1, 1, 3]], shape: [3] },
  ],
  Flatten: [
    { inputs: [[4, 4, 3]], shape: [48], count: none, flops: 0, rf: { type: 'global' } },
    { inputs: [[10]], shape: [10] },
  ],
  Dense: [
    // 20·128 + 128; FLOPs 128 × (2·20 + 1 for relu).
    { inputs: [[20]], shape: [128], count: { trainable: 2688, nonTrainable: 0 }, flops: 128 * 41, rf: { type: 'global' } },
    { params: { units: 5, bias: false }, inputs: [[20]], shape: [5], count: { trainable: 100, nonTrainable: 0 } },
    ...(['linear', 'relu', 'leakyRelu', 'elu', 'gelu', 'sigmoid', 'tanh', 'softmax'] as const).map((activation) =>
      ({ params: { units: 5, activation }, inputs: [[8]], shape: [5], count: { trainable: 45, nonTrainable: 0 } })),
  ],
  Dropout: [
    { inputs: [[8, 8, 3]], shape: [8, 8, 3], count: none, flops: 0, rf: { type: 'identity' } },
    { params: { rate: 0 }, inputs: [[10]], shape: [10] },
    { params: { rate: 0.95 }, inputs: [[4, 4, 1]], shape: [4, 4, 1] },
  ],
  BatchNorm: [
    { inputs: [[4, 4, 8]], shape: [4, 4, 8], count: { trainable: 16, nonTrainable: 16 }, flops: 2 * 128, rf: { type: 'identity' } },
    { params: { momentum: 0.99, epsilon: 1e-3 }, inputs: [[10]], shape: [10], count: { trainable: 20, nonTrainable: 20 } },
  ],
  Activation: (['relu', 'leakyRelu', 'elu', 'gelu', 'sigmoid', 'tanh', 'softmax'] as const).map((activation) =>
    ({ params: { activation }, inputs: [[4, 4, 3]], shape: [4, 4, 3], count: none, rf: { type: 'identity' } as const })),
  Add: [
    { inputs: [[4, 4, 8], [4, 4, 8]], shape: [4, 4, 8], count: none, flops: 128, rf: { type: 'identity' } },
    { inputs: [[4, 4, 8], [4, 4, 8], [4, 4, 8]], shape: [4, 4, 8], count: none, flops: 256 },
    { inputs: [[10], [10]], shape: [10], count: none },
    { params: { projection: 'none' }, inputs: [[4, 4, 8], [4, 4, 8]], shape: [4, 4, 8], count: none },
    // Shortcut [8,8,4] onto the branch [4,4,8]: 1×1 conv stride 2, 4·8 weights, BN 2·8 + 2·8.
    { inputs: [[8, 8, 4], [4, 4, 8]], shape: [4, 4, 8], count: { trainable: 48, nonTrainable: 16 } },
    { inputs: [[4, 4, 8], [8, 8, 4]], shape: [4, 4, 8], count: { trainable: 48, nonTrainable: 16 } },
    { params: { projectionBatchNorm: false }, inputs: [[8, 8, 4], [4, 4, 8]], shape: [4, 4, 8], count: { trainable: 32, nonTrainable: 0 } },
    // Channels only (stride 1); the target is the input with the most channels.
    { inputs: [[4, 4, 4], [4, 4, 8]], shape: [4, 4, 8], count: { trainable: 48, nonTrainable: 16 } },
    // Odd sizes as in ResNet: 7×7 → 4×4 with stride 2.
    { inputs: [[7, 7, 4], [4, 4, 8]], shape: [4, 4, 8], count: { trainable: 48, nonTrainable: 16 } },
    // Two projections: [8,8,4] stride 2 (32 + 16 | 16) and [16,16,2] stride 4 (16 + 16 | 16).
    { inputs: [[8, 8, 4], [4, 4, 8], [16, 16, 2]], shape: [4, 4, 8], count: { trainable: 80, nonTrainable: 32 } },
  ],
  Concatenate: [
    { inputs: [[4, 4, 3], [4, 4, 5]], shape: [4, 4, 8], count: none, flops: 0, rf: { type: 'identity' } },
    { inputs: [[2, 3, 1], [2, 3, 2], [2, 3, 3]], shape: [2, 3, 6] },
    { inputs: [[3], [7]], shape: [10] },
  ],
  UpSampling2D: [
    { inputs: [[3, 3, 2]], shape: [6, 6, 2], count: none, flops: 0, rf: map(2, 1, [[0, 0], [0, 0]]) },
    { params: { factor: 3, interpolation: 'bilinear' }, inputs: [[3, 2, 2]], shape: [9, 6, 2], rf: map(3, 1, [[0, 0], [0, 1], [0, 1]]) },
    { params: { factor: 1 }, inputs: [[3, 3, 1]], shape: [3, 3, 1] },
  ],
  ZeroPadding2D: [
    { inputs: [[4, 4, 1]], shape: [6, 6, 1], count: none, flops: 0, rf: win(1, 1, 1) },
    { params: { top: 2, bottom: 0, left: 1, right: 3 }, inputs: [[4, 5, 2]], shape: [6, 9, 2], rf: win(1, 1, 2, 1, 1) },
    { params: { top: 0, bottom: 0, left: 0, right: 0 }, inputs: [[3, 3, 1]], shape: [3, 3, 1] },
  ],
  Output: [
    { inputs: [[20]], shape: [10], count: { trainable: 210, nonTrainable: 0 }, rf: { type: 'global' } },
    { params: { classes: 3, softmax: false }, inputs: [[4]], shape: [3], count: { trainable: 15, nonTrainable: 0 }, flops: 24 },
  ],
};
