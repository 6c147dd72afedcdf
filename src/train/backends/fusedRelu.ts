/**
 * ReLUs computed by the training kernel before them on wasm. A BatchNormalization or an Add layer whose
 * output goes only to an Activation('relu') layer applies the ReLU in its own pass (fusedBatchNorm.ts,
 * LayerLoomAddRelu) and marks its output; that Activation layer passes a marked tensor on unchanged.
 * ResNet-20 has 19 such ReLUs: each was a pass forward and one backward over a full-size tensor.
 * The mark only saves work: a ReLU applied twice gives the same values and gradients.
 * Training on wasm only; the layers are patched per instance, so saved models are unchanged.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { ADD_RELU } from './wasm/addReluKernel';
import { patchLayerCalls, type LayerCall } from './layerCallPatch';

/** The parts of tfjs-layers' Layer and Node this reads (not all are in its public types). */
interface GraphLayer {
  call: LayerCall;
  getClassName(): string;
  getConfig(): Record<string, unknown>;
  readonly inboundNodes: readonly unknown[];
  readonly outboundNodes: readonly { readonly outboundLayer: GraphLayer; readonly inboundLayers: readonly GraphLayer[] }[];
}

const reluApplied = new WeakSet<tfjs.Tensor>();

/** Marks `t` as a ReLU's output (its Activation('relu') layer passes it on). */
export function markReluApplied(t: tfjs.Tensor): tfjs.Tensor {
  reluApplied.add(t);
  return t;
}

const isRelu = (layer: GraphLayer) => layer.getClassName() === 'Activation' && layer.getConfig().activation === 'relu';

/**
 * Whether `layer`, called once in `model`, feeds only one Activation('relu') layer that takes nothing else,
 * and its output is not one of the model's: the layer may then apply the ReLU itself.
 */
export function reluFollows(model: tfjs.LayersModel, layer: object): boolean {
  const l = layer as GraphLayer;
  if (l.inboundNodes.length !== 1 || l.outboundNodes.length !== 1) return false;
  const next = l.outboundNodes[0];
  return isRelu(next.outboundLayer) && next.inboundLayers.length === 1
    && !model.outputs.some((o) => (o.sourceLayer as object) === layer);
}

/** Activation('relu') layers pass on a tensor already marked as a ReLU's output. Idempotent. */
export function skipAppliedRelus(tf: typeof tfjs, model: tfjs.LayersModel): void {
  patchLayerCalls<GraphLayer>(model, 'Activation', (layer, stock) => {
    if (!isRelu(layer)) return stock;
    return (inputs, kwargs) => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      return reluApplied.has(x) ? tf.clone(x) : stock(inputs, kwargs);
    };
  });
}

/** Add layers of two same-shape float32 tensors followed by a ReLU compute both in LayerLoomAddRelu when training on wasm. */
export function fuseAddRelu(tf: typeof tfjs, model: tfjs.LayersModel): void {
  skipAppliedRelus(tf, model);
  patchLayerCalls<GraphLayer>(model, 'Add', (layer, stock) => {
    if (!reluFollows(model, layer)) return stock;
    return (inputs, kwargs) => {
      const [a, b] = Array.isArray(inputs) ? inputs : [inputs];
      const fused = kwargs?.training === true && Array.isArray(inputs) && inputs.length === 2 && b != null
        && a.dtype === 'float32' && b.dtype === 'float32' && a.shape.join() === b.shape.join()
        && tf.getBackend() === 'wasm' && tf.getKernel(ADD_RELU, 'wasm') != null;
      if (!fused) return stock(inputs, kwargs);
      return markReluApplied(tf.engine().runKernel(ADD_RELU, { a, b }) as tfjs.Tensor);
    };
  });
}
