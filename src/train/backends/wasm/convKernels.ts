/** LayerLoom's Conv2DBackpropFilter (missing in tfjs's wasm backend) and a fast Conv2DBackpropInput. */
import { backend_util, type KernelBackend, type KernelConfig, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import { conv2dFilterGradient, conv2dInputGradient } from './convGradients';

interface BackpropAttrs {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  filterShape?: [number, number, number, number];
  inputShape?: [number, number, number, number];
}

function checkFormat(kernel: string, dataFormat: string): void {
  if (dataFormat !== 'NHWC') throw new Error(`LayerLoom wasm ${kernel}: only NHWC (channels last) is supported, got ${dataFormat}`);
}

const backpropFilter: KernelFunc = ({ inputs, attrs, backend }) => {
  const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as BackpropAttrs;
  checkFormat('Conv2DBackpropFilter', dataFormat);
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], filterShape!, strides, 1, pad, dimRoundingMode);
  return conv2dFilterGradient(backend as KernelBackend, x, dy, info);
};

const backpropInput: KernelFunc = ({ inputs, attrs, backend }) => {
  const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as BackpropAttrs;
  checkFormat('Conv2DBackpropInput', dataFormat);
  const info = backend_util.computeConv2DInfo(
    inputShape!, filter.shape as [number, number, number, number], strides, 1, pad, dimRoundingMode);
  return conv2dInputGradient(backend as KernelBackend, dy, filter, info);
};

export const conv2dBackpropFilterConfig: KernelConfig = { kernelName: 'Conv2DBackpropFilter', backendName: 'wasm', kernelFunc: backpropFilter };
export const conv2dBackpropInputConfig: KernelConfig = { kernelName: 'Conv2DBackpropInput', backendName: 'wasm', kernelFunc: backpropInput };
