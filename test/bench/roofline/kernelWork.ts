/**
 * The work of one tfjs kernel call, from its name, input shapes and attributes: the useful FLOPs (a
 * multiply-add counts as 2; a convolution counts every tap of the direct algorithm, as the block
 * catalog's `macs` do), the multiply-adds with learned weights, the arithmetic the kernel actually does
 * where it takes a shortcut (Winograd), and the compulsory memory traffic (every input read once, the
 * output written once, float32). Plain data in, plain data out: the roofline bench and its test use it.
 */
import { backend_util } from '@tensorflow/tfjs-core';
import { winogradFits } from '../../../src/train/backends/wasm/winogradConv';

export interface KernelCall {
  readonly name: string;
  /** Input name → shape (undefined inputs left out). */
  readonly inputs: Readonly<Record<string, readonly number[]>>;
  readonly attrs: Readonly<Record<string, unknown>>;
  /** Shape of the (first) output. */
  readonly output: readonly number[];
}

export type KernelCategory =
  | 'conv forward' | 'conv input grad' | 'conv filter grad' | 'dense' | 'batch norm forward' | 'batch norm backward'
  | 'relu' | 'relu grad' | 'add' | 'pad' | 'slice' | 'pooling' | 'pooling grad' | 'loss' | 'optimizer' | 'other';

export interface KernelWork {
  readonly category: KernelCategory;
  /** What the shape means, e.g. "3×3 16→16 on 32×32, stride 1". */
  readonly label: string;
  /** The algorithm LayerLoom's wasm kernel uses, where it matters (direct, Winograd F(4×4, 3×3), …). */
  readonly algorithm: string;
  readonly flops: number;
  /** Multiply-adds with learned weights (convolutions and dense layers), as the block catalog counts them. */
  readonly macs: number;
  /** FLOPs the algorithm performs: its multiply stage exactly plus its transforms as estimated below. */
  readonly doneFlops: number;
  /** Compulsory bytes: inputs read once, output written once. */
  readonly bytes: number;
}

const size = (shape: readonly number[] | undefined): number => (shape ?? []).reduce((a, b) => a * b, 1);
const F32 = 4;
const join = (shape: readonly number[]) => shape.join('×');

/**
 * Per-element FLOPs of the element-wise kernels, by the arithmetic of their definition:
 * batch norm in training: Σx (1), Σx² (2), y = a·x + b with folded a, b (2) → 5;
 * its gradient: Σdy (1), Σdy·x (2), dx = a·dy + b·x + c (4) → 7;
 * Adam per weight: m ← β₁m + (1−β₁)g (3), v ← β₂v + (1−β₂)g² (4), w ← w − lr·m̂/(√v̂ + ε) (5) → 12.
 */
export const PER_ELEMENT = { batchNormForward: 5, batchNormBackward: 7, adam: 12 } as const;

function bytesOf(call: KernelCall): number {
  return F32 * (Object.values(call.inputs).reduce((n, s) => n + size(s), 0) + size(call.output));
}

/**
 * Winograd F(m×m, 3×3) per tile (α = m + 2 points a side): the multiply stage does α² multiply-adds per
 * channel pair exactly; the transforms are estimated from the matrices' non-zeros: F(4×4, 3×3) ≈ 360
 * FLOPs per tile and input channel (Bᵀ·d·B, 12 one-dimensional 6-point transforms) and ≈ 200 per output
 * channel (Aᵀ·M·A); F(2×2, 3×3) 32 and 24. The filter gradient F(3×3, 4×4) transforms an x tile like
 * Bᵀ·d·B and a dy tile through G (≈ 240 per channel).
 */
const WINOGRAD = {
  4: { alpha: 6, perIn: 360, perOut: 200, perOutFilterGrad: 240, name: 'Winograd F(4×4, 3×3)', gradName: 'Winograd F(3×3, 4×4)' },
  2: { alpha: 4, perIn: 32, perOut: 24, perOutFilterGrad: 32, name: 'Winograd F(2×2, 3×3)', gradName: 'Winograd F(3×3, 2×2)' },
} as const;

/** The tile size LayerLoom's Winograd kernels pick for an h×w map (winogradConv.ts, variantFor). */
function winogradTile(h: number, w: number): 2 | 4 {
  return Math.min(h, w) >= 4 && process.env.LAYERLOOM_WINOGRAD !== '2' ? 4 : 2;
}

