/**
 * Feature maps for the dashboard: one sample image through the model, each conv/pool block's channels
 * as small 8-bit grayscale images, plus the first convolution's kernels.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { activationModel, type CompiledModel } from '../compile/compileGraph';
import type { FeatureChannel, FeatureMapsEvent } from './events';
import { normalize, type Normalization } from './normalization';

export const FEATURE_MAP_KINDS: readonly string[] = ['Conv2D', 'Conv2DTranspose', 'MaxPool2D', 'AvgPool2D'];
/** At most this many channels per block, and this many pixels per side (larger maps are subsampled). */
export const MAX_CHANNELS = 16;
export const MAX_SIDE = 64;

/**
 * Scales one channel (values at `offset + (y·width + x)·stride`) to 0…255 bytes, base64.
 * A constant channel is all 0.
 */
export function grayChannel(values: ArrayLike<number>, width: number, height: number, offset = 0, stride = 1): FeatureChannel {
  const step = Math.max(1, Math.ceil(Math.max(width, height) / MAX_SIDE));
  const ow = Math.ceil(width / step);
  const oh = Math.ceil(height / step);
  let min = Infinity;
  let max = -Infinity;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = values[offset + (y * width + x) * stride];
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const range = max - min;
  const bytes = new Uint8Array(ow * oh);
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      const v = values[offset + (y * step * width + x * step) * stride];
      bytes[y * ow + x] = range > 0 && Number.isFinite(range) ? Math.round(((v - min) / range) * 255) : 0;
    }
  }
  return { width: ow, height: oh, min: Number.isFinite(min) ? min : 0, max: Number.isFinite(max) ? max : 0, data: Buffer.from(bytes).toString('base64') };
}

export class FeatureMapper {
  private readonly blockIds: string[];
  private readonly probe?: tfjs.LayersModel;
  private readonly firstConv?: string;
  private readonly kinds: ReadonlyMap<string, string>;

  constructor(private readonly tf: typeof tfjs, private readonly compiled: CompiledModel, graphKinds: ReadonlyMap<string, string>, private readonly norm: Normalization) {
    this.blockIds = compiled.blockOrder.filter((id) => FEATURE_MAP_KINDS.includes(graphKinds.get(id) ?? ''));
    this.kinds = graphKinds;
    this.firstConv = this.blockIds.find((id) => graphKinds.get(id) === 'Conv2D');
    // Shares the trained layers: never dispose it (that would dispose the weights); disposing the
    // trained model frees them, and the probe holds nothing else.
    if (this.blockIds.length) this.probe = activationModel(compiled, this.blockIds, tf);
  }

  /** The event for one image (h·w·c floats). Leaves no tensors behind. */
  async capture(image: Float32Array, label: string | null, at: { sessionId: string; epoch: number; batch: number }): Promise<FeatureMapsEvent> {
    const tf = this.tf;
    const [, h, w, c] = this.compiled.model.inputs[0].shape as number[];
    const blocks: FeatureMapsEvent['blocks'][number][] = [];
    if (this.probe) {
      const outs = tf.tidy(() => {
        const r = this.probe!.predict(normalize(tf, tf.tensor4d(image, [1, h, w, c]), this.norm));
        return Array.isArray(r) ? r : [r];
      });
      try {
        for (let b = 0; b < outs.length; b++) {
          const [, oh, ow, oc] = outs[b].shape;
          const data = await outs[b].data();
          const channels: FeatureChannel[] = [];
          for (let ch = 0; ch < Math.min(oc, MAX_CHANNELS); ch++) channels.push(grayChannel(data as Float32Array, ow, oh, ch, oc));
          blocks.push({ blockId: this.blockIds[b], kind: this.kinds.get(this.blockIds[b]) ?? '', shape: [oh, ow, oc], channels });
        }
      } finally {
        tf.dispose(outs);
      }
    }
    const sampleImage = grayChannel(image, w, h, 0, c);
    return { type: 'featureMaps', ...at, sample: { label, image: sampleImage }, blocks, kernels: await this.kernels() };
  }

  /** The first Conv2D's kernels, one image per output channel (mean over input channels). */
  private async kernels(): Promise<FeatureMapsEvent['kernels']> {
    if (!this.firstConv) return undefined;
    const id = this.firstConv;
    const layer = this.compiled.model.layers.find((l) => (l.name === id || l.name.startsWith(`${id}__`)) && l.getWeights()[0]?.rank === 4);
    const kernel = layer?.getWeights()[0];
    if (!kernel || kernel.rank !== 4) return undefined;
    const [kh, kw, , co] = kernel.shape;
    const mean = this.tf.tidy(() => this.tf.mean(kernel, 2));
    const data = (await mean.data()) as Float32Array;
    mean.dispose();
    const channels: FeatureChannel[] = [];
    for (let o = 0; o < Math.min(co, MAX_CHANNELS * 2); o++) channels.push(grayChannel(data, kw, kh, o, co));
    return { blockId: this.firstConv, channels };
  }
}
