/**
 * ResNet-20's two stride-2 3×3 convolutions (pad 1 on every side, as PyTorch pads) on the wasm backend, the
 * padding two ways, calls interleaved (minimum of each): A as the stock layers train (a pad op, then the
 * 'valid' convolution of the padded input; its input gradient at the padded size, then sliced) and B with
 * the padding inside the kernels (padInsideConv.ts: explicit padding, no pad op, no slice). The filter
 * gradient's x is what the forward pass kept (A: the padded copy, made untimed). "A fwd conv alone" is A's
 * convolution without its pad op (beside a second B call), to see what the edge handling costs.
 *   npx tsx test/bench/padInsideAB.ts [--reps 40] [--batch 64]
 * LAYERLOOM_THREADS=1 for one kernel thread.
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { configuredThreads } from '../../src/train/backends/wasm/kernelThreads';
import { interleavedMinima } from './interleavedMinima';
import { benchCount } from './benchArgs';

// [input side, ci, co]: ResNet-20's downsampling layers.
const LAYERS: [number, number, number][] = [[32, 16, 32], [16, 32, 64]];

async function main(): Promise<void> {
  await selectBackend('wasm');
  const reps = benchCount('reps', 40);
  const b = benchCount('batch', 64);
  console.log(`Stride-2 3×3 pad 1: A pad op + valid, B padding inside; batch ${b}, ${configuredThreads()} thread(s), min of ${reps} interleaved calls (ms)`);
  const run = (name: string, inputs: Record<string, tf.Tensor>, attrs: object) => tf.engine().runKernel(name, inputs as never, attrs as never) as tf.Tensor;
  const pad1: [[number, number], [number, number], [number, number], [number, number]] = [[0, 0], [1, 1], [1, 1], [0, 0]];
  let sums = [0, 0];
  for (const [h, ci, co] of LAYERS) {
    const o = h / 2;
    const x = tf.randomNormal([b, h, h, ci], 0, 1, 'float32', 1);
    const xp = tf.pad(x, pad1);
    const w = tf.randomNormal([3, 3, ci, co], 0, 0.1, 'float32', 2);
    const dy = tf.randomNormal([b, o, o, co], 0, 1, 'float32', 3);
    const conv = (pad: 'valid' | typeof pad1) => ({ strides: [2, 2], pad, dataFormat: 'NHWC', dilations: [1, 1] });
    const calls: [string, () => tf.Tensor][] = [
      ['A fwd (pad + conv)', () => tf.tidy(() => run('Conv2D', { x: tf.pad(x, pad1), filter: w }, conv('valid')))],
      ['B fwd', () => run('Conv2D', { x, filter: w }, conv(pad1))],
      ['A fwd conv alone', () => run('Conv2D', { x: xp, filter: w }, conv('valid'))],
      ['B fwd again', () => run('Conv2D', { x, filter: w }, conv(pad1))],
      ['A dx (+ slice)', () => tf.tidy(() => tf.slice(run('Conv2DBackpropInput', { dy, filter: w }, { ...conv('valid'), inputShape: xp.shape }), [0, 1, 1, 0], x.shape))],
      ['B dx', () => run('Conv2DBackpropInput', { dy, filter: w }, { ...conv(pad1), inputShape: x.shape })],
      ['A dW', () => run('Conv2DBackpropFilter', { x: xp, dy }, { ...conv('valid'), filterShape: w.shape })],
      ['B dW', () => run('Conv2DBackpropFilter', { x, dy }, { ...conv(pad1), filterShape: w.shape })],
    ];
    const best = interleavedMinima(calls.map(([, f]) => f), reps, undefined, (out) => tf.dispose(out as tf.Tensor));
    // The totals count each pass once (not the conv alone and its B twin, rows 2 and 3).
    const sum = (k: number) => best.filter((_, i) => i % 2 === k && i !== 2 && i !== 3).reduce((s, v) => s + v, 0);
    console.log(`${h}x${h}x${ci} -> ${co}: ` + calls.map(([name], i) => `${name} ${best[i].toFixed(3)}`).join(', ')
      + `; A ${sum(0).toFixed(3)}, B ${sum(1).toFixed(3)}`);
    sums = [sums[0] + sum(0), sums[1] + sum(1)];
    tf.dispose([x, xp, w, dy]);
  }
  console.log(`both layers: A ${sums[0].toFixed(3)} ms, B ${sums[1].toFixed(3)} ms`);
}

void main();
