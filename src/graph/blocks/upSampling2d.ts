import { text } from '../localized';
import { defineBlock, product } from './blockDefinition';
import { imageInput } from './inputChecks';
import { enumParam, intParam } from './paramSpecs';
import { bilinearUpsampleAxis, nearestUpsampleAxis, squareEffect } from './receptiveMaps';

/** Bilinear interpolation blends 4 input pixels per output value: 4 multiply-adds. */
const BILINEAR_FLOPS_PER_ELEMENT = 8;

export const upSampling2d = defineBlock({
  kind: 'UpSampling2D',
  category: 'resize',
  title: text('UpSampling2D', '上采样'),
  doc: text(
    'UpSampling2D enlarges a feature map by a whole factor: with factor 2 a 14×14 map becomes 28×28, with the same channels. "nearest" repeats each pixel into a factor×factor block; "bilinear" blends neighbouring pixels for a smoother result. Use it in decoders, segmentation networks and generators to get back to a larger size; follow it with a Conv2D to learn how to fill in details (or use Conv2DTranspose, which learns the upsampling itself). It has no parameters.',
    '上采样把特征图放大整数倍：倍数为 2 时 14×14 的特征图变成 28×28，通道数不变。"nearest"（最近邻）把每个像素重复成 factor×factor 的块；"bilinear"（双线性）混合相邻像素，结果更平滑。在解码器、分割网络和生成器中用它回到更大的尺寸；之后接一个二维卷积来学习如何补全细节（或使用自己学习上采样方式的转置卷积）。它没有参数。',
  ),
  params: {
    factor: intParam(2, 1, 16, text('Factor', '倍数'), text('How many times larger the height and width become.', '高和宽放大的倍数。'), { key: true }),
    interpolation: enumParam('nearest', ['nearest', 'bilinear'] as const, text('Interpolation', '插值方式'),
      text('"nearest" copies each pixel; "bilinear" blends the nearest 2×2 pixels the TensorFlow way: an output pixel that falls on an input pixel copies it, the ones between blend two per axis.',
        '"nearest" 复制每个像素；"bilinear" 按 TensorFlow 的方式混合最近的 2×2 个像素：落在输入像素上的输出像素直接复制它，位于其间的每个方向混合两个。'), { key: true }),
  },
  inputs: { min: 1, max: 1 },
  hasOutput: true,
  inferShape(p, inputs) {
    const [h, w, c] = imageInput(inputs, 'UpSampling2D');
    return [h * p.factor, w * p.factor, c];
  },
  paramCount: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: (p, _inputs, output) => (p.interpolation === 'bilinear' ? BILINEAR_FLOPS_PER_ELEMENT * product(output) : 0),
  receptiveField: (p) => squareEffect(p.interpolation === 'bilinear' ? bilinearUpsampleAxis(p.factor) : nearestUpsampleAxis(p.factor)),
  toTfjs: (p, [x], { tf, name }) =>
    tf.layers.upSampling2d({ size: [p.factor, p.factor], interpolation: p.interpolation, name }).apply(x) as typeof x,
});
