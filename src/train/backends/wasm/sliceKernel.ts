/**
 * Slice and PadV2 as block copies inside the wasm memory. The wasm backend's own Slice reads the
 * entire source into JavaScript (readSync copies it) and then walks it element by element, so slicing
 * a batch out of a dataset, or the gradient of a ZeroPadding2D (a 4-D slice), copied the whole tensor
 * first; its PadV2 is a generic per-element loop. Here both copy contiguous runs of the innermost
 * axes: by LayerLoom's copyRuns kernel (a memory.copy per run, no JavaScript per run) when at most
 * three outer axes remain, else with TypedArray.set.
 */
import { slice_util, util, type KernelBackend, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, pointer, simdKernels, view } from './simdKernels';

/**
 * Copies the box `size` at `srcBegin` of a tensor of shape `srcShape` into the box at `dstBegin` of
 * one of shape `dstShape`, one contiguous run of the trailing axes at a time.
 */
function copyBox(
  src: Float32Array, srcShape: readonly number[], srcBegin: readonly number[],
  dst: Float32Array, dstShape: readonly number[], dstBegin: readonly number[], size: readonly number[],
): void {
  const rank = size.length;
  // The run: trailing axes copied whole in both tensors, plus the next one (partially).
  let axis = rank - 1;
  let run = size[axis];
  while (axis > 0 && size[axis] === srcShape[axis] && size[axis] === dstShape[axis]) {
    axis--;
    run *= size[axis];
  }
  const srcStrides = [...util.computeStrides(srcShape as number[]), 1];
  const dstStrides = [...util.computeStrides(dstShape as number[]), 1];
  const index = new Array<number>(axis).fill(0);
  const outer = size.slice(0, axis).reduce((a, b) => a * b, 1);
  for (let n = 0; n < outer; n++) {
    let s = srcBegin[axis] * srcStrides[axis];
    let d = dstBegin[axis] * dstStrides[axis];
    for (let a = 0; a < axis; a++) {
      s += (srcBegin[a] + index[a]) * srcStrides[a];
      d += (dstBegin[a] + index[a]) * dstStrides[a];
    }
    for (let a = axis + 1; a < rank; a++) {
      s += srcBegin[a] * srcStrides[a];
      d += dstBegin[a] * dstStrides[a];
    }
    dst.set(src.subarray(s, s + run), d);
    for (let a = axis - 1; a >= 0; a--) {
      if (++index[a] < size[a]) break;
      index[a] = 0;
    }
  }
}

/** copyBox between two tensors of the wasm memory, inside wasm when the box has at most 3 outer axes. */
function copyTensorBox(
  backend: KernelBackend, src: TensorInfo, srcBegin: readonly number[],
  dst: TensorInfo, dstBegin: readonly number[], size: readonly number[],
): void {
  const rank = size.length;
  let axis = rank - 1;
  let run = size[axis];
  while (axis > 0 && size[axis] === src.shape[axis] && size[axis] === dst.shape[axis]) {
    axis--;
    run *= size[axis];
  }
  if (axis > 3) {
    copyBox(view(backend, src), src.shape, srcBegin, view(backend, dst), dst.shape, dstBegin, size);
    return;
  }
  const srcStrides = [...util.computeStrides(src.shape), 1];
  const dstStrides = [...util.computeStrides(dst.shape), 1];
  let s = pointer(backend, src);
  let d = pointer(backend, dst);
  for (let a = 0; a < rank; a++) {
    s += 4 * srcBegin[a] * srcStrides[a];
    d += 4 * dstBegin[a] * dstStrides[a];
  }
  // The outer axes, padded in front with single iterations to exactly three.
  const n = [1, 1, 1];
  const ss = [0, 0, 0];
  const ds = [0, 0, 0];
  for (let a = 0; a < axis; a++) {
    n[3 - axis + a] = size[a];
    ss[3 - axis + a] = 4 * srcStrides[a];
    ds[3 - axis + a] = 4 * dstStrides[a];
  }
  simdKernels(backend).copyRuns(s, d, n[0], n[1], n[2], 4 * run, ss[0], ss[1], ss[2], ds[0], ds[1], ds[2]);
}

export function sliceConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    const { begin, size } = args.attrs as { begin: number | number[]; size: number | number[] };
    if (x.dtype !== 'float32') return original(args);
    const [begin_, size_] = slice_util.parseSliceParams(x, begin, size);
    const kb = args.backend as KernelBackend;
    const out = makeOutput(kb, size_);
    if (util.sizeFromShape(size_) === 0) return out;
    copyTensorBox(kb, x, begin_, out, size_.map(() => 0), size_);
    return out;
  };
  return { kernelName: 'Slice', backendName: 'wasm', kernelFunc };
}

export function padConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    const { paddings, constantValue } = args.attrs as { paddings: [number, number][]; constantValue: number };
    if (x.dtype !== 'float32' || paddings.some(([a, b]) => a < 0 || b < 0)) return original(args);
    const kb = args.backend as KernelBackend;
    const outShape = x.shape.map((d, i) => paddings[i][0] + d + paddings[i][1]);
    const out = makeOutput(kb, outShape);
    view(kb, out).fill(constantValue ?? 0);
    if (util.sizeFromShape(x.shape) > 0) copyTensorBox(kb, x, x.shape.map(() => 0), out, paddings.map(([a]) => a), x.shape);
    return out;
  };
  return { kernelName: 'PadV2', backendName: 'wasm', kernelFunc };
}
