import { text } from '../localized';
import { definePool2D } from './poolingBlock';

export const avgPool2d = definePool2D({
  kind: 'AvgPool2D',
  layer: 'averagePooling2d',
  title: text('AvgPool2D', '平均池化'),
  doc: text(
    'Average pooling shrinks a feature map by replacing each small window with the mean of its values: with a 2×2 pool and stride 2 it halves the height and width and keeps the channels. Compared with max pooling it keeps a smoother summary of the whole window rather than only the peak; LeNet-5 used it for its subsampling layers. It has no parameters: it only averages.',
    '平均池化用每个小窗口内数值的平均值替代该窗口，从而缩小特征图：2×2 窗口、步幅 2 时高和宽减半，通道数不变。与最大池化相比，它保留的是整个窗口更平滑的概括，而不只是峰值；LeNet-5 的下采样层就使用它。它没有参数：只求平均。',
  ),
});
