/**
 * Keras (3) code for every block kind: the layer calls, named exactly as LayerLoom's tfjs layers (tfjs
 * layers are Keras layers), so the layer list and weights line up one to one.
 */
import { activation } from '../graph/blocks/activation';
import { LEAKY_RELU_ALPHA } from '../graph/blocks/activationLayer';
import { add } from '../graph/blocks/add';
import { avgPool2d } from '../graph/blocks/avgPool2d';
import { batchNorm } from '../graph/blocks/batchNorm';
import { ceilPoolPlan, type CeilExtra } from '../graph/blocks/ceilModePooling';
import { TORCH_BATCH_NORM, type BatchNormSettings } from '../graph/blocks/batchNormLayer';
import { concatenate } from '../graph/blocks/concatenate';
import { conv2d, convPadsAsSame } from '../graph/blocks/conv2d';
import { conv2dTranspose } from '../graph/blocks/conv2dTranspose';
import { dense } from '../graph/blocks/dense';
import { dropout } from '../graph/blocks/dropout';
import { flatten } from '../graph/blocks/flatten';
import { globalAveragePool } from '../graph/blocks/globalAveragePool';
import { input } from '../graph/blocks/input';
import { maxPool2d } from '../graph/blocks/maxPool2d';
import { output } from '../graph/blocks/output';
import type { ActivationName } from '../graph/blocks/paramSpecs';
import { planAdd } from '../graph/blocks/residualProjection';
import { upSampling2d } from '../graph/blocks/upSampling2d';
import { zeroPadding2d } from '../graph/blocks/zeroPadding2d';
import { forKind, type Exporter, type ExporterTable, type ExportContext } from './blockExporter';
import { pyNum, pyStr } from './pythonNames';

const args = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(', ');
const named = (name: string) => `name=${pyStr(name)}`;

/** Applies `layer` to `x`. */
const call = (layer: string, x: string) => `${layer}(${x})`;

const leaky = (name: string, x: string) => call(`layers.LeakyReLU(negative_slope=${LEAKY_RELU_ALPHA}, ${named(name)})`, x);

/** A layer with a fused activation, or (leaky ReLU) a linear layer `${id}__suffix` followed by LeakyReLU named for the block. */
function withActivation(ctx: ExportContext, act: ActivationName, suffix: string, layer: (name: string, activation: string | false) => string): string {
  if (act !== 'leakyRelu') return call(layer(ctx.id, act !== 'linear' && `activation=${pyStr(act)}`), ctx.inputs[0]);
  return leaky(ctx.id, call(layer(`${ctx.id}__${suffix}`, false), ctx.inputs[0]));
}

const batchNormLayer = (name: string, s: BatchNormSettings) =>
  `layers.BatchNormalization(${args(`momentum=${pyNum(s.momentum)}`, `epsilon=${pyNum(s.epsilon)}`, named(name))})`;

/**
 * Keras has no ceil mode: the extra last row and column are pools over what is left, cropped off and joined
 * with Concatenate, exactly as LayerLoom builds them (ceilModePooling.ts), layer for layer.
 */
function pooling(cls: string, p: { pool: number; stride: number; padding: 'valid' | 'same'; ceilMode: boolean }, ctx: ExportContext): string {
  const x = ctx.inputs[0];
  const plan = p.ceilMode && p.padding === 'valid' ? ceilPoolPlan(ctx.inputShapes[0], ctx.outputShape, p.pool, p.stride) : null;
  const piece = (suffix: string | null, row: CeilExtra | null, col: CeilExtra | null) => {
    const cropped = row || col
      ? call(`layers.Cropping2D(((${row?.start ?? 0}, 0), (${col?.start ?? 0}, 0)), ${named(`${ctx.id}__crop_${suffix}`)})`, x) : x;
    const size = row || col ? `(${row?.size ?? p.pool}, ${col?.size ?? p.pool})` : String(p.pool);
    return call(`layers.${cls}(${args(size, `strides=${p.stride}`, p.padding === 'same' && 'padding="same"', named(suffix ? `${ctx.id}__${suffix}` : ctx.id))})`, cropped);
  };
  if (!plan || (!plan.lastRow && !plan.lastCol)) return piece(null, null, null);
  const join = (parts: string[], axis: number, name: string) => call(`layers.Concatenate(axis=${axis}, ${named(name)})`, `[${parts.join(', ')}]`);
  const { lastRow, lastCol } = plan;
  const main = piece('main', null, null);
  const top = lastCol ? join([main, piece('col', null, lastCol)], 2, lastRow ? `${ctx.id}__top` : ctx.id) : main;
  if (!lastRow) return top;
  const bottom = lastCol ? join([piece('row', lastRow, null), piece('corner', lastRow, lastCol)], 2, `${ctx.id}__bottom`) : piece('row', lastRow, null);
  return join([top, bottom], 1, ctx.id);
}

