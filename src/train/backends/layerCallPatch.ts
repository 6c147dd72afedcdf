/**
 * Replaces `call` on each of a model's layers of one class, once per layer instance: how LayerLoom
 * swaps in a faster training path for a stock tfjs-layers layer without changing the layer itself
 * (saved models, inference and exports see the stock layer).
 */
import type * as tfjs from '@tensorflow/tfjs';

export type LayerCall = (inputs: tfjs.Tensor | tfjs.Tensor[], kwargs: Record<string, unknown>) => tfjs.Tensor | tfjs.Tensor[];

const patched = new WeakSet<object>(); // a layer has one class, so one patch

/** `wrap(layer, stock)` returns the new call; `stock` is the layer's own (bound). */
export function patchLayerCalls<L extends { call: LayerCall }>(
  model: tfjs.LayersModel, className: string, wrap: (layer: L, stock: LayerCall) => LayerCall,
): void {
  for (const layer of model.layers) {
    if (layer.getClassName() !== className || patched.has(layer)) continue;
    patched.add(layer);
    const target = layer as unknown as L;
    target.call = wrap(target, target.call.bind(target));
  }
}
