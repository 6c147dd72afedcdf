/**
 * PyTorch code for every block kind: the modules a block adds to `__init__`, its forward expression,
 * and where its tfjs weights go. The module works in NCHW; shapes, padding and arithmetic equal tfjs's,
 * so LayerLoom's trained weights give the same outputs.
 */
import { activation } from '../graph/blocks/activation';
import { LEAKY_RELU_ALPHA } from '../graph/blocks/activationLayer';
import { add } from '../graph/blocks/add';
import { avgPool2d } from '../graph/blocks/avgPool2d';
import { batchNorm } from '../graph/blocks/batchNorm';
import { TORCH_BATCH_NORM } from '../graph/blocks/batchNormLayer';
import { concatenate } from '../graph/blocks/concatenate';
import { conv2d } from '../graph/blocks/conv2d';
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
import type { Shape } from '../graph/types';
import { forKind, type Exporter, type ExporterTable, type ExportContext } from './blockExporter';
import { isZero, samePads, symmetric, torchPadTuple } from './padding';
import { pyNum } from './pythonNames';
import type { TorchHelper } from './torchHelpers';

/** How a tfjs weight becomes a PyTorch tensor: the axes permutation from the tfjs layout. */
export type TorchLayout = 'conv' | 'dense' | 'vector';

export interface TorchWeight {
  /** tfjs layer and weight name, e.g. "c1" and "kernel". */
  readonly layer: string;
  readonly weight: string;
  /** state_dict key, e.g. "c1.weight". */
  readonly key: string;
  readonly layout: TorchLayout;
}

export interface TorchCode {
  /** `self.<attr> = <constructor>` lines of `__init__`. */
  readonly modules?: readonly (readonly [attr: string, ctor: string])[];
  /** The block's output, as an expression of its inputs. */
  readonly expr: string;
  readonly helpers?: readonly TorchHelper[];
  readonly weights?: readonly TorchWeight[];
}

export function activate(name: ActivationName, e: string): string {
  switch (name) {
    case 'linear': return e;
    case 'relu': return `F.relu(${e})`;
    case 'leakyRelu': return `F.leaky_relu(${e}, ${LEAKY_RELU_ALPHA})`;
    case 'elu': return `F.elu(${e})`;
    case 'gelu': return `F.gelu(${e})`;
    case 'sigmoid': return `torch.sigmoid(${e})`;
    case 'tanh': return `torch.tanh(${e})`;
    case 'softmax': return `torch.softmax(${e}, dim=1)`;
  }
}

const args = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(', ');

function batchNormModule(channels: number, rank: number, momentum: number, epsilon: number): string {
  // Keras' momentum m keeps m of the running average; PyTorch's momentum is the share of the new batch.
  const torchMomentum = Number((1 - momentum).toPrecision(12));
  return `nn.BatchNorm${rank === 1 ? '1d' : '2d'}(${args(String(channels), `eps=${pyNum(epsilon)}`, `momentum=${pyNum(torchMomentum)}`)})`;
}

function batchNormWeights(layer: string, attr: string): TorchWeight[] {
  return [['gamma', 'weight'], ['beta', 'bias'], ['moving_mean', 'running_mean'], ['moving_variance', 'running_var']]
    .map(([weight, key]) => ({ layer, weight, key: `${attr}.${key}`, layout: 'vector' as const }));
}

function kernelWeights(layer: string, attr: string, bias: boolean, layout: TorchLayout): TorchWeight[] {
  const w: TorchWeight[] = [{ layer, weight: 'kernel', key: `${attr}.weight`, layout }];
  if (bias) w.push({ layer, weight: 'bias', key: `${attr}.bias`, layout: 'vector' });
  return w;
}

/** A layer that is fused with its activation in tfjs except leaky ReLU, which then owns the block's name. */
const mainLayer = (ctx: ExportContext, act: ActivationName, suffix: string) => (act === 'leakyRelu' ? `${ctx.id}__${suffix}` : ctx.id);

function linear(ctx: ExportContext, units: number, bias: boolean, act: ActivationName, suffix: string): TorchCode {
  return {
    modules: [[ctx.attr, `nn.Linear(${args(String(ctx.inputShapes[0][0]), String(units), !bias && 'bias=False')})`]],
    expr: activate(act, `self.${ctx.attr}(${ctx.inputs[0]})`),
    weights: kernelWeights(mainLayer(ctx, act, suffix), ctx.attr, bias, 'dense'),
  };
}

