/**
 * Training convolutions without bias or activation (ResNet's, before each batch norm) through
 * tf.conv2d instead of tfjs-layers' fused path. tfjs computes a fused convolution's gradient in one
 * custom gradient that always returns the input gradient too, so a network's first convolution pays for
 * the gradient of the images (3.5 ms of a ResNet-20 step on wasm); tf.conv2d's registered gradient is
 * computed per input, only where the tape needs it. Same kernels, same numbers otherwise. The layers are
 * patched per instance for the training call only, so saved models and inference are unchanged.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { patchLayerCalls, type LayerCall } from './layerCallPatch';

/** The fields of tfjs-layers' Conv2D this reads (they are not in its public types). */
interface ConvLayer {
  call: LayerCall;
  readonly useBias: boolean;
  readonly activation: { getClassName(): string };
  readonly kernel: { read(): tfjs.Tensor };
  readonly strides: number[];
  readonly padding: 'valid' | 'same' | 'causal';
  readonly dataFormat: 'channelsFirst' | 'channelsLast';
  readonly dilationRate: number[];
}

export function plainConvTraining(tf: typeof tfjs, model: tfjs.LayersModel): void {
  patchLayerCalls<ConvLayer>(model, 'Conv2D', (conv, stock) => (inputs, kwargs) => {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    const plain = kwargs?.training === true && !conv.useBias && conv.activation.getClassName() === 'linear'
      && conv.dataFormat === 'channelsLast' && conv.padding !== 'causal' && x.rank === 4;
    if (!plain) return stock(inputs, kwargs);
    const [sh, sw] = conv.strides;
    const [dh, dw] = conv.dilationRate;
    return tf.tidy(() => tf.conv2d(x as tfjs.Tensor4D, conv.kernel.read() as tfjs.Tensor4D, [sh, sw], conv.padding as 'valid' | 'same', 'NHWC', [dh, dw]));
  });
}
