/**
 * Training steps of a bench model on wasm with the saved tensors shared (sharedSavedTensors.ts) and with
 * tfjs's own clones, blocks alternated in one process: least wall time per step of each, the median
 * of the rounds' ratios, and the kernel calls per step.
 *
 *   npx tsx test/bench/savedTensorsAB.ts [--model lenet5] [--rounds 15] [--steps 20]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { BENCH_MODELS, type BenchModelName } from '../../src/train/bench/benchModels';
import { makeTrainer } from '../../src/train/bench/runBench';
import { benchArg, benchCount } from './benchArgs';

async function main(): Promise<void> {
  await selectBackend('wasm');
  const name = benchArg('model', 'lenet5') as BenchModelName;
  const steps = benchCount('steps', 20);
  const trainer = await makeTrainer(tf, BENCH_MODELS[name], { images: steps * 64 });
  const engine = tf.engine() as unknown as Record<string, unknown>;
  const shared = engine.clone; // the instance's own, set by shareSavedTensors
  const stock = (Object.getPrototypeOf(engine) as Record<string, unknown>).clone; // the class's
  // Assigned, never deleted: a deleted property would turn the engine into a slow dictionary-mode object.
  const ways: Record<string, () => void> = {
    shared: () => { engine.clone = shared; },
    'tfjs clones': () => { engine.clone = stock; },
  };
  const best: Record<string, number> = {};
  const calls: Record<string, number> = {};
  for (const [way, use] of Object.entries(ways)) {
    use();
    for (let s = 0; s < steps; s++) await trainer.step(s * 64); // warm-up
    calls[way] = (await tf.profile(() => trainer.step(0))).kernels.length;
  }
  const ratios: number[] = []; // per round: shared / clones, each round's order alternated
  for (let r = 0; r < benchCount('rounds', 15); r++) {
    const ms: Record<string, number> = {};
    const order = Object.entries(ways);
    for (const [way, use] of r % 2 ? order.reverse() : order) {
      use();
      const t = performance.now();
      for (let s = 0; s < steps; s++) await trainer.step(s * 64);
      ms[way] = (performance.now() - t) / steps;
      best[way] = Math.min(best[way] ?? Infinity, ms[way]);
    }
    ratios.push(ms.shared / ms['tfjs clones']);
  }
  ratios.sort((a, b) => a - b);
  ways.shared();
  trainer.dispose();
  for (const way of Object.keys(ways)) console.log(`${way.padEnd(12)} ${best[way].toFixed(3)} ms per step (least over blocks of ${steps}), ${calls[way]} kernel calls`);
  console.log(`shared / clones per round: median ${ratios[ratios.length >> 1].toFixed(3)}, quartiles ${ratios[ratios.length >> 2].toFixed(3)}-${ratios[(3 * ratios.length) >> 2].toFixed(3)}`);
}

void main();