function pool(kind: 'max' | 'avg', p: { pool: number; stride: number; padding: 'valid' | 'same'; ceilMode: boolean }, ctx: ExportContext): TorchCode {
  const x = ctx.inputs[0];
  const k = `${p.pool}, ${p.stride}`;
  const pads = p.padding === 'same' ? samePads(ctx.inputShapes[0], p.pool, p.stride) : null;
  // Ceil mode without padding: torch's windows and divisors are LayerLoom's (the last window averages what it holds).
  if (!pads || isZero(pads)) return { expr: `F.${kind}_pool2d(${x}, ${k}${p.ceilMode && p.padding === 'valid' ? ', ceil_mode=True' : ''})` };
  const sym = symmetric(pads);
  if (kind === 'max') {
    return sym
      ? { expr: `F.max_pool2d(${x}, ${k}, padding=(${sym[0]}, ${sym[1]}))` }
      : { expr: `F.max_pool2d(F.pad(${x}, ${torchPadTuple(pads)}, value=float("-inf")), ${k})` };
  }
  return sym
    ? { expr: `F.avg_pool2d(${x}, ${k}, padding=(${sym[0]}, ${sym[1]}), count_include_pad=False)` }
    : { expr: `avg_pool_same(${x}, ${k}, ${torchPadTuple(pads)})`, helpers: ['avgPoolSame'] };
}

/** A max pool with `padding` zeros absorbed from the ZeroPadding2D before it (see torchFolds.ts): torch's own module. */
export function paddedMaxPool(f: { kernel: number; stride: number; padding: number }, ctx: ExportContext): TorchCode {
  return {
    modules: [[ctx.attr, `nn.MaxPool2d(kernel_size=${f.kernel}, stride=${f.stride}, padding=${f.padding})`]],
    expr: `self.${ctx.attr}(${ctx.inputs[0]})`,
  };
}

/** ConvTranspose2d settings giving tfjs's output size: padding crops both sides, output_padding extends the end, a slice crops the end. */
function transposeGeometry(input: Shape, out: Shape, kernel: number, stride: number, same: boolean) {
  const padding = same ? Math.floor(Math.max(kernel - stride, 0) / 2) : 0;
  const full = (input[0] - 1) * stride + kernel - 2 * padding;
  const diff = out[0] - full;
  return { padding, outputPadding: Math.max(diff, 0), crop: diff < 0 };
}

