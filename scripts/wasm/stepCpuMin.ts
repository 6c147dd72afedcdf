/**
 * Least CPU time per training step of a bench model on wasm, over several blocks of steps after a
 * warm-up: a figure that the shared build machine's load moves far less than wall time (run it for two
 * builds alternately to compare them; LAYERLOOM_THREADS=1 for one thread).
 *   npx tsx scripts/wasm/stepCpuMin.ts [resnet20|resnet20_64|lenet5] [blocks] [steps per block]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { BENCH_MODELS, type BenchModelName } from '../../src/train/bench/benchModels';
import { makeTrainer } from '../../src/train/bench/runBench';

async function main(): Promise<void> {
  await selectBackend('wasm');
  const name = (process.argv[2] ?? 'resnet20') as BenchModelName;
  const blocks = Number(process.argv[3] ?? 8);
  const steps = Number(process.argv[4] ?? 3);
  const trainer = await makeTrainer(tf, BENCH_MODELS[name], { images: steps * 64 });
  for (let s = 0; s < steps; s++) await trainer.step(s * 64); // warm-up: kernels set up, code optimized
  const times: number[] = [];
  for (let b = 0; b < blocks; b++) {
    const mark = process.cpuUsage();
    for (let s = 0; s < steps; s++) await trainer.step(s * 64);
    const d = process.cpuUsage(mark);
    times.push((d.user + d.system) / 1000 / steps);
  }
  trainer.dispose();
  console.log(`${name}: min ${Math.min(...times).toFixed(1)} ms CPU per step (blocks: ${times.map((t) => t.toFixed(0)).join(' ')})`);
}

void main();
