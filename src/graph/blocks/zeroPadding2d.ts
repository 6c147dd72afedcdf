import { text } from '../localized';
import { defineBlock } from './blockDefinition';
import { imageInput } from './inputChecks';
import { intParam } from './paramSpecs';
import { windowEffect } from './receptiveMaps';

const side = (en: string, zh: string) =>
  intParam(1, 0, 256, text(en, zh), text(`Rows or columns of zeros added on the ${en.toLowerCase()} side.`, `在${zh}添加的零行或零列数。`), { key: true });

export const zeroPadding2d = defineBlock({
  kind: 'ZeroPadding2D',
  category: 'resize',
  title: text('ZeroPadding2D', '零填充'),
  doc: text(
    'ZeroPadding2D adds a border of zeros around every feature map: top and bottom rows, left and right columns, each side set separately. It enlarges the map so that a following valid convolution or pooling keeps the borders or produces the size you need, for example padding a 28×28 MNIST digit to 32×32 as LeNet-5 expects, or padding unevenly to match another branch before Concatenate. It has no parameters.',
    '零填充在每张特征图四周加一圈零：上下各加若干行，左右各加若干列，每一边单独设置。它把特征图放大，使后面的 valid 卷积或池化保留边缘或得到所需尺寸，例如把 28×28 的 MNIST 数字填充到 LeNet-5 所需的 32×32，或在拼接之前不对称地填充以匹配另一个分支。它没有参数。',
  ),
  params: {
    top: side('Top', '上方'),
    bottom: side('Bottom', '下方'),
    left: side('Left', '左侧'),
    right: side('Right', '右侧'),
  },
  inputs: { min: 1, max: 1 },
  hasOutput: true,
  inferShape(p, inputs) {
    const [h, w, c] = imageInput(inputs, 'ZeroPadding2D');
    return [h + p.top + p.bottom, w + p.left + p.right, c];
  },
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
  receptiveField: (p) => windowEffect(1, 1, 1, p.top, p.left),
  toTfjs: (p, [x], { tf, name }) =>
    tf.layers.zeroPadding2d({ padding: [[p.top, p.bottom], [p.left, p.right]], name }).apply(x) as typeof x,
});
