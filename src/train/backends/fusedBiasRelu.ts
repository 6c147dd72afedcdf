/**
 * Convolutions (channels last, not causal, no dilation) and dense layers (2-D input) with a bias and a
 * ReLU train through one LayerLoom kernel each way on wasm (wasm/biasReluKernel.ts): tfjs-layers'
 * fused path does not fuse while gradients are recorded, so each such layer ran four more kernel calls
 * a step (bias Add, Relu; ReluGrad, Sum) and four more passes over its output; a 2×2/2 max pool after such
 * a convolution also masks its gradient by the ReLU and sums the bias gradient. Dense layers with a bias and
 * no activation (output layers) run one kernel too, without tfjs's reshapes. LeNet-5 has four such
 * layers, every AlexNet/VGG-style network more. The layers are patched per instance for the training
 * call on wasm only, so saved models, inference and other backends see the stock layers.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { CONV_BIAS_RELU, MATMUL_BIAS, MATMUL_BIAS_RELU, MAX_POOL_OF_RELU, type ConvBiasReluAttrs } from './wasm/biasReluKernel';
import { patchLayerCalls, type LayerCall } from './layerCallPatch';

/** The fields of tfjs-layers' Conv2D and Dense this reads (they are not in their public types). */
interface BiasLayer {
  call: LayerCall;
  readonly useBias: boolean;
  readonly activation: { getClassName(): string };
  readonly kernel: { read(): tfjs.Tensor };
  readonly bias: { read(): tfjs.Tensor } | null;
}

interface ConvLayer extends BiasLayer {
  readonly strides: number[];
  readonly padding: 'valid' | 'same' | 'causal';
  readonly dataFormat: 'channelsFirst' | 'channelsLast';
  readonly dilationRate: number[];
}

interface PoolLayer {
  call: LayerCall;
  readonly poolSize: number[];
  readonly strides: number[];
  readonly padding: string;
  readonly dataFormat: string;
}

/** Outputs of fused convolutions (≥ 0: a ReLU's), which a 2×2/2 max pool after them takes as such. */
const fusedOutputs = new WeakSet<tfjs.Tensor>();

export function fuseBiasRelu(tf: typeof tfjs, model: tfjs.LayersModel): void {
  const applies = (layer: BiasLayer, x: tfjs.Tensor, kwargs: Record<string, unknown>, activation = 'relu') => kwargs?.training === true
    && layer.useBias && layer.bias != null && layer.activation.getClassName() === activation && x.dtype === 'float32'
    && tf.getBackend() === 'wasm' && tf.getKernel(CONV_BIAS_RELU, 'wasm') != null;
  const first = (inputs: tfjs.Tensor | tfjs.Tensor[]) => (Array.isArray(inputs) ? inputs[0] : inputs);
  patchLayerCalls<ConvLayer>(model, 'Conv2D', (conv, inner) => (inputs, kwargs) => {
    const x = first(inputs);
    const fused = applies(conv, x, kwargs) && x.rank === 4 && conv.dataFormat === 'channelsLast' && conv.padding !== 'causal'
      && conv.dilationRate.every((d) => d === 1);
    if (!fused) return inner(inputs, kwargs);
    const [sh, sw] = conv.strides;
    const attrs: ConvBiasReluAttrs = { strides: [sh, sw], pad: conv.padding as 'valid' | 'same', dataFormat: 'NHWC', dilations: [1, 1] };
    const y = tf.tidy(() => tf.engine().runKernel(CONV_BIAS_RELU, { x, filter: conv.kernel.read(), bias: conv.bias!.read() }, attrs as never) as tfjs.Tensor);
    fusedOutputs.add(y);
    return y;
  }, 'Conv2D:biasRelu');
  // A 2×2/2 max pool of a fused convolution's output: its gradient gives the convolution's dz and bias
  // gradient too (biasReluKernel.ts), one pass over the map fewer.
  patchLayerCalls<PoolLayer>(model, 'MaxPooling2D', (pool, inner) => (inputs, kwargs) => {
    const x = first(inputs);
    const fused = kwargs?.training === true && fusedOutputs.has(x) && x.rank === 4 && (x.shape[3] ?? 0) >= 4 && pool.dataFormat === 'channelsLast'
      && pool.padding === 'valid' && pool.poolSize.every((p) => p === 2) && pool.strides.every((p) => p === 2)
      && tf.getBackend() === 'wasm' && tf.getKernel(MAX_POOL_OF_RELU, 'wasm') != null;
    if (!fused) return inner(inputs, kwargs);
    return tf.tidy(() => tf.engine().runKernel(MAX_POOL_OF_RELU, { x }) as tfjs.Tensor);
  }, 'MaxPooling2D:ofRelu');
  // Dense layers with a bias and no activation too (a network's output layer: tfjs's fused matmul reshapes
  // to rank 3 and back around its product and gradient).
  patchLayerCalls<BiasLayer>(model, 'Dense', (dense, inner) => (inputs, kwargs) => {
    const x = first(inputs);
    const linear = dense.activation.getClassName() === 'linear';
    const fused = x.rank === 2 && applies(dense, x, kwargs, linear ? 'linear' : 'relu');
    if (!fused) return inner(inputs, kwargs);
    const kernel = linear ? MATMUL_BIAS : MATMUL_BIAS_RELU;
    return tf.tidy(() => tf.engine().runKernel(kernel, { a: x, b: dense.kernel.read(), bias: dense.bias!.read() }) as tfjs.Tensor);
  }, 'Dense:biasRelu');
}
