/**
 * ReLUs computed by the training kernel before them on wasm. A BatchNormalization or an Add layer whose
 * output goes only to an Activation('relu') layer applies the ReLU in its own pass (fusedBatchNorm.ts,
 * LayerLoomAddRelu) and marks its output; that Activation layer passes a marked tensor on unchanged.
 * ResNet-20 has 19 such ReLUs: each was a pass forward and one backward over a full-size tensor. An Add
 * whose input is a deferred batch norm's (deferToAdd) computes the batch norm, the sum and the ReLU at once.
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

/**
 * A layer's output whose computation waits for the Add after it (a batch norm's, fusedBatchNorm.ts): the
 * placeholder tensor the layer returned → `run(shortcut)`, which computes max(output + shortcut, 0) in one
 * kernel (marked as a ReLU's output), or with null the layer's own output.
 */
type Deferred = (shortcut: tfjs.Tensor | null) => tfjs.Tensor;
const deferred = new WeakMap<tfjs.Tensor, Deferred>();
/** The Add layers patched by fuseAddRelu to take deferred inputs. */
const addsTakingDeferred = new WeakSet<object>();

/**
 * The Add layer, patched by fuseAddRelu, that takes `layer`'s output (called once, going nowhere else
 * and not one of the model's outputs) beside one other input and feeds only a ReLU; else undefined.
 */
export function addReluAfter(model: tfjs.LayersModel, layer: object): object | undefined {
  const l = layer as GraphLayer;
  if (l.inboundNodes.length !== 1 || l.outboundNodes.length !== 1) return undefined;
  const next = l.outboundNodes[0];
  const add = next.outboundLayer;
  const ok = add.getClassName() === 'Add' && next.inboundLayers.length === 2 && next.inboundLayers.filter((x) => x === l).length === 1
    && reluFollows(model, add) && addsTakingDeferred.has(add) && !model.outputs.some((o) => (o.sourceLayer as object) === layer);
  return ok ? add : undefined;
}

/** Returns `placeholder`, whose values the Add after it computes with `run` (see Deferred). */
export function deferToAdd(placeholder: tfjs.Tensor, run: Deferred): tfjs.Tensor {
  deferred.set(placeholder, run);
  return placeholder;
}

/** Add layers of two same-shape float32 tensors followed by a ReLU compute both in LayerLoomAddRelu when training on wasm. */
export function fuseAddRelu(tf: typeof tfjs, model: tfjs.LayersModel): void {
  skipAppliedRelus(tf, model);
  patchLayerCalls<GraphLayer>(model, 'Add', (layer, stock) => {
    if (!reluFollows(model, layer)) return stock;
    addsTakingDeferred.add(layer);
    return (given, kwargs) => {
      let inputs = given;
      if (Array.isArray(given) && given.length === 2) {
        const [da, db] = given.map((t) => deferred.get(t));
        given.forEach((t) => deferred.delete(t));
        const same = given[0].dtype === 'float32' && given[1].dtype === 'float32' && given[0].shape.join() === given[1].shape.join();
        // Both deferred (a projection shortcut with its own batch norm): the second computed alone.
        if (da && same) return da(db ? db(null) : given[1]);
        if (db && same) return db(given[0]);
        if (da || db) inputs = [da ? da(null) : given[0], db ? db(null) : given[1]];
      }
      const [a, b] = Array.isArray(inputs) ? inputs : [inputs];
      const fused = kwargs?.training === true && Array.isArray(inputs) && inputs.length === 2 && b != null
        && a.dtype === 'float32' && b.dtype === 'float32' && a.shape.join() === b.shape.join()
        && tf.getBackend() === 'wasm' && tf.getKernel(ADD_RELU, 'wasm') != null;
      if (!fused) return stock(inputs, kwargs);
      return markReluApplied(tf.engine().runKernel(ADD_RELU, { a, b }) as tfjs.Tensor);
    };
  });
}
