/**
 * Tensors saved for the backward pass share their data without a kernel call on wasm. tfjs's engine
 * keeps a clone of every saved input and output (saveTensorsForBackwardMode → engine.clone): an Identity
 * kernel call plus a tape node each, ~30 per LeNet-5 step and ~170 per ResNet-20 step. On wasm LayerLoom's
 * Identity already shares the data (shareKernels.ts), so what is left is the engine's bookkeeping per call:
 * here a saved tensor is a new tensor on the same data, its reference counted as the Identity kernel does,
 * and no tape node. That node only links the clone to its source for gradients of gradients; so nested
 * gradient tapes, and other backends, keep tfjs's own clone.
 */
import type * as tfjs from '@tensorflow/tfjs-core';

/** The parts of tfjs's Engine this reads (not in its public types). */
interface EngineInternals {
  backendName: string;
  backend: { incRef(dataId: object): void };
  state: { gradientDepth: number; tensorInfo: Map<object, { backend: unknown }> };
  saveTensorsForBackwardMode(tensors: tfjs.Tensor[]): tfjs.Tensor[];
  makeTensorFromTensorInfo(info: { dataId: object; shape: number[]; dtype: string }): tfjs.Tensor;
  clone(x: tfjs.Tensor): tfjs.Tensor;
  keep<T extends tfjs.Tensor>(t: T): T;
}

const patched = new WeakSet<object>();

export function shareSavedTensors(engine: object): void {
  if (patched.has(engine)) return;
  patched.add(engine);
  const e = engine as EngineInternals;
  const stock = e.saveTensorsForBackwardMode;
  e.saveTensorsForBackwardMode = function save(this: EngineInternals, tensors) {
    if (this.backendName !== 'wasm' || this.state.gradientDepth !== 1) return stock.call(this, tensors);
    return tensors.map((t) => {
      const info = this.state.tensorInfo.get(t.dataId);
      if (t.dtype === 'string' || t.dtype === 'complex64' || info?.backend !== this.backend) return this.keep(this.clone(t));
      this.backend.incRef(t.dataId);
      return this.keep(this.makeTensorFromTensorInfo({ dataId: t.dataId, shape: t.shape, dtype: t.dtype }));
    });
  };
}
