/**
 * Dropout masks from the run's seed. tfjs's Dropout layer draws its mask with its `seed` (from
 * Math.random when it has none), and a fixed seed would draw the same mask at every step. Here each of
 * a model's Dropout layers gets, for each training call, a seed derived from the run's seed, the
 * layer's name (its block's id) and how many training calls it has had: a new mask every step, the
 * same masks in every run with that seed. Inference calls (validation, feature maps, whenever they
 * come) draw nothing and do not count. The layers are patched per instance, for this training only.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { keyedSeed } from '../compile/layerSeeds';
import { patchLayerCalls, type LayerCall } from './backends/layerCallPatch';

/** The field of tfjs-layers' Dropout this sets (not in its public types). */
interface DropoutLayer {
  call: LayerCall;
  readonly name: string;
  seed?: number;
}

/** `firstStep`: training steps already taken (a resumed run goes on with the masks it would have drawn). */
export function seedDropout(model: tfjs.LayersModel, runSeed: number, firstStep = 0): void {
  patchLayerCalls<DropoutLayer>(model, 'Dropout', (layer, stock) => {
    let steps = firstStep;
    return (inputs, kwargs) => {
      if (kwargs?.training !== true) return stock(inputs, kwargs);
      const saved = layer.seed;
      layer.seed = keyedSeed(runSeed, layer.name, steps++);
      try {
        return stock(inputs, kwargs);
      } finally {
        layer.seed = saved;
      }
    };
  });
}
