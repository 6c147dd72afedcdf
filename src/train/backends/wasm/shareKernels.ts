/**
 * Identity, and Cast to the same dtype, share the input's memory (as the cpu backend does and as
 * Reshape already does on wasm): tensors are immutable, so a copy is wasted work. The wasm backend's
 * own versions copy every element — hundreds of full-size copies per ResNet step (tape clones, casts).
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';

function share(backend: KernelBackend, x: TensorInfo): TensorInfo {
  backend.incRef(x.dataId);
  return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
}

export function identityConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    return x.dtype === 'string' ? original(args) : share(args.backend as KernelBackend, x);
  };
  return { kernelName: 'Identity', backendName: 'wasm', kernelFunc };
}

export function castConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    const { dtype } = args.attrs as { dtype: string };
    return x.dtype === dtype && dtype !== 'string' ? share(args.backend as KernelBackend, x) : original(args);
  };
  return { kernelName: 'Cast', backendName: 'wasm', kernelFunc };
}
