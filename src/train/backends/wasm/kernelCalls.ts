/**
 * Calling the wasm backend's own kernels from inside another kernel, without the engine: no tensor
 * bookkeeping, no tape, no per-op engine overhead. Every intermediate is freed with `free`.
 */
import { getKernel, type KernelBackend, type NamedAttrMap, type TensorInfo } from '@tensorflow/tfjs-core';

export type Inputs = Record<string, TensorInfo>;

/** Runs the kernel `name` registered for `backend` on TensorInfos and returns its (single) output. */
export function call(backend: KernelBackend, name: string, inputs: Inputs, attrs: NamedAttrMap = {}): TensorInfo {
  const kernel = getKernel(name, 'wasm');
  if (!kernel) throw new Error(`LayerLoom wasm kernels: the wasm backend has no ${name} kernel`);
  return kernel.kernelFunc({ inputs, attrs, backend }) as TensorInfo;
}

/** Releases intermediates made by `call` (reshapes share data and only drop a reference). */
export function free(backend: KernelBackend, ...infos: TensorInfo[]): void {
  for (const info of infos) backend.disposeData(info.dataId);
}

export function reshape(backend: KernelBackend, x: TensorInfo, shape: number[]): TensorInfo {
  return call(backend, 'Reshape', { x }, { shape });
}

export function transpose(backend: KernelBackend, x: TensorInfo, perm: number[]): TensorInfo {
  return call(backend, 'Transpose', { x }, { perm });
}

export function slice(backend: KernelBackend, x: TensorInfo, begin: number[], size: number[]): TensorInfo {
  return call(backend, 'Slice', { x }, { begin, size });
}

export function pad(backend: KernelBackend, x: TensorInfo, paddings: [number, number][]): TensorInfo {
  return call(backend, 'PadV2', { x }, { paddings, constantValue: 0 });
}

/** An NHWC convolution with explicit padding [[top, bottom], [left, right]]. */
export function conv2d(
  backend: KernelBackend, x: TensorInfo, filter: TensorInfo,
  strides: [number, number], dilations: [number, number], padding: [[number, number], [number, number]],
): TensorInfo {
  const pad = [[0, 0], padding[0], padding[1], [0, 0]];
  return call(backend, 'Conv2D', { x, filter }, { strides, pad, dataFormat: 'NHWC', dilations, dimRoundingMode: undefined } as unknown as NamedAttrMap);
}
