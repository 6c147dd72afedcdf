/**
 * CPU time per training step of the bench models on wasm (the shared build machine makes wall time
 * noise), plus a per-kernel profile in wall time. Run: npx tsx scripts/wasm/stepCpu.ts [resnet20|lenet5] [steps]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { BENCH_MODELS, type BenchModelName } from '../../src/train/bench/benchModels';
import { benchModel } from '../../src/train/bench/runBench';

async function main(): Promise<void> {
  await selectBackend('wasm');
  const name = (process.argv[2] ?? 'resnet20') as BenchModelName;
  const steps = Number(process.argv[3] ?? 4);
  const t = process.cpuUsage();
  const w = performance.now();
  const r = await benchModel(tf, BENCH_MODELS[name], { images: steps * 64, epochs: 1 });
  const d = process.cpuUsage(t);
  const wall = performance.now() - w;
  const cpu = (d.user + d.system) / 1000;
  // benchModel runs 2 passes (warm-up + timed) of `steps` steps.
  console.log(`${name}: ${(cpu / (2 * steps)).toFixed(1)} ms CPU/step, ${(wall / (2 * steps)).toFixed(1)} ms wall/step, bench ${r.imagesPerSec} images/s; CPU-time rate ${(64 / (cpu / (2 * steps)) * 1000).toFixed(0)} images/s`);
}

void main();
