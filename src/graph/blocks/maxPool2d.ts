import { text } from '../localized';
import { definePool2D } from './poolingBlock';

export const maxPool2d = definePool2D({
  kind: 'MaxPool2D',
  layer: 'maxPooling2d',
  title: text('MaxPool2D', '最大池化'),
  doc: text(
    'Max pooling shrinks a feature map by keeping only the strongest response in each small window: with a 2×2 pool and stride 2 it halves the height and width and keeps the channels. This makes the network cheaper, lets later layers see a larger part of the image, and tolerates small shifts of a pattern. Classic networks (LeNet, AlexNet, VGG) put one after each group of convolutions. It has no parameters: it only compares values.',
    '最大池化在每个小窗口中只保留最强的响应，从而缩小特征图：2×2 窗口、步幅 2 时高和宽减半，通道数不变。这样能降低计算量，让后面的层看到图像更大的区域，并容忍图案的小幅平移。经典网络（LeNet、AlexNet、VGG）在每组卷积之后放一个最大池化。它没有参数：只比较数值大小。',
  ),
});
