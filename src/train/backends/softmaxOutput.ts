/**
 * The model's output layer with a softmax activation (the Output block with softmax on) keeps its
 * logits beside the probabilities it returns when training on wasm, so that loss.ts's cross-entropy can
 * run LayerLoom's one-call loss on the logits (with the probabilities' clip, softmaxCrossEntropyKernel.ts)
 * instead of softmax, clip, log, one-hot, multiply, sum and mean each way. The layer still returns the
 * same probabilities (tf.softmax of the same logits, as its activation computes them); the softmax is
 * then off the loss's gradient path. Patched per layer instance for the training call only; other
 * backends, inference and saved models see the stock layer.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { SOFTMAX_CROSS_ENTROPY } from './wasm/softmaxCrossEntropyKernel';

/** The parts of tfjs-layers' Layer this reads (not all are in its public types). */
interface ActivatedLayer {
  call(inputs: tfjs.Tensor | tfjs.Tensor[], kwargs: Record<string, unknown>): tfjs.Tensor | tfjs.Tensor[];
  activation?: { getClassName(): string; apply(x: tfjs.Tensor): tfjs.Tensor };
}

/** tfjs-layers' linear activation, as the layer's call consults it. */
const LINEAR = { getClassName: () => 'linear', apply: (x: tfjs.Tensor) => x };

const logitsOfOutput = new WeakMap<tfjs.Tensor, tfjs.Tensor>();
/** Each patched layer's last logits, kept past the model's own tidy until the loss takes them or the layer runs again. */
const lastLogits = new WeakMap<object, tfjs.Tensor>();
const patched = new WeakSet<object>();

/**
 * The logits under `probabilities` when the patched output layer made them and they are still alive, else
 * undefined. The caller owns them: it disposes them once its kernel has run (a kernel saving them for its
 * gradient keeps its own reference to their data).
 */
export function takeLogits(probabilities: tfjs.Tensor): tfjs.Tensor | undefined {
  const logits = logitsOfOutput.get(probabilities);
  logitsOfOutput.delete(probabilities);
  return logits && !logits.isDisposed ? logits : undefined;
}

export function keepSoftmaxLogits(tf: typeof tfjs, model: tfjs.LayersModel): void {
  if (model.outputs.length !== 1) return;
  const layer = model.outputs[0].sourceLayer as unknown as ActivatedLayer;
  const softmax = layer.activation?.getClassName() === 'softmax';
  if (!softmax || patched.has(layer)) return;
  patched.add(layer);
  const stock = layer.call.bind(layer);
  layer.call = (inputs, kwargs) => {
    const fast = kwargs?.training === true && tf.getBackend() === 'wasm' && tf.getKernel(SOFTMAX_CROSS_ENTROPY, 'wasm') != null;
    if (!fast) return stock(inputs, kwargs);
    const activation = layer.activation!;
    layer.activation = LINEAR;
    let logits: tfjs.Tensor;
    try {
      logits = stock(inputs, kwargs) as tfjs.Tensor;
    } finally {
      layer.activation = activation;
    }
    const probabilities = activation.apply(logits);
    // The model disposes its layers' intermediate tensors when it returns: keep the logits for the loss.
    lastLogits.get(layer)?.dispose(); // the previous call's, if no loss took them
    lastLogits.set(layer, tf.keep(logits));
    logitsOfOutput.set(probabilities, logits);
    return probabilities;
  };
}
