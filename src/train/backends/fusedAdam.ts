/**
 * Adam with one fused kernel per variable on the wasm backend (tfjs's Adam runs ~14 ops per variable
 * per step: for small models that per-op overhead is a large share of a training step). Same maths,
 * same float32 operation order, same serialisation (class name "Adam"); on other backends it is tfjs's
 * AdamOptimizer unchanged.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { NamedTensorMap, Tensor, Variable } from '@tensorflow/tfjs-core';

type NamedTensor = { name: string; tensor: Tensor };
import { ADAM } from './wasm/adamKernel';

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

export class FusedAdamOptimizer extends tf.AdamOptimizer {
  override applyGradients(variableGradients: NamedTensorMap | NamedTensor[]): void {
    if (tf.getBackend() !== 'wasm') {
      super.applyGradients(variableGradients as Parameters<tf.AdamOptimizer['applyGradients']>[0]);
      return;
    }
    const self = this as unknown as AdamState;
    const names = Array.isArray(variableGradients) ? variableGradients.map((v) => v.name) : Object.keys(variableGradients);
    tf.tidy(() => {
      const c1 = Math.fround(1 - self.accBeta1.dataSync()[0]);
      const c2 = Math.fround(1 - self.accBeta2.dataSync()[0]);
      const attrs = { beta1: self.beta1, beta2: self.beta2, epsilon: self.epsilon, learningRate: self.learningRate, c1, c2 };
      names.forEach((name, i) => {
        const value = tf.engine().registeredVariables[name];
        self.accumulatedFirstMoment[i] ??= { originalName: `${name}/m`, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
        self.accumulatedSecondMoment[i] ??= { originalName: `${name}/v`, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
        const gradient = Array.isArray(variableGradients) ? variableGradients[i].tensor : variableGradients[name];
        if (gradient == null) return;
        const m = self.accumulatedFirstMoment[i].variable;
        const v = self.accumulatedSecondMoment[i].variable;
        const [newValue, newM, newV] = tf.engine().runKernel(ADAM, { value, m, v, g: gradient }, attrs as never) as Tensor[];
        m.assign(newM);
        v.assign(newV);
        value.assign(newValue);
      });
      self.accBeta1.assign(tf.mul(self.accBeta1, self.beta1));
      self.accBeta2.assign(tf.mul(self.accBeta2, self.beta2));
    });
    this.incrementIterations();
  }
}

/** tf.train.adam's signature: the optimizer LayerLoom trains with. */
export function adam(learningRate = 0.001, beta1 = 0.9, beta2 = 0.999, epsilon?: number): tf.AdamOptimizer {
  return new FusedAdamOptimizer(learningRate, beta1, beta2, epsilon);
}
