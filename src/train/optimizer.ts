/** The optimizer and learning-rate schedule from a project's training settings. */
import type * as tfjs from '@tensorflow/tfjs';
import type { TrainingSettings } from '../graph/projectFile';
import { adam } from './backends/fusedAdam';

export type OptimizerSettings = Pick<TrainingSettings, 'optimizer' | 'learningRate' | 'momentum'>;
export type ScheduleSettings = Pick<TrainingSettings, 'schedule' | 'learningRate' | 'epochs'>;

/** SGD with momentum (plain SGD when momentum is 0), Adam (LayerLoom's fused Adam on wasm) or RMSProp. */
export function makeOptimizer(tf: typeof tfjs, s: OptimizerSettings): tfjs.Optimizer {
  switch (s.optimizer) {
    case 'sgd':
      return s.momentum > 0 ? tf.train.momentum(s.learningRate, s.momentum) : tf.train.sgd(s.learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(s.learningRate, 0.9, 0, 1e-7);
    case 'adam':
      return adam(s.learningRate, 0.9, 0.999, 1e-7);
  }
}

/** Steps: the rate is divided by 10 at 50 % and again at 75 % of the epochs. */
export const STEP_POINTS = [0.5, 0.75] as const;

/**
 * The learning rate at a point of the run counted in epochs from 0 (fractions are within an epoch):
 * constant; step (÷10 at half and three quarters of the run, from the start of an epoch); cosine
 * (from the base rate at 0 smoothly down towards 0 at the end, never exactly 0; the session moves it
 * every batch, as PyTorch's CosineAnnealingLR stepped per batch does, so a 2-epoch run anneals too).
 */
export function learningRateAt(s: ScheduleSettings, epoch: number): number {
  const base = s.learningRate;
  switch (s.schedule) {
    case 'constant':
      return base;
    case 'step':
      return base * 0.1 ** STEP_POINTS.filter((p) => Math.floor(epoch) >= Math.round(p * s.epochs)).length;
    case 'cosine':
      return base * 0.5 * (1 + Math.cos((Math.PI * epoch) / Math.max(1, s.epochs)));
  }
}

/** Whether the schedule changes the rate within an epoch (then the session sets it before every batch). */
export function changesWithinEpoch(s: Pick<ScheduleSettings, 'schedule'>): boolean {
  return s.schedule === 'cosine';
}

/** Changes an optimizer's learning rate between steps (tfjs optimizers keep it in different places). */
export function setLearningRate(optimizer: tfjs.Optimizer, lr: number): void {
  const o = optimizer as unknown as { setLearningRate?: (lr: number) => void; learningRate?: number };
  if (typeof o.setLearningRate === 'function') o.setLearningRate(lr);
  else o.learningRate = lr;
}
