/**
 * MaxPoolGrad in one SIMD-module pass (the wasm backend's own takes ~5 ms for one LeNet pooling layer);
 * windows that do not overlap (2×2/2 and the like) write each input once instead of accumulating.
 */
import { backend_util, type KernelBackend, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { makeOutput, pointer, simdKernels } from './simdKernels';

interface PoolAttrs {
  filterSize: [number, number] | number;
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | backend_util.ExplicitPadding;
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

const maxPoolGrad: KernelFunc = ({ inputs, attrs, backend }) => {
  const { dy, input } = inputs as { dy: TensorInfo; input: TensorInfo };
  const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as PoolAttrs;
  const kb = backend as KernelBackend;
  const info = backend_util.computePool2DInfo(input.shape as [number, number, number, number], filterSize, strides, 1, pad, dimRoundingMode);
  const dx = makeOutput(kb, input.shape);
  const { top, bottom, left, right } = info.padInfo;
  const disjoint = info.strideHeight >= info.filterHeight && info.strideWidth >= info.filterWidth
    && info.dilationHeight === 1 && info.dilationWidth === 1 && top + bottom + left + right === 0
    && info.inChannels >= 4 && info.outHeight * info.strideHeight <= info.inHeight + info.strideHeight - info.filterHeight;
  if (disjoint) {
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
