/**
 * Tensors saved for the backward pass share their data without a kernel call on wasm. tfjs's engine
 * keeps a clone of every saved input and output (saveTensorsForBackwardMode, and custom gradients' save
 * function, both through engine.clone, which nothing else calls): an Identity kernel call plus a tape
 * node each, ~35 per LeNet-5 step and ~170 per ResNet-20 step. On wasm LayerLoom's Identity already
 * shares the data (shareKernels.ts), so what is left is the engine's bookkeeping per call: here a saved
 * tensor is a new tensor on the same data, its reference counted as the Identity kernel does, and no
 * tape node. That node only links the clone to its source for gradients of gradients; so nested
 * gradient tapes, and other backends, keep tfjs's own clone.
 */
import type * as tfjs from '@tensorflow/tfjs-core';

/** The parts of tfjs's Engine this reads (not in its public types). */
interface EngineInternals {
  backendName: string;
  backend: { incRef(dataId: object): void };
  state: { gradientDepth: number; tensorInfo: Map<object, { backend: unknown }> };
  makeTensorFromTensorInfo(info: { dataId: object; shape: number[]; dtype: string }): tfjs.Tensor;
  clone(x: tfjs.Tensor): tfjs.Tensor;
}

const patched = new WeakSet<object>();

export function shareSavedTensors(engine: object): void {
  if (patched.has(engine)) return;
  patched.add(engine);
  const e = engine as EngineInternals;
  const stock = e.clone;
  e.clone = function saved(this: EngineInternals, t) {
    const same = this.backendName === 'wasm' && this.state.gradientDepth === 1 && t.dtype !== 'string' && t.dtype !== 'complex64'
      && this.state.tensorInfo.get(t.dataId)?.backend === this.backend;
    if (!same) return stock.call(this, t);
    this.backend.incRef(t.dataId);
    return this.makeTensorFromTensorInfo({ dataId: t.dataId, shape: t.shape, dtype: t.dtype });
  };
}
