/**
 * ResNet-20's first layer (3×3, 3 → 16 channels, 'same' on 32×32 RGB images, batch 64) on the wasm backend,
 * its padding two ways, calls interleaved (minimum and median of each): A a pad op, then the 'valid'
 * convolution of the padded copy (what the few-channel kernels did before they padded each image in a
 * thread's scratch), B 'same' on x as it is. Forward and filter gradient (the input gradient of a first
 * layer is not computed in training).
 *   npx tsx test/bench/firstLayerAB.ts [--reps 200] [--batch 64]
 * LAYERLOOM_THREADS=1 for one kernel thread.
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { configuredThreads } from '../../src/train/backends/wasm/kernelThreads';
import { interleavedMinima } from './interleavedMinima';
import { benchCount } from './benchArgs';

async function main(): Promise<void> {
  await selectBackend('wasm');
  const reps = benchCount('reps', 200);
  const b = benchCount('batch', 64);
  const x = tf.randomNormal([b, 32, 32, 3], 0, 1, 'float32', 1);
  const w = tf.randomNormal([3, 3, 3, 16], 0, 0.1, 'float32', 2);
  const dy = tf.randomNormal([b, 32, 32, 16], 0, 1, 'float32', 3);
  const pad1: [number, number][] = [[0, 0], [1, 1], [1, 1], [0, 0]];
  const run = (name: string, inputs: object, attrs: object) => tf.engine().runKernel(name, inputs as never, attrs as never) as tf.Tensor;
  const conv = (pad: 'same' | 'valid') => ({ strides: [1, 1], pad, dataFormat: 'NHWC', dilations: [1, 1] });
  const calls: [string, () => tf.Tensor][] = [
    ['A fwd (pad + valid)', () => tf.tidy(() => run('Conv2D', { x: tf.pad(x, pad1), filter: w }, conv('valid')))],
    ['B fwd (same)', () => run('Conv2D', { x, filter: w }, conv('same'))],
    ['A dW (pad + valid)', () => tf.tidy(() => run('Conv2DBackpropFilter', { x: tf.pad(x, pad1), dy }, { ...conv('valid'), filterShape: w.shape }))],
    ['B dW (same)', () => run('Conv2DBackpropFilter', { x, dy }, { ...conv('same'), filterShape: w.shape })],
  ];
  const times = calls.map(() => [] as number[]);
  // interleavedMinima keeps minima only: each call's times are collected here for the median as well.
  interleavedMinima(calls.map(([, f], i) => () => { const t = performance.now(); const out = f(); times[i].push(performance.now() - t); return out; }), reps,
    undefined, (out) => tf.dispose(out as tf.Tensor));
  const median = (v: number[]) => [...v].sort((p, q) => p - q)[v.length >> 1];
  console.log(`first layer 3x3 3->16 on 32x32, batch ${b}, ${configuredThreads()} thread(s), ${reps} interleaved rounds (min / median ms)`);
  console.log(calls.map(([name], i) => `${name} ${Math.min(...times[i]).toFixed(3)} / ${median(times[i]).toFixed(3)}`).join(', '));
  const outs = calls.map(([, f]) => f());
  const diff = (p: tf.Tensor, q: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(p, q))).dataSync()[0]);
  console.log(`max |A - B|: forward ${diff(outs[0], outs[1]).toExponential(1)}, filter gradient ${diff(outs[2], outs[3]).toExponential(1)}`);
  tf.dispose([...outs, x, w, dy]);
}

void main();
