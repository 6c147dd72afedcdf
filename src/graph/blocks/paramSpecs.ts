/** Builders for the parameter specs blocks share, so that "kernel size" reads the same on every block. */
import { text, type Localized } from '../localized';
import type { BoolParamSpec, EnumParamSpec, FloatParamSpec, IntParamSpec } from '../params';

type Extra = { key?: boolean; visibleWhen?: IntParamSpec['visibleWhen'] };

export function intParam(def: number, min: number, max: number, label: Localized, help: Localized, extra: Extra = {}): IntParamSpec {
  return { type: 'int', default: def, min, max, label, help, ...extra };
}

export function floatParam(def: number, min: number, max: number, label: Localized, help: Localized, extra: Extra & { step?: number } = {}): FloatParamSpec {
  return { type: 'float', default: def, min, max, label, help, ...extra };
}

export function enumParam<const O extends readonly string[]>(
  def: O[number], options: O, label: Localized, help: Localized, extra: Extra = {},
): EnumParamSpec & { options: O; default: O[number] } {
  return { type: 'enum', default: def, options, label, help, ...extra };
}

export function boolParam(def: boolean, label: Localized, help: Localized, extra: Extra = {}): BoolParamSpec {
  return { type: 'bool', default: def, label, help, ...extra };
}

export const ACTIVATIONS = ['linear', 'relu', 'leakyRelu', 'elu', 'gelu', 'sigmoid', 'tanh', 'softmax'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

export const activationParam = (def: ActivationName = 'linear') =>
  enumParam(def, ACTIVATIONS, text('Activation', '激活函数'),
    text('Non-linearity applied to the output. "linear" applies none (use it before BatchNorm).',
      '作用于输出的非线性函数。"linear" 表示不使用（在批归一化之前常用）。'), { key: true });

export const kernelParam = (def = 3) =>
  intParam(def, 1, 31, text('Kernel size', '卷积核大小'),
    text('Height and width of the square sliding window, in pixels.', '方形滑动窗口的高和宽（像素）。'), { key: true });

export const strideParam = (def = 1) =>
  intParam(def, 1, 16, text('Stride', '步幅'),
    text('How many pixels the window moves per step; 2 halves the output size.', '窗口每次移动的像素数；为 2 时输出尺寸减半。'), { key: true });

const PADDING_HELP: Readonly<Record<string, readonly [en: string, zh: string]>> = {
  valid: ['"valid": no padding, the output shrinks by kernel − 1.', '"valid"：不填充，输出缩小 (卷积核 − 1)。'],
  same: ['"same": pad so that output = ceil(input / stride), as TensorFlow does: the zeros are split between the sides, and when their number is odd the extra one goes to the bottom and the right.',
    '"same"：填充使输出 = ceil(输入 / 步幅)，与 TensorFlow 相同：零分到两侧，个数为奇数时多出的一个放在下方和右侧。'],
  explicit: ['"explicit": pad by the given number of zeros on every side, as PyTorch does.', '"explicit"：四周各填充指定数量的零，与 PyTorch 相同。'],
};

/** Padding choice; the help explains exactly the options offered. */
export const paddingParam = <const O extends readonly string[]>(def: O[number], options: O) =>
  enumParam(def, options, text('Padding', '填充'),
    text(options.map((o) => PADDING_HELP[o]?.[0] ?? o).join(' '), options.map((o) => PADDING_HELP[o]?.[1] ?? o).join('')), { key: true });

export const filtersParam = (def = 32) =>
  intParam(def, 1, 4096, text('Filters', '滤波器数'), text('Number of output channels (feature maps).', '输出通道（特征图）的数量。'), { key: true });

export const biasParam = (def = true) =>
  boolParam(def, text('Use bias', '使用偏置'),
    text('Add a learned constant per output channel. Turn off when BatchNorm follows (it has its own).',
      '每个输出通道加一个可学习的常数。后接批归一化时关闭（批归一化自带偏移）。'));
