/**
 * LeNet-5's convolution and pooling kernels on wasm (batch 64), each the least wall time of many calls
 * (the machine is shared: minima are what the code costs). One thread unless LAYERLOOM_THREADS says:
 *   npx tsx scripts/wasm/lenetConvBench.ts [repeats]
 * LAYERLOOM_SMALL_CONV=0 times the general kernels instead of smallConv.ts's.
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';

process.env.LAYERLOOM_THREADS ??= '1';

function minMs(fn: () => tf.Tensor, repeats: number): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    const y = fn();
    best = Math.min(best, performance.now() - t);
    y.dispose();
  }
  return best;
}

async function main(): Promise<void> {
  await selectBackend('wasm');
  const repeats = Number(process.argv[2] ?? 100);
  const layers: [string, number[], number[], 'same' | 'valid'][] = [
    ['conv1 28x28x1->6 same', [64, 28, 28, 1], [5, 5, 1, 6], 'same'],
    ['conv2 14x14x6->16 valid', [64, 14, 14, 6], [5, 5, 6, 16], 'valid'],
  ];
  for (const [name, xs, ws, pad] of layers) {
    const x = tf.randomNormal<tf.Rank.R4>(xs as [number, number, number, number]);
    const w = tf.randomNormal<tf.Rank.R4>(ws as [number, number, number, number]);
    const y = tf.conv2d(x, w, 1, pad);
    const dy = tf.randomNormal<tf.Rank.R4>(y.shape);
    const attrs = { strides: 1, pad, dataFormat: 'NHWC' };
    const fwd = minMs(() => tf.conv2d(x, w, 1, pad), repeats);
    const dx = minMs(() => tf.engine().runKernel('Conv2DBackpropInput', { dy, filter: w }, { ...attrs, inputShape: xs }) as tf.Tensor, repeats);
    const dw = minMs(() => tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { ...attrs, filterShape: ws }) as tf.Tensor, repeats);
    const pooled = tf.maxPool(y, 2, 2, 'valid');
    const pool = minMs(() => tf.maxPool(y, 2, 2, 'valid'), repeats);
    const dp = tf.randomNormal(pooled.shape);
    const poolGrad = minMs(() => tf.engine().runKernel('MaxPoolGrad', { dy: dp, input: y, output: pooled }, { filterSize: 2, strides: 2, pad: 'valid' }) as tf.Tensor, repeats);
    console.log(`${name.padEnd(24)} fwd ${fwd.toFixed(3)}  dx ${dx.toFixed(3)}  dW ${dw.toFixed(3)}  maxPool ${pool.toFixed(3)}  maxPoolGrad ${poolGrad.toFixed(3)} ms`);
    tf.dispose([x, w, y, dy, pooled, dp]);
  }
}

void main();
