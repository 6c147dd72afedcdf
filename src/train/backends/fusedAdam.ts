/**
 * Adam with one fused kernel per variable on the wasm backend (tfjs's Adam runs ~14 ops per variable
 * per step: for small models that per-op overhead is a large share of a training step). Same maths,
 * same float32 operation order, same serialisation (class name "Adam"); on other backends it is tfjs's
 * AdamOptimizer unchanged. Moments and β1ᵗ, β2ᵗ whose data nothing else shares (the backend's
 * reference count is 1: no clone or reshape of them is alive) are updated in place (the kernel's
 * inPlace mode returns only the new value: one new tensor and one assign instead of three; β powers
 * without a kernel call): the same pass, the same bits.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { NamedTensorMap, Tensor, Variable } from '@tensorflow/tfjs-core';

type NamedTensor = { name: string; tensor: Tensor };
import { ADAM, type AdamAttrs } from './wasm/adamKernel';
import { view } from './wasm/simdKernels';

interface Moment {
  originalName: string;
  variable: Variable;
}

/** tfjs's private Adam state, read by this subclass. */
interface AdamState {
  accBeta1: Variable;
  accBeta2: Variable;
  accumulatedFirstMoment: Moment[];
  accumulatedSecondMoment: Moment[];
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

/** The wasm backend's count of the tensors on t's data is 1: it may be written in place. */
function unshared(kb: tf.KernelBackend, t: Tensor): boolean {
  return kb.refCount(t.dataId) === 1;
}

/** acc·β as tf.mul computes it in float32 (a product of two float32 values rounds once), in place when unshared. */
function multiplyInto(kb: tf.KernelBackend, acc: Variable, beta: number): void {
  if (!unshared(kb, acc)) {
    acc.assign(tf.mul(acc, beta));
    return;
  }
  const a = view(kb, acc);
  a[0] = Math.fround(a[0] * Math.fround(beta));
}

export class FusedAdamOptimizer extends tf.AdamOptimizer {
  override applyGradients(variableGradients: NamedTensorMap | NamedTensor[]): void {
    if (tf.getBackend() !== 'wasm') {
      super.applyGradients(variableGradients as Parameters<tf.AdamOptimizer['applyGradients']>[0]);
      return;
    }
    const self = this as unknown as AdamState;
    const names = Array.isArray(variableGradients) ? variableGradients.map((v) => v.name) : Object.keys(variableGradients);
    const kb = tf.backend();
    tf.tidy(() => {
      const c1 = Math.fround(1 - view(kb, self.accBeta1)[0]); // β1ᵗ read in place (dataSync's engine round trip, same value)
      const c2 = Math.fround(1 - view(kb, self.accBeta2)[0]);
      const attrs: AdamAttrs = { beta1: self.beta1, beta2: self.beta2, epsilon: self.epsilon, learningRate: self.learningRate, c1, c2 };
      const inPlace = { ...attrs, inPlace: true } as never; // one object for every variable of the step
      names.forEach((name, i) => {
        const value = tf.engine().registeredVariables[name];
        self.accumulatedFirstMoment[i] ??= { originalName: `${name}/m`, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
        self.accumulatedSecondMoment[i] ??= { originalName: `${name}/v`, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
        const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
        if (gradient == null) return;
        const m = self.accumulatedFirstMoment[i].variable;
        const v = self.accumulatedSecondMoment[i].variable;
        if (unshared(kb, m) && unshared(kb, v) && gradient.dtype === 'float32' && gradient.size === value.size) {
          value.assign(tf.engine().runKernel(ADAM, { value, m, v, g: gradient }, inPlace) as Tensor);
          return;
        }
        const [newValue, newM, newV] = tf.engine().runKernel(ADAM, { value, m, v, g: gradient }, attrs as never) as Tensor[];
        m.assign(newM);
        v.assign(newV);
        value.assign(newValue);
      });
      multiplyInto(kb, self.accBeta1, self.beta1);
      multiplyInto(kb, self.accBeta2, self.beta2);
    });
    this.incrementIterations();
  }
}

/** tf.train.adam's signature: the optimizer LayerLoom trains with. */
export function adam(learningRate = 0.001, beta1 = 0.9, beta2 = 0.999, epsilon?: number): tf.AdamOptimizer {
  return new FusedAdamOptimizer(learningRate, beta1, beta2, epsilon);
}
