/**
 * MaxPoolGrad in one SIMD-module pass (the wasm backend's own takes ~5 ms for one LeNet pooling layer);
 * windows that do not overlap (2×2/2 and the like) write each input once instead of accumulating.
 * MaxPool with such windows by LayerLoom's own pass too (XNNPACK's: see maxPoolConfig); other pooling
 * goes to the wasm backend's kernel.
 */
import { backend_util, type KernelBackend, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, pointer, simdKernels } from './simdKernels';

interface PoolAttrs {
  filterSize: [number, number] | number;
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | backend_util.ExplicitPadding;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

/** Windows that do not overlap, inside the input, no padding or dilation, at least 4 channels. */
function disjoint(info: backend_util.Conv2DInfo): boolean {
  const { top, bottom, left, right } = info.padInfo;
  return info.strideHeight >= info.filterHeight && info.strideWidth >= info.filterWidth
    && info.dilationHeight === 1 && info.dilationWidth === 1 && top + bottom + left + right === 0
    && info.inChannels >= 4 && info.outHeight * info.strideHeight <= info.inHeight + info.strideHeight - info.filterHeight;
}

const maxPoolGrad: KernelFunc = ({ inputs, attrs, backend }) => {
  const { dy, input } = inputs as { dy: TensorInfo; input: TensorInfo };
  const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as PoolAttrs;
  const kb = backend as KernelBackend;
  const info = backend_util.computePool2DInfo(input.shape as [number, number, number, number], filterSize, strides, 1, pad, dimRoundingMode);
  const dx = makeOutput(kb, input.shape);
  if (disjoint(info)) {
    simdKernels(kb).maxPoolGradDisjoint(
      pointer(kb, input), pointer(kb, dy), pointer(kb, dx), info.batchSize, info.inHeight, info.inWidth, info.inChannels,
      info.outHeight, info.outWidth, info.filterHeight, info.filterWidth, info.strideHeight, info.strideWidth,
    );
    return dx;
  }
  simdKernels(kb).maxPoolGrad(
    pointer(kb, input), pointer(kb, dy), pointer(kb, dx),
    info.batchSize, info.inHeight, info.inWidth, info.inChannels, info.outHeight, info.outWidth,
    info.filterHeight, info.filterWidth, info.strideHeight, info.strideWidth, info.dilationHeight, info.dilationWidth,
    info.padInfo.top, info.padInfo.left,
  );
  return dx;
};

export const maxPoolGradConfig: KernelConfig = { kernelName: 'MaxPoolGrad', backendName: 'wasm', kernelFunc: maxPoolGrad };

/**
 * MaxPool: non-overlapping windows (LeNet's 2×2/2) by maxPoolDisjoint, which reads each input once with
 * no per-call setup (XNNPACK's took 0.11–0.15 ms for LeNet's 64×28×28×6 layer: see the commit message).
 */
export function maxPoolConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    const { filterSize, strides, pad, dimRoundingMode } = args.attrs as unknown as PoolAttrs;
    if (x.dtype !== 'float32' || x.shape.length !== 4) return original(args);
    const info = backend_util.computePool2DInfo(x.shape as [number, number, number, number], filterSize, strides, 1, pad, dimRoundingMode);
    if (!disjoint(info)) return original(args);
    const kb = args.backend as KernelBackend;
    const y = makeOutput(kb, [info.batchSize, info.outHeight, info.outWidth, info.inChannels]);
    simdKernels(kb).maxPoolDisjoint(
      pointer(kb, x), pointer(kb, y), info.batchSize, info.inHeight, info.inWidth, info.inChannels,
      info.outHeight, info.outWidth, info.filterHeight, info.filterWidth, info.strideHeight, info.strideWidth,
    );
    return y;
  };
  return { kernelName: 'MaxPool', backendName: 'wasm', kernelFunc };
}
