/**
 * Replaces `call` on each of a model's layers of one class, once per layer instance: how LayerLoom
 * swaps in a faster training path for a stock tfjs-layers layer without changing the layer itself
 * (saved models, inference and exports see the stock layer).
 */
import type * as tfjs from '@tensorflow/tfjs';

export type LayerCall = (inputs: tfjs.Tensor | tfjs.Tensor[], kwargs: Record<string, unknown>) => tfjs.Tensor | tfjs.Tensor[];

/** The patches applied to each layer, by name (a layer has one class; it may take more than one patch). */
const patched = new WeakMap<object, Set<string>>();

/**
 * `wrap(layer, stock)` returns the new call; `stock` is the layer's call before (bound). Once per layer and
 * `patch` name (default: the class name); a later patch wraps the earlier ones.
 */
export function patchLayerCalls<L extends { call: LayerCall }>(
  model: tfjs.LayersModel, className: string, wrap: (layer: L, stock: LayerCall) => LayerCall, patch = className,
): void {
  for (const layer of model.layers) {
    if (layer.getClassName() !== className) continue;
    const done = patched.get(layer) ?? new Set<string>();
    if (done.has(patch)) continue;
    done.add(patch);
    patched.set(layer, done);
    const target = layer as unknown as L;
    target.call = wrap(target, target.call.bind(target));
  }
}
