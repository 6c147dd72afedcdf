/**
 * The loss of a training step alone on wasm, forward and backward from logits: tfjs's
 * tf.losses.softmaxCrossEntropy on float one-hot labels (what `layerloom bench` ran before) against
 * loss.ts's crossEntropy on int32 labels (LayerLoom's two kernels), rounds alternated in one process;
 * least time per value-and-gradient of each, and kernel calls per step.
 *
 *   npx tsx test/bench/lossBench.ts [--batch 64] [--classes 10] [--rounds 30] [--reps 200]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { crossEntropy } from '../../src/train/loss';
import { benchCount } from './benchArgs';

async function main(): Promise<void> {
  await selectBackend('wasm');
  const [n, k] = [benchCount('batch', 64), benchCount('classes', 10)];
  const logits = tf.variable(tf.randomNormal([n, k], 0, 3, 'float32', 1));
  const labels = tf.randomUniform([n], 0, k, 'int32', 2);
  const oneHot = tf.oneHot(labels, k).toFloat();
  const ways: Record<string, () => tf.Scalar> = {
    'tfjs softmaxCrossEntropy': () => tf.losses.softmaxCrossEntropy(oneHot, logits) as tf.Scalar,
    'loss.ts crossEntropy': () => crossEntropy(tf, logits, labels, k, true),
  };
  const step = (f: () => tf.Scalar) => {
    const { value, grads } = tf.variableGrads(f, [logits]);
    tf.dispose([value, ...Object.values(grads)]);
  };
  const best: Record<string, number> = {};
  for (let r = 0; r < benchCount('rounds', 30); r++) {
    for (const [name, f] of Object.entries(ways)) {
      const reps = benchCount('reps', 200);
      const t = performance.now();
      for (let i = 0; i < reps; i++) step(f);
      best[name] = Math.min(best[name] ?? Infinity, ((performance.now() - t) / reps) * 1000);
    }
  }
  for (const [name, f] of Object.entries(ways)) {
    const calls = (await tf.profile(() => step(f))).kernels.length;
    console.log(`${name.padEnd(24)} ${best[name].toFixed(1).padStart(6)} µs per value and gradient (least over rounds), ${calls} kernel calls`);
  }
  tf.dispose([logits, labels, oneHot]);
}

void main();
