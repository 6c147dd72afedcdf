/** Test fixtures for export: a graph using every block kind, random weights, and a tfjs model saved as a run folder. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as tfjs from '@tensorflow/tfjs';
import { GraphBuilder } from '../../src/graph/templates/graphBuilder';
import type { Graph } from '../../src/graph/types';

/**
 * Every block kind with the settings where PyTorch differs from tfjs: asymmetric "same" padding (conv,
 * max and average pooling), transposed convolutions that crop and that extend, dilation, bilinear
 * upsampling, Add with two projections, softmax over channels, Flatten of a 8×8 map, BatchNorm on vectors.
 */
export function everyBlockGraph(): Graph {
  const b = new GraphBuilder();
  b.add('inp', 'Input', { height: 13, width: 13, channels: 3 });
  b.add('c1', 'Conv2D', { filters: 8, kernel: 4, stride: 2, padding: 'same', activation: 'leakyRelu' });
  b.add('bn', 'BatchNorm', { momentum: 0.9, epsilon: 1e-3 });
  b.add('mp', 'MaxPool2D', { pool: 2, stride: 1, padding: 'same' }, 'bn');
  b.add('ap', 'AvgPool2D', { pool: 2, stride: 2, padding: 'same' }, 'bn');
  b.add('up', 'UpSampling2D', { factor: 2, interpolation: 'bilinear' }, 'ap');
  b.add('zp', 'ZeroPadding2D', { top: 0, bottom: 1, left: 1, right: 0 }, 'mp');
  b.add('cat', 'Concatenate', {}, ['up', 'zp']);
  b.add('dc', 'Conv2DTranspose', { filters: 4, kernel: 3, stride: 2, padding: 'same', activation: 'gelu' }, 'cat');
  b.add('dc2', 'Conv2DTranspose', { filters: 4, kernel: 3, stride: 2, padding: 'valid', activation: 'elu' }, 'cat');
  b.add('dc3', 'Conv2DTranspose', { filters: 2, kernel: 1, stride: 2, padding: 'same', activation: 'leakyRelu', bias: true }, 'cat');
  b.add('a', 'Conv2D', { filters: 6, kernel: 3, stride: 2, padding: 'same', activation: 'sigmoid' }, 'dc');
  b.add('dl', 'Conv2D', { filters: 4, kernel: 3, stride: 1, dilation: 2, padding: 'explicit', pad: 1, activation: 'tanh' }, 'dc2');
  b.add('d3', 'Conv2D', { filters: 5, kernel: 3, stride: 2, padding: 'valid', activation: 'relu', bias: false }, 'dc3');
  b.add('sum', 'Add', { projection: 'auto', projectionBatchNorm: true }, ['a', 'cat', 'dl']);
  b.add('soft', 'Activation', { activation: 'softmax' });
  b.add('upn', 'UpSampling2D', { factor: 2, interpolation: 'nearest' });
  b.add('gap', 'GlobalAveragePool');
  b.add('fl', 'Flatten', {}, 'sum');
  b.add('d1', 'Dense', { units: 10, activation: 'relu' });
  b.add('fl2', 'Flatten', {}, 'd3');
  b.add('vec', 'Concatenate', {}, ['gap', 'd1', 'fl2']);
  b.add('bnv', 'BatchNorm', { momentum: 0.99, epsilon: 1e-5 });
  b.add('drop', 'Dropout', { rate: 0.3 });
  b.add('d2', 'Dense', { units: 12, activation: 'leakyRelu' });
  b.add('act', 'Activation', { activation: 'leakyRelu' });
  b.add('flat1', 'Flatten');
  b.add('out', 'Output', { classes: 5 });
  return b.build();
}

/**
 * Two 3×3/2 max pools after one pixel of zero padding: after a ReLU (the ResNet stem: exported as torch's
 * nn.MaxPool2d(3, 2, 1)) and after a linear convolution whose negative outputs make zeros differ from
 * torch's −∞ padding (exported block by block). Odd and even sizes.
 */
export function stemsGraph(): Graph {
  const b = new GraphBuilder();
  b.add('inp', 'Input', { height: 15, width: 14, channels: 3 });
  b.add('conv1', 'Conv2D', { filters: 6, kernel: 3, stride: 1, padding: 'same', activation: 'linear', bias: true });
  b.add('relu', 'Activation', { activation: 'relu' });
  b.add('maxpool_pad', 'ZeroPadding2D', { top: 1, bottom: 1, left: 1, right: 1 });
  b.add('maxpool', 'MaxPool2D', { pool: 3, stride: 2, padding: 'valid' });
  b.add('conv2', 'Conv2D', { filters: 4, kernel: 3, stride: 1, padding: 'same', activation: 'linear', bias: true });
  b.add('pad2', 'ZeroPadding2D', { top: 1, bottom: 1, left: 1, right: 1 });
  b.add('pool2', 'MaxPool2D', { pool: 3, stride: 2, padding: 'valid' });
  b.add('flat', 'Flatten');
  b.add('out', 'Output', { classes: 4 });
  return b.build();
}

/** Replaces every weight with random values (moving variances positive), so that no layout mistake hides behind zeros and ones. */
export function randomizeWeights(model: tfjs.LayersModel, tf: typeof tfjs, seed = 1): void {
  const values = model.weights.map((w, i) => {
    const shape = w.shape as number[];
    if (w.name.includes('moving_variance')) return tf.randomUniform(shape, 0.5, 1.5, 'float32', seed + i);
    if (w.name.includes('gamma')) return tf.randomUniform(shape, 0.5, 1.5, 'float32', seed + i);
    return tf.randomNormal(shape, 0, 0.3, 'float32', seed + i);
  });
  model.setWeights(values);
  tf.dispose(values);
}

/** Saves a LayersModel as a LayerLoom run folder's model.json + weights.bin (tfjs-node is not installed: a custom handler). */
export async function saveRunFolder(model: tfjs.LayersModel, tf: typeof tfjs, dir: string): Promise<void> {
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    const data = artifacts.weightData!;
    const buffer = Array.isArray(data) ? Buffer.concat(data.map((d) => Buffer.from(d))) : Buffer.from(data as ArrayBuffer);
    writeFileSync(join(dir, 'weights.bin'), buffer);
    writeFileSync(join(dir, 'model.json'), JSON.stringify({
      format: 'layers-model', modelTopology: artifacts.modelTopology,
      weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
    }));
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
}
