import { text } from '../localized';
import { defineBlock, product } from './blockDefinition';
import { applyBatchNorm, BATCH_NORM_FLOPS_PER_ELEMENT, batchNormParamCount, TORCH_BATCH_NORM } from './batchNormLayer';
import { singleInput } from './inputChecks';
import { floatParam } from './paramSpecs';

export const batchNorm = defineBlock({
  kind: 'BatchNorm',
  category: 'regularisation',
  title: text('BatchNorm', '批归一化'),
  doc: text(
    'Batch normalisation rescales each channel so that, over a training batch, its values have mean 0 and variance 1, then applies a learned scale (gamma) and shift (beta). Keeping values in a steady range lets deep networks train faster and with larger learning rates; it is usually placed right after a convolution (whose bias can then be turned off) and before the activation, as in ResNet. During training it also keeps running averages of the mean and variance to use at test time. Parameters: per channel, gamma and beta are trained (2 × channels) and the moving mean and variance are tracked but not trained (another 2 × channels).',
    '批归一化对每个通道重新缩放，使其数值在一个训练批次上均值为 0、方差为 1，再乘以可学习的缩放（gamma）并加上可学习的平移（beta）。让数值保持在稳定范围内，深层网络就能训练得更快、使用更大的学习率；它通常紧跟在卷积之后（此时卷积的偏置可以关闭）、激活函数之前，与 ResNet 一样。训练时它还记录均值和方差的滑动平均，供测试时使用。参数量：每个通道的 gamma 和 beta 参与训练（2 × 通道数），滑动均值和方差只记录不训练（另外 2 × 通道数）。',
  ),
  params: {
    momentum: floatParam(TORCH_BATCH_NORM.momentum, 0, 0.9999, text('Momentum', '动量'),
      text('How slowly the running mean and variance follow each batch (Keras convention: 0.9 equals PyTorch’s momentum 0.1).',
        '滑动均值和方差跟随每个批次变化的缓慢程度（Keras 约定：0.9 相当于 PyTorch 的 momentum 0.1）。'), { step: 0.01 }),
    epsilon: floatParam(TORCH_BATCH_NORM.epsilon, 1e-10, 0.1, text('Epsilon', '稳定常数 ε'),
      text('Small number added to the variance so that nothing is divided by zero.', '加到方差上的小数，避免除以零。')),
  },
  inputs: { min: 1, max: 1 },
  hasOutput: true,
  inferShape: (_p, inputs) => singleInput(inputs, 'BatchNorm'),
  paramCount: (_p, _inputs, output) => batchNormParamCount(output[output.length - 1]),
  flops: (_p, _inputs, output) => BATCH_NORM_FLOPS_PER_ELEMENT * product(output),
  receptiveField: () => ({ type: 'identity' }),
  toTfjs: (p, [x], { tf, name }) => applyBatchNorm(tf, x, name, p),
});
