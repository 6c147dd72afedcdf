import { text } from '../localized';
import { defineBlock } from './blockDefinition';
import { intParam } from './paramSpecs';

const sideHelp = (en: string, zh: string) => text(`${en} of the input images, in pixels. Images of another size are resized to it.`, `输入图像的${zh}（像素）。其他尺寸的图像会被缩放到该尺寸。`);

export const input = defineBlock({
  kind: 'Input',
  category: 'io',
  title: text('Input', '输入'),
  doc: text(
    'The Input block is where images enter the network: every model starts with exactly one. It fixes the size every image is resized to (height × width) and how many channels it has: 1 for greyscale such as MNIST, 3 for colour photos (red, green, blue). Every shape further down the network follows from these three numbers, so changing them updates the whole design. It has no parameters to learn.',
    '输入块是图像进入网络的地方：每个模型恰好以一个输入块开始。它规定每张图像被缩放到的尺寸（高 × 宽）以及通道数：灰度图（如 MNIST）为 1，彩色照片（红、绿、蓝）为 3。网络中后续的所有形状都由这三个数推出，因此修改它们会更新整个设计。它没有可学习的参数。',
  ),
  params: {
    height: intParam(28, 1, 4096, text('Height', '高度'), sideHelp('Height', '高度'), { key: true }),
    width: intParam(28, 1, 4096, text('Width', '宽度'), sideHelp('Width', '宽度'), { key: true }),
    channels: intParam(1, 1, 4, text('Channels', '通道数'),
      text('Colour channels per pixel: 1 greyscale, 3 RGB, 4 RGBA.', '每个像素的颜色通道数：1 为灰度，3 为 RGB，4 为 RGBA。'), { key: true }),
  },
  inputs: { min: 0, max: 0 },
  hasOutput: true,
  inferShape: (p) => [p.height, p.width, p.channels],
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
  receptiveField: () => ({ type: 'identity' }),
  toTfjs: (p, _inputs, { tf, name }) => tf.input({ shape: [p.height, p.width, p.channels], name }),
});
