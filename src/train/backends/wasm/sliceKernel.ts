/**
 * Slice and PadV2 as block copies inside the wasm memory. The wasm backend's own Slice reads the
 * entire source into JavaScript (readSync copies it) and then walks it element by element, so slicing
 * a batch out of a dataset, or the gradient of a ZeroPadding2D (a 4-D slice), copied the whole tensor
 * first; its PadV2 is a generic per-element loop. Here both copy contiguous runs of the innermost
 * axes with TypedArray.set (a memcpy).
 */
import { slice_util, util, type KernelBackend, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, view } from './simdKernels';

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

export function sliceConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    const { begin, size } = args.attrs as { begin: number | number[]; size: number | number[] };
    if (x.dtype !== 'float32') return original(args);
    const [begin_, size_] = slice_util.parseSliceParams(x, begin, size);
    const kb = args.backend as KernelBackend;
    const out = makeOutput(kb, size_);
    if (util.sizeFromShape(size_) === 0) return out;
    // Views after the allocation: it may have grown the memory.
    copyBox(view(kb, x), x.shape, begin_, view(kb, out), size_, size_.map(() => 0), size_);
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
    const dst = view(kb, out);
    dst.fill(constantValue ?? 0);
    if (util.sizeFromShape(x.shape) > 0) copyBox(view(kb, x), x.shape, x.shape.map(() => 0), dst, outShape, paddings.map(([a]) => a), x.shape);
    return out;
  };
  return { kernelName: 'PadV2', backendName: 'wasm', kernelFunc };
}