export const KERAS_BLOCKS = {
  Input: forKind(input, (p, ctx) => `keras.Input(shape=(${p.height}, ${p.width}, ${p.channels}), ${named(ctx.id)})`),
  Conv2D: forKind(conv2d, (p, ctx) => {
    const same = convPadsAsSame(p);
    const x = p.padding === 'explicit' && p.pad > 0 && !same ? call(`layers.ZeroPadding2D(${p.pad}, ${named(`${ctx.id}__pad`)})`, ctx.inputs[0]) : ctx.inputs[0];
    return withActivation({ ...ctx, inputs: [x] }, p.activation, 'conv', (name, act) => `layers.Conv2D(${args(String(p.filters), String(p.kernel),
      p.stride !== 1 && `strides=${p.stride}`, same && 'padding="same"', p.dilation !== 1 && `dilation_rate=${p.dilation}`,
      act, !p.bias && 'use_bias=False', named(name))})`);
  }),
  Conv2DTranspose: forKind(conv2dTranspose, (p, ctx) => withActivation(ctx, p.activation, 'deconv', (name, act) =>
    `layers.Conv2DTranspose(${args(String(p.filters), String(p.kernel), p.stride !== 1 && `strides=${p.stride}`,
      p.padding === 'same' && 'padding="same"', act, !p.bias && 'use_bias=False', named(name))})`)),
  MaxPool2D: forKind(maxPool2d, (p, ctx) => pooling('MaxPooling2D', p, ctx)),
  AvgPool2D: forKind(avgPool2d, (p, ctx) => pooling('AveragePooling2D', p, ctx)),
  GlobalAveragePool: forKind(globalAveragePool, (_p, ctx) => call(`layers.GlobalAveragePooling2D(${named(ctx.id)})`, ctx.inputs[0])),
  Flatten: forKind(flatten, (_p, ctx) => (ctx.inputShapes[0].length > 1
    ? call(`layers.Flatten(${named(ctx.id)})`, ctx.inputs[0])
    : call(`layers.Reshape((${ctx.outputShape[0]},), ${named(ctx.id)})`, ctx.inputs[0]))),
  Dense: forKind(dense, (p, ctx) => withActivation(ctx, p.activation, 'dense', (name, act) =>
    `layers.Dense(${args(String(p.units), act, !p.bias && 'use_bias=False', named(name))})`)),
  Dropout: forKind(dropout, (p, ctx) => call(`layers.Dropout(${pyNum(p.rate)}, ${named(ctx.id)})`, ctx.inputs[0])),
  BatchNorm: forKind(batchNorm, (p, ctx) => call(batchNormLayer(ctx.id, p), ctx.inputs[0])),
  Activation: forKind(activation, (p, ctx) => (p.activation === 'leakyRelu'
    ? leaky(ctx.id, ctx.inputs[0])
    : call(`layers.Activation(${pyStr(p.activation)}, ${named(ctx.id)})`, ctx.inputs[0]))),
  Add: forKind(add, (p, ctx) => {
    const terms = [...ctx.inputs];
    for (const proj of planAdd(ctx.inputShapes, p.projection).projections) {
      const name = `${ctx.id}__proj${proj.index}`;
      const conv = call(`layers.Conv2D(${args(String(proj.outChannels), '1', proj.stride !== 1 && `strides=${proj.stride}`, 'use_bias=False', named(name))})`, terms[proj.index]);
      terms[proj.index] = p.projectionBatchNorm ? call(batchNormLayer(`${name}_bn`, TORCH_BATCH_NORM), conv) : conv;
    }
    return call(`layers.Add(${named(ctx.id)})`, `[${terms.join(', ')}]`);
  }),
  Concatenate: forKind(concatenate, (_p, ctx) => call(`layers.Concatenate(${named(ctx.id)})`, `[${ctx.inputs.join(', ')}]`)),
  UpSampling2D: forKind(upSampling2d, (p, ctx) =>
    call(`layers.UpSampling2D(${args(`size=${p.factor}`, p.interpolation !== 'nearest' && `interpolation=${pyStr(p.interpolation)}`, named(ctx.id))})`, ctx.inputs[0])),
  ZeroPadding2D: forKind(zeroPadding2d, (p, ctx) =>
    call(`layers.ZeroPadding2D(((${p.top}, ${p.bottom}), (${p.left}, ${p.right})), ${named(ctx.id)})`, ctx.inputs[0])),
  Output: forKind(output, (p, ctx) => call(`layers.Dense(${args(String(p.classes), p.softmax && 'activation="softmax"', named(ctx.id))})`, ctx.inputs[0])),
} satisfies ExporterTable<string>;

export function kerasBlock(kind: string): Exporter<string> {
  const e = (KERAS_BLOCKS as Record<string, Exporter<string>>)[kind];
  if (!e) throw new Error(`no Keras exporter for block kind "${kind}"`);
  return e;
}