function winogradOn(): boolean {
  return process.env.LAYERLOOM_WINOGRAD !== '0';
}

type Direction = 'forward' | 'input grad' | 'filter grad';

function convWork(call: KernelCall, direction: Direction): KernelWork {
  const a = call.attrs as { strides: number | [number, number]; pad: 'same' | 'valid' | number; dilations?: number | [number, number]; dimRoundingMode?: 'floor' | 'round' | 'ceil'; inputShape?: number[]; filterShape?: number[] };
  const xShape = (direction === 'input grad' ? a.inputShape : call.inputs.x) as [number, number, number, number];
  const fShape = (direction === 'filter grad' ? a.filterShape : call.inputs.filter) as [number, number, number, number];
  const info = backend_util.computeConv2DInfo(xShape, fShape, a.strides, direction === 'forward' ? a.dilations ?? 1 : 1, a.pad, a.dimRoundingMode);
  const { batchSize: b, outHeight: oh, outWidth: ow, filterHeight: kh, filterWidth: kw, inChannels: ci, outChannels: co, inHeight: h, inWidth: w, strideHeight: s } = info;
  const macs = b * oh * ow * kh * kw * ci * co;
  // The input gradient runs the forward Winograd kernel with the channel axes swapped.
  const fits = winogradOn() && winogradFits(direction === 'input grad' ? { ...info, inChannels: co, outChannels: ci } : info);
  let doneFlops = 2 * macs;
  let algorithm = kh === 1 && kw === 1 ? '1×1 (direct)' : 'direct';
  if (fits) {
    const v = WINOGRAD[winogradTile(h, w)];
    const m = v.alpha - 2;
    const tiles = b * Math.ceil(h / m) * Math.ceil(w / m);
    // Forward: tiles of x (ci) in, of y (co) out; input grad: of dy (co) in, of dx (ci) out.
    const [cin, cout] = direction === 'input grad' ? [co, ci] : [ci, co];
    const transforms = direction === 'filter grad' ? tiles * (v.perIn * ci + v.perOutFilterGrad * co) : tiles * (v.perIn * cin + v.perOut * cout);
    doneFlops = 2 * tiles * v.alpha * v.alpha * ci * co + transforms;
    algorithm = direction === 'filter grad' ? v.gradName : v.name;
  } else if (direction === 'input grad' && s > 1) {
    algorithm = 'strided, one pass';
  }
  const pad = info.padInfo.top || info.padInfo.left ? `, pad ${info.padInfo.top}` : '';
  const label = `${kh}×${kw} ${ci}→${co}, ${h}×${w}${s > 1 ? `/${s}` : ''}${pad}, batch ${b}`;
  const category = direction === 'forward' ? 'conv forward' : direction === 'input grad' ? 'conv input grad' : 'conv filter grad';
  return { category, label, algorithm, flops: 2 * macs, macs, doneFlops, bytes: bytesOf(call) };
}

function matMulWork(call: KernelCall): KernelWork {
  const { a: aShape, b: bShape, bias } = call.inputs;
  const { transposeA, transposeB } = call.attrs as { transposeA?: boolean; transposeB?: boolean };
  const batch = size(aShape.slice(0, -2));
  const [r, c] = aShape.slice(-2);
  const m = transposeA ? c : r;
  const k = transposeA ? r : c;
  const n = transposeB ? bShape[bShape.length - 2] : bShape[bShape.length - 1];
  const macs = batch * m * n * k;
  const flops = 2 * macs + (bias ? batch * m * n : 0);
  const label = `${m}×${k} · ${k}×${n}${transposeA ? ' (Aᵀ)' : ''}${transposeB ? ' (Bᵀ)' : ''}`;
  return { category: 'dense', label, algorithm: 'GEMM', flops, macs, doneFlops: flops, bytes: bytesOf(call) };
}

/** `work` plus `perOutput` FLOPs per output element (a fused bias and ReLU; matMulWork counts a bias already). */
function withReluOut(work: KernelWork, call: KernelCall, perOutput = 1): KernelWork {
  const extra = perOutput * size(call.output);
  return { ...work, flops: work.flops + extra, doneFlops: work.doneFlops + extra };
}

function elementwise(call: KernelCall, category: KernelCategory, perElement: number, of: readonly number[] = call.output): KernelWork {
  const flops = perElement * size(of);
  return { category, label: join(of), algorithm: '', flops, macs: 0, doneFlops: flops, bytes: bytesOf(call) };
}

