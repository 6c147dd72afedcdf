/**
 * A network's tfjs `model.json` without its weights: the topology LayerLoom's compiler builds and the name and shape
 * of every weight, in the order tfjs saves them. The exported training scripts write it with their trained weights,
 * so a run trained in PyTorch or Keras is a LayerLoom run (predict, test, results, re-export load it as they load the
 * app's). Built without allocating a single weight: a VGG-16 costs no 550 MB of initial values.
 */
import * as tf from '@tensorflow/tfjs';
import { compileGraph } from '../compile/compileGraph';
import type { Graph } from '../graph/types';

export interface TfjsWeightSpec {
  /** `layer/weight`, as in model.json's weightsManifest. */
  readonly name: string;
  readonly shape: readonly number[];
}

export interface TfjsModelTemplate {
  /** model.json's `modelTopology`, exactly as tfjs saves it. */
  readonly modelTopology: unknown;
  /** model.json's `generatedBy`. */
  readonly generatedBy: string;
  /** Every weight, in tfjs's save order (the trainable weights layer by layer, then the others). */
  readonly weights: readonly TfjsWeightSpec[];
}

interface Recorded {
  readonly trainable: TfjsWeightSpec[];
  readonly frozen: TfjsWeightSpec[];
}

type AddWeight = (this: tf.layers.Layer, name: string, shape: number[], dtype?: unknown, init?: unknown, reg?: unknown, trainable?: boolean) => unknown;

export function tfjsModelTemplate(graph: Graph): TfjsModelTemplate {
  const proto = tf.layers.Layer.prototype as unknown as { addWeight: AddWeight };
  const original = proto.addWeight;
  const recorded = new WeakMap<object, Recorded>();
  // While the graph compiles, a layer's build records each weight instead of creating it (compileGraph is synchronous,
  // so nothing else runs meanwhile); `apply` only needs shapes, and the topology only the layers' configs.
  proto.addWeight = function (name, shape, _dtype, _init, _reg, trainable) {
    const r = recorded.get(this) ?? { trainable: [], frozen: [] };
    recorded.set(this, r);
    (trainable === false ? r.frozen : r.trainable).push({ name: `${this.name}/${name}`, shape: [...shape] });
    return { shape: [...shape], dtype: 'float32', name, originalName: `${this.name}/${name}` };
  };
  try {
    const { model } = compileGraph(graph, tf, 'layerloom');
    const of = (layer: object) => recorded.get(layer) ?? { trainable: [], frozen: [] };
    const weights = [...model.layers.flatMap((l) => of(l).trainable), ...model.layers.flatMap((l) => of(l).frozen)];
    return { modelTopology: model.toJSON(null, false), generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`, weights };
  } finally {
    proto.addWeight = original;
  }
}