export const TORCH_BLOCKS = {
  Input: forKind(input, (_p, ctx) => ({ expr: ctx.inputs[0] ?? 'x' })),
  Conv2D: forKind(conv2d, (p, ctx) => {
    let x = ctx.inputs[0];
    let padding = p.padding === 'explicit' ? String(p.pad) : '0';
    if (p.padding === 'same') {
      const pads = samePads(ctx.inputShapes[0], p.kernel, p.stride, p.dilation);
      const sym = symmetric(pads);
      if (sym) padding = sym[0] === sym[1] ? String(sym[0]) : `(${sym[0]}, ${sym[1]})`;
      else x = `F.pad(${x}, ${torchPadTuple(pads)})`;
    }
    const ctor = `nn.Conv2d(${args(String(ctx.inputShapes[0][2]), String(p.filters), `kernel_size=${p.kernel}`,
      p.stride !== 1 && `stride=${p.stride}`, padding !== '0' && `padding=${padding}`, p.dilation !== 1 && `dilation=${p.dilation}`, !p.bias && 'bias=False')})`;
    return {
      modules: [[ctx.attr, ctor]],
      expr: activate(p.activation, `self.${ctx.attr}(${x})`),
      weights: kernelWeights(mainLayer(ctx, p.activation, 'conv'), ctx.attr, p.bias, 'conv'),
    };
  }),
  Conv2DTranspose: forKind(conv2dTranspose, (p, ctx) => {
    const g = transposeGeometry(ctx.inputShapes[0], ctx.outputShape, p.kernel, p.stride, p.padding === 'same');
    const ctor = `nn.ConvTranspose2d(${args(String(ctx.inputShapes[0][2]), String(p.filters), `kernel_size=${p.kernel}`,
      p.stride !== 1 && `stride=${p.stride}`, g.padding > 0 && `padding=${g.padding}`, g.outputPadding > 0 && `output_padding=${g.outputPadding}`,
      !p.bias && 'bias=False')})`;
    let y = `self.${ctx.attr}(${ctx.inputs[0]})`;
    if (g.crop) y = `${y}[:, :, :${ctx.outputShape[0]}, :${ctx.outputShape[1]}]`;
    return {
      modules: [[ctx.attr, ctor]],
      expr: activate(p.activation, y),
      // tfjs stores [kh, kw, out, in], PyTorch [in, out, kh, kw]: the same axes permutation as a convolution's.
      weights: kernelWeights(mainLayer(ctx, p.activation, 'deconv'), ctx.attr, p.bias, 'conv'),
    };
  }),
  MaxPool2D: forKind(maxPool2d, (p, ctx) => pool('max', p, ctx)),
  AvgPool2D: forKind(avgPool2d, (p, ctx) => pool('avg', p, ctx)),
  GlobalAveragePool: forKind(globalAveragePool, (_p, ctx) => ({ expr: `${ctx.inputs[0]}.mean(dim=(2, 3))` })),
  Flatten: forKind(flatten, (_p, ctx) => {
    const [shape, x] = [ctx.inputShapes[0], ctx.inputs[0]];
    if (shape.length === 1) return { expr: x };
    // tfjs flattens channels-last (NHWC): permute first so that Dense weights trained in LayerLoom line up.
    if (shape[0] * shape[1] === 1) return { expr: `torch.flatten(${x}, 1)` };
    return { expr: `torch.flatten(${x}.permute(0, 2, 3, 1), 1)` };
  }),
  Dense: forKind(dense, (p, ctx) => linear(ctx, p.units, p.bias, p.activation, 'dense')),
  Dropout: forKind(dropout, (p, ctx) => ({
    modules: [[ctx.attr, `nn.Dropout(${pyNum(p.rate)})`]],
    expr: `self.${ctx.attr}(${ctx.inputs[0]})`,
  })),
  BatchNorm: forKind(batchNorm, (p, ctx) => {
    const shape = ctx.inputShapes[0];
    return {
      modules: [[ctx.attr, batchNormModule(shape[shape.length - 1], shape.length, p.momentum, p.epsilon)]],
      expr: `self.${ctx.attr}(${ctx.inputs[0]})`,
      weights: batchNormWeights(ctx.id, ctx.attr),
    };
  }),
  Activation: forKind(activation, (p, ctx) => ({ expr: activate(p.activation, ctx.inputs[0]) })),
  Add: forKind(add, (p, ctx) => {
    const terms = [...ctx.inputs];
    const modules: [string, string][] = [];
    const weights: TorchWeight[] = [];
    for (const proj of planAdd(ctx.inputShapes, p.projection).projections) {
      // The ResNet shortcut projection LayerLoom inserts: 1×1 convolution (no bias) with the stride, then BatchNorm.
      const conv = `${ctx.attr}__proj${proj.index}`;
      const layer = `${ctx.id}__proj${proj.index}`;
      modules.push([conv, `nn.Conv2d(${args(String(proj.inChannels), String(proj.outChannels), 'kernel_size=1', proj.stride !== 1 && `stride=${proj.stride}`, 'bias=False')})`]);
      weights.push(...kernelWeights(layer, conv, false, 'conv'));
      terms[proj.index] = `self.${conv}(${terms[proj.index]})`;
      if (p.projectionBatchNorm) {
        modules.push([`${conv}_bn`, batchNormModule(proj.outChannels, 3, TORCH_BATCH_NORM.momentum, TORCH_BATCH_NORM.epsilon)]);
        weights.push(...batchNormWeights(`${layer}_bn`, `${conv}_bn`));
        terms[proj.index] = `self.${conv}_bn(${terms[proj.index]})`;
      }
    }
    return { modules, weights, expr: terms.join(' + ') };
  }),
  Concatenate: forKind(concatenate, (_p, ctx) => ({ expr: `torch.cat([${ctx.inputs.join(', ')}], dim=1)` })),
  UpSampling2D: forKind(upSampling2d, (p, ctx) => (p.interpolation === 'nearest'
    ? { expr: `F.interpolate(${ctx.inputs[0]}, scale_factor=${p.factor}, mode="nearest")` }
    : { expr: `upsample_bilinear_tf(${ctx.inputs[0]}, ${p.factor})`, helpers: ['upsampleBilinear'] })),
  ZeroPadding2D: forKind(zeroPadding2d, (p, ctx) => ({ expr: `F.pad(${ctx.inputs[0]}, ${torchPadTuple(p)})` })),
  // The module returns logits (train with CrossEntropyLoss); apply softmax for probabilities as LayerLoom does.
  Output: forKind(output, (p, ctx) => linear(ctx, p.classes, true, 'linear', 'dense')),
} satisfies ExporterTable<TorchCode>;

export function torchBlock(kind: string): Exporter<TorchCode> {
  const e = (TORCH_BLOCKS as Record<string, Exporter<TorchCode>>)[kind];
  if (!e) throw new Error(`no PyTorch exporter for block kind "${kind}"`);
  return e;
}
