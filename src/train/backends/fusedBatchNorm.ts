/**
 * Training batch norms in one kernel where the backend has LayerLoom's (wasm): each of the model's
 * BatchNormalization layers computes its training-mode output with LayerLoomBatchNormTraining instead
 * of tfjs-layers' moments-then-normalize composition, and updates its moving averages as tfjs-layers
 * does. Inference, other backends and unusual settings (no centre or scale, another axis) keep the
 * layer's own call. A batch norm whose output goes only to a ReLU applies it in the same kernel
 * (fusedRelu.ts); one whose output goes only to an Add followed by a ReLU (a residual block's last) is
 * computed by that Add, with the sum and the ReLU, in one pass (LayerLoomBatchNormAddRelu): its own
 * output is never written. The layers are patched per instance, so saved models are unchanged.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { BATCH_NORM_ADD_RELU, BATCH_NORM_TRAINING } from './wasm/batchNormTrainingKernel';
import { patchLayerCalls, type LayerCall } from './layerCallPatch';
import { addReluAfter, deferToAdd, markReluApplied, reluFollows, skipAppliedRelus } from './fusedRelu';

/** The fields of tfjs-layers' BatchNormalization this reads (they are not in its public types). */
interface BatchNormLayer {
  call: LayerCall;
  readonly axis: number;
  readonly momentum: number;
  readonly epsilon: number;
  readonly center: boolean;
  readonly scale: boolean;
  readonly gamma: { read(): tfjs.Tensor };
  readonly beta: { read(): tfjs.Tensor };
  readonly movingMean: { read(): tfjs.Tensor; write(t: tfjs.Tensor): void };
  readonly movingVariance: { read(): tfjs.Tensor; write(t: tfjs.Tensor): void };
}

export function fuseBatchNormTraining(tf: typeof tfjs, model: tfjs.LayersModel): void {
  skipAppliedRelus(tf, model);
  patchLayerCalls<BatchNormLayer>(model, 'BatchNormalization', (bn, stock) => {
    const relu = reluFollows(model, bn);
    return (inputs, kwargs) => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const lastAxis = bn.axis === -1 || bn.axis === x.rank - 1;
      const fused = kwargs?.training === true && bn.center && bn.scale && lastAxis && x.dtype === 'float32'
        && tf.getBackend() === 'wasm' && tf.getKernel(BATCH_NORM_TRAINING, 'wasm') != null;
      if (!fused) return stock(inputs, kwargs);
      const run = (shortcut: tfjs.Tensor | null) => {
        const out = tf.tidy(() => {
          const [y, , , movingMean, movingVariance] = tf.engine().runKernel(shortcut ? BATCH_NORM_ADD_RELU : BATCH_NORM_TRAINING, {
            x, scale: bn.gamma.read(), offset: bn.beta.read(), movingMean: bn.movingMean.read(), movingVariance: bn.movingVariance.read(),
            ...(shortcut ? { shortcut } : {}),
          }, { varianceEpsilon: bn.epsilon, relu, momentum: bn.momentum }) as tfjs.Tensor[];
          // tfjs-layers' update (moving −= (moving − batch) · (1 − momentum)), computed by the kernel.
          bn.movingMean.write(movingMean);
          bn.movingVariance.write(movingVariance);
          return y;
        });
        return relu || shortcut ? markReluApplied(out) : out;
      };
      // Only into an Add then a ReLU (a residual block's last batch norm): that Add computes the batch
      // norm, the sum and the ReLU in one pass (BATCH_NORM_ADD_RELU); until then x stands in.
      if (addReluAfter(model, bn) && tf.getKernel(BATCH_NORM_ADD_RELU, 'wasm') != null) return deferToAdd(tf.clone(x), run);
      return run(null);
    };
  });
}