/** Kernels only the softmax cross-entropy loss runs in a step (tiny: batch × classes). */
const LOSS_KERNELS = new Set(['Max', 'Exp', 'Log', 'Neg', 'Softmax', 'LogSoftmax', 'OneHot', 'LayerLoomSoftmaxCrossEntropy', 'LayerLoomSoftmaxCrossEntropyGrad', 'LayerLoomCountCorrect']);
/** Below this many elements an element-wise kernel is bookkeeping (moving averages, scalars, the loss's sums). */
const SMALL = 4096;
/** Kernels that only relabel or share data (no arithmetic; their bytes are 0 where they copy nothing). */
const BOOKKEEPING = new Set(['Identity', 'Reshape', 'Cast', 'ExpandDims', 'Squeeze']);

export function kernelWork(call: KernelCall): KernelWork {
  const { name, inputs } = call;
  switch (name) {
    case 'Conv2D': case 'FusedConv2D': return convWork(call, 'forward');
    case 'Conv2DBackpropInput': return convWork(call, 'input grad');
    case 'Conv2DBackpropFilter': return convWork(call, 'filter grad');
    case 'BatchMatMul': case '_FusedMatMul': case 'MatMul': case 'LayerLoomMatMulBias': return matMulWork(call);
    // The layers with bias and ReLU in one kernel (fusedBiasRelu.ts): the product, then + b and max(·, 0) per output.
    case 'LayerLoomMatMulBiasRelu': return withReluOut(matMulWork(call), call);
    case 'LayerLoomConv2DBiasRelu': return withReluOut(convWork(call, 'forward'), call, 2);
    case 'LayerLoomReluGradBias': return elementwise(call, 'relu grad', 2, inputs.y); // the mask and the bias sum
    case 'LayerLoomMaxPoolOfRelu': return elementwise(call, 'pooling', 1, inputs.x);
    case 'LayerLoomMaxPoolReluGradBias': return elementwise(call, 'pooling grad', 2, inputs.x);
    case 'LayerLoomBatchNormTraining': case 'FusedBatchNorm':
      return elementwise(call, 'batch norm forward', PER_ELEMENT.batchNormForward, inputs.x);
    case 'LayerLoomBatchNormTrainingGrad': case 'LayerLoomBatchNormGrad':
      return elementwise(call, 'batch norm backward', PER_ELEMENT.batchNormBackward, inputs.x);
    case 'LayerLoomBatchNormAddRelu': // with the residual add and the ReLU: two more operations per element
      return elementwise(call, 'batch norm forward', PER_ELEMENT.batchNormForward + 2, inputs.x);
    case 'Relu': return elementwise(call, 'relu', 1);
    case 'LayerLoomAddRelu': return elementwise(call, 'relu', 2);
    case 'LayerLoomReluGrad': return elementwise(call, 'relu grad', 1);
    case 'LayerLoomAdam': return elementwise(call, 'optimizer', PER_ELEMENT.adam, inputs.value);
    case 'PadV2': return elementwise(call, 'pad', 0);
    case 'Slice': return elementwise(call, 'slice', 0);
    case 'MaxPool': case 'AvgPool': return elementwise(call, 'pooling', 1, inputs.x);
    case 'MaxPoolGrad': case 'AvgPoolGrad': return elementwise(call, 'pooling grad', 1, inputs.x ?? inputs.dy);
    case 'Mean': return elementwise(call, inputs.x.length === 4 ? 'pooling' : 'other', 1, inputs.x);
    case 'Add': case 'AddN':
      return elementwise(call, size(call.output) >= SMALL ? 'add' : 'other', Object.keys(inputs).length - 1);
    // A whole map of ones (Fill) is the global-average-pool gradient's too (elementwiseGradients.ts).
    case 'ZerosLike': case 'Fill':
      return { ...elementwise(call, name === 'Fill' && size(call.output) >= SMALL ? 'pooling grad' : 'other', 0), bytes: F32 * size(call.output) };
    default:
      if (BOOKKEEPING.has(name)) return { ...elementwise(call, 'other', 0), bytes: 0 };
      // The global-average-pool gradient (a broadcast multiply and a division of the whole map) is pooling work.
      if ((name === 'Multiply' || name === 'RealDiv') && size(call.output) >= SMALL) return elementwise(call, 'pooling grad', 1);
      return elementwise(call, LOSS_KERNELS.has(name) ? 'loss' : 'other', 1);
  }
}
