/**
 * A convolution with explicit padding (PyTorch's symmetric padding: ResNet-20's two stride-2 layers) is
 * built as a ZeroPadding2D layer and a 'valid' Conv2D (tf.layers.conv2d pads only 'same', asymmetric at
 * stride 2). In training on wasm the padding layer passes its input on (marked with its padding) and the
 * convolution after it pads inside its kernels (tf.conv2d with explicit padding: LayerLoom's wasm kernels
 * skip or mask the taps past the input's edges). A ResNet-20 step loses a pad forward and a slice backward
 * per such layer (0.81 + 0.40 ms), and the input gradient is written at the input's size, not the padded one.
 * Only where the padding layer is called once and feeds nothing but one plain convolution (no bias, linear,
 * channels last, undilated), called once; the layers are patched per instance for the training call, so saved
 * models, inference and exports see the stock layers.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { patchLayerCalls, type LayerCall } from './layerCallPatch';

type Padding = [[number, number], [number, number]];


/** The parts of tfjs-layers' layers and nodes this reads (not all are in its public types). */
interface GraphLayer {
  call: LayerCall;
  getClassName(): string;
  readonly inboundNodes: readonly unknown[];
  readonly outboundNodes: readonly { readonly outboundLayer: GraphLayer; readonly inboundLayers: readonly GraphLayer[] }[];
}

interface PadLayer extends GraphLayer {
  readonly padding: Padding;
  readonly dataFormat: string;
}

interface ConvLayer extends GraphLayer {
  readonly useBias: boolean;
  readonly activation: { getClassName(): string };
  readonly kernel: { read(): tfjs.Tensor };
  readonly strides: number[];
  readonly padding: string;
  readonly dataFormat: string;
  readonly dilationRate: number[];
}

/** Tensors a padding layer passed on unpadded → the padding the convolution after it applies. */
const passedOn = new WeakMap<tfjs.Tensor, Padding>();

/** The plain convolution that alone takes `pad`'s output (both called once, not a model output), or undefined. */
function plainConvAfter(model: tfjs.LayersModel, pad: PadLayer): ConvLayer | undefined {
  if (pad.dataFormat !== 'channelsLast' || pad.inboundNodes.length !== 1 || pad.outboundNodes.length !== 1) return undefined;
  if (model.outputs.some((o) => (o.sourceLayer as object) === pad)) return undefined;
  const next = pad.outboundNodes[0];
  const conv = next.outboundLayer as ConvLayer;
  const plain = conv.getClassName() === 'Conv2D' && next.inboundLayers.length === 1 && conv.inboundNodes.length === 1
    && !conv.useBias && conv.activation.getClassName() === 'linear' && conv.padding === 'valid'
    && conv.dataFormat === 'channelsLast' && conv.dilationRate.every((d) => d === 1);
  return plain ? conv : undefined;
}

export function padInsideConv(tf: typeof tfjs, model: tfjs.LayersModel): void {
  if (process.env.LAYERLOOM_PAD_INSIDE === '0') return; // the stock padding layers, for comparing them (read per model)
  const inside = new WeakSet<object>(); // padding layers whose convolution pads inside
  for (const layer of model.layers) {
    if (layer.getClassName() === 'ZeroPadding2D' && plainConvAfter(model, layer as unknown as PadLayer)) inside.add(layer);
  }
  const first = (inputs: tfjs.Tensor | tfjs.Tensor[]) => (Array.isArray(inputs) ? inputs[0] : inputs);
  patchLayerCalls<PadLayer>(model, 'ZeroPadding2D', (pad, stock) => (inputs, kwargs) => {
    const x = first(inputs);
    const pass = inside.has(pad) && kwargs?.training === true && x.rank === 4 && x.dtype === 'float32' && tf.getBackend() === 'wasm';
    if (!pass) return stock(inputs, kwargs);
    const y = tf.clone(x); // the same data (LayerLoom's wasm Identity), a tensor of its own to mark
    passedOn.set(y, pad.padding);
    return y;
  }, 'ZeroPadding2D:inside');
  // A convolution given a marked tensor must pad it (whatever else applies), so this wraps the other patches.
  patchLayerCalls<ConvLayer>(model, 'Conv2D', (conv, inner) => (inputs, kwargs) => {
    const x = first(inputs);
    const padding = passedOn.get(x);
    if (!padding) return inner(inputs, kwargs);
    const [sh, sw] = conv.strides;
    return tf.tidy(() => tf.conv2d(x as tfjs.Tensor4D, conv.kernel.read() as tfjs.Tensor4D, [sh, sw], [[0, 0], padding[0], padding[1], [0, 0]], 'NHWC'));
  }, 'Conv2D:padInside');
}
