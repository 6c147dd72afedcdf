/**
 * Times the memory-bound passes of a ResNet-20 step alone on the wasm backend, on its shapes (batch 64):
 * the training batch norm forward and gradient (with and without the fused ReLU), the batch norm with the
 * residual Add and ReLU in it (LayerLoomBatchNormAddRelu; unfused: bn fwd + addRelu), LayerLoomAddRelu,
 * LayerLoomReluGrad and the same-shape Add of gradients. Minimum over many calls, interleaved (robust on
 * a shared machine), as rooflineBench.ts's per-kernel minima but without a training step around them.
 *   npx tsx test/bench/batchNormBench.ts [--reps 60] [--shapes 32x16,16x32,8x64] [--batch 64]
 * LAYERLOOM_THREADS=1 for one kernel thread.
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { configuredThreads } from '../../src/train/backends/wasm/kernelThreads';
import { interleavedMinima } from './interleavedMinima';
import { benchCount, benchShapes } from './benchArgs';

async function main(): Promise<void> {
  await selectBackend('wasm');
  const reps = benchCount('reps', 60);
  const shapes = benchShapes('32x16,16x32,8x64');
  const batch = benchCount('batch', 64);
  console.log(`Batch-norm and element-wise passes, batch ${batch}, ${configuredThreads()} thread(s), min of ${reps} calls (ms)`);
  const run = (name: string, inputs: Record<string, tf.Tensor>, attrs: object = {}) =>
    tf.engine().runKernel(name, inputs as never, attrs as never) as tf.Tensor | tf.Tensor[];
  let total = 0;
  for (const [side, ch] of shapes) {
    const shape = [batch, side, side, ch];
    const x = tf.randomNormal(shape, 0.3, 1, 'float32', 1);
    const dy = tf.randomNormal(shape, 0, 1, 'float32', 2);
    const scale = tf.randomUniform([ch], 0.5, 1.5, 'float32', 3);
    const offset = tf.randomNormal([ch], 0, 0.5, 'float32', 4);
    const moving = [tf.zeros([ch]), tf.ones([ch])];
    const [, mean, variance] = run('LayerLoomBatchNormTraining', { x, scale, offset }, { varianceEpsilon: 1e-3 }) as tf.Tensor[];
    const bnAttrs = (relu: boolean) => ({ varianceEpsilon: 1e-3, relu, momentum: 0.99 });
    const calls: [string, () => tf.Tensor | tf.Tensor[]][] = [
      ['bn fwd', () => run('LayerLoomBatchNormTraining', { x, scale, offset, movingMean: moving[0], movingVariance: moving[1] }, bnAttrs(false))],
      ['bn+relu fwd', () => run('LayerLoomBatchNormTraining', { x, scale, offset, movingMean: moving[0], movingVariance: moving[1] }, bnAttrs(true))],
      ['bn grad', () => run('LayerLoomBatchNormTrainingGrad', { x, dy, mean, variance, scale, offset }, bnAttrs(false))],
      ['bn+relu grad', () => run('LayerLoomBatchNormTrainingGrad', { x, dy, mean, variance, scale, offset }, bnAttrs(true))],
      ['bn+add+relu fwd', () => run('LayerLoomBatchNormAddRelu', { x, scale, offset, movingMean: moving[0], movingVariance: moving[1], shortcut: dy }, bnAttrs(false))],
      ['addRelu', () => run('LayerLoomAddRelu', { a: x, b: dy })],
      ['reluGrad', () => run('LayerLoomReluGrad', { dy, x })],
      ['add', () => run('Add', { a: x, b: dy })],
    ];
    const best = interleavedMinima(calls.map(([, f]) => f), reps, undefined, (out) => tf.dispose(out as tf.Tensor | tf.Tensor[]));
    total += best.reduce((a, b) => a + b, 0);
    console.log(`${side}x${side}x${ch}: ` + calls.map(([name], i) => `${name} ${best[i].toFixed(3)}`).join(', '));
    tf.dispose([x, dy, scale, offset, mean, variance, ...moving]);
  }
  console.log(`sum ${total.toFixed(3)} ms`);
}

void main();
