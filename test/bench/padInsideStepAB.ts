/**
 * ResNet-20 training steps on wasm with the stride-2 layers' padding inside their convolutions
 * (padInsideConv.ts) and with the stock ZeroPadding2D layers (LAYERLOOM_PAD_INSIDE=0 when that model is
 * patched), two trainers in one process, steps alternated ABBA: per way the least step and its quartiles,
 * the sum of per-call minima and the least time outside kernels (as rooflineBench.ts counts them).
 *   npx tsx test/bench/padInsideStepAB.ts [--model resnet20] [--steps 30]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { BENCH_MODELS, type BenchModelName } from '../../src/train/bench/benchModels';
import { makeTrainer, type Trainer } from '../../src/train/bench/runBench';
import { benchArg, benchCount } from './benchArgs';
import { recordWasmKernels } from './roofline/kernelRecorder';

async function main(): Promise<void> {
  await selectBackend('wasm');
  const bench = BENCH_MODELS[benchArg('model', 'resnet20') as BenchModelName];
  const trainers: Record<string, Trainer> = {};
  for (const [way, env] of [['inside', '1'], ['pad op', '0']]) {
    process.env.LAYERLOOM_PAD_INSIDE = env;
    trainers[way] = await makeTrainer(tf, bench, { images: 64 });
    for (let s = 0; s < 3; s++) await trainers[way].step(0); // warm-up
  }
  const ways = Object.keys(trainers);
  const step: Record<string, number[]> = { [ways[0]]: [], [ways[1]]: [] };
  const outside: Record<string, number[]> = { [ways[0]]: [], [ways[1]]: [] };
  // Per way, the least time of each kernel call of a step (the k-th call of every step is the same kernel).
  const callMin: Record<string, number[]> = { [ways[0]]: [], [ways[1]]: [] };
  const recorder = recordWasmKernels();
  try {
    for (let s = 0; s < 2 * benchCount('steps', 30); s++) {
      const way = ways[(s >> 1) % 2 === s % 2 ? 0 : 1]; // ABBA order
      recorder.start();
      const t = performance.now();
      await trainers[way].step(0);
      const ms = performance.now() - t;
      step[way].push(ms);
      const calls = recorder.take();
      outside[way].push(ms - calls.reduce((n, c) => n + c.ms, 0));
      calls.forEach((c, k) => { callMin[way][k] = Math.min(callMin[way][k] ?? Infinity, c.ms); });
    }
  } finally {
    recorder.restore();
    for (const trainer of Object.values(trainers)) trainer.dispose();
  }
  const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(f * (xs.length - 1))].toFixed(2);
  for (const way of ways) {
    const kernels = callMin[way].reduce((n, v) => n + v, 0);
    console.log(`${way.padEnd(7)} step least ${q(step[way], 0)} ms, quartiles ${q(step[way], 0.25)}-${q(step[way], 0.5)}-${q(step[way], 0.75)}; `
      + `${callMin[way].length} kernel calls, sum of their minima ${kernels.toFixed(2)} ms + outside kernels least ${q(outside[way], 0)} ms`);
  }
}

void main();
