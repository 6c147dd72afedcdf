/**
 * Times the Winograd 3×3 stride-1 convolutions of a ResNet-20 step alone, each direction and layer shape
 * (batch 64), on the wasm backend: the minimum over many calls (robust on a shared machine), as
 * rooflineBench.ts's per-kernel minima but without a training step around them.
 *   npx tsx test/bench/winogradBench.ts [--reps 40] [--shapes 32x16,16x32,8x64,64x16]
 * LAYERLOOM_THREADS=1 for one kernel thread.
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { configuredThreads } from '../../src/train/backends/wasm/kernelThreads';
import { interleavedMinima } from './interleavedMinima';
import { benchCount, benchShapes } from './benchArgs';

async function main(): Promise<void> {
  await selectBackend('wasm');
  const reps = benchCount('reps', 40);
  const shapes = benchShapes('32x16,16x32,8x64');
  const batch = benchCount('batch', 64);
  console.log(`Winograd kernels, batch ${batch}, ${configuredThreads()} thread(s), min of ${reps} calls (ms)`);
  for (const [side, ch] of shapes) {
    const x = tf.randomNormal([batch, side, side, ch], 0, 1, 'float32', 1) as tf.Tensor4D;
    const w = tf.randomNormal([3, 3, ch, ch], 0, 0.1, 'float32', 2) as tf.Tensor4D;
    const dy = tf.randomNormal([batch, side, side, ch], 0, 1, 'float32', 3) as tf.Tensor4D;
    const conv = { strides: 1, pad: 'same', dataFormat: 'NHWC', dilations: 1 } as const;
    const calls: [string, () => tf.Tensor][] = [
      ['forward', () => tf.engine().runKernel('Conv2D', { x, filter: w }, conv as never) as tf.Tensor],
      ['input grad', () => tf.engine().runKernel('Conv2DBackpropInput', { dy, filter: w }, { ...conv, inputShape: x.shape } as never) as tf.Tensor],
      ['filter grad', () => tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { ...conv, filterShape: w.shape } as never) as tf.Tensor],
    ];
    const best = interleavedMinima(calls.map(([, f]) => f), reps, undefined, (out) => (out as tf.Tensor).dispose());
    const macs = batch * side * side * 9 * ch * ch;
    console.log(`${side}x${side}x${ch}: ` + calls.map(([name], i) => `${name} ${best[i].toFixed(2)}`).join(', ')
      + `  (sum ${best.reduce((a, b) => a + b, 0).toFixed(2)}; useful ${(2 * macs / best[0] / 1e6).toFixed(0)} GFLOP/s fwd)`);
    tf.dispose([x, w, dy]);
  }
}

void main();
