/**
 * A switch of LayerLoom's batch-norm kernels, inside real ResNet-20 training steps: one trainer, the
 * environment variable `--env NAME` set to 1 and 0 on alternate steps (ABBA), and per way the batch norm
 * calls by kind (memoryPassSteps.ts's kinds: each position's least time summed), the sum of all calls' minima
 * and the step's quartiles. Inside a step the passes meet the caches the step leaves them, unlike
 * batchNormBench.ts's repeated calls; one process, so the machine's load drifts alike for both ways.
 *   npx tsx test/bench/batchNormStepAB.ts --env LAYERLOOM_BN_REVERSE [--steps 20] [--threads 2]
 */
import { loadavg } from 'node:os';
import { BENCH_MODELS } from '../../src/train/bench/benchModels';
import { benchArg, benchCount } from './benchArgs';
import { recordTrainingStepsAB } from './roofline/recordSteps';
import { batchNormKinds } from './memoryPassSteps';

async function main(): Promise<void> {
  const name = benchArg('env', '');
  if (!name) throw new Error('batchNormStepAB: --env NAME (the variable switched between 1 and 0) is required');
  process.env.LAYERLOOM_THREADS = String(benchCount('threads', 2));
  const ways = ['1', '0'];
  const load = loadavg()[0];
  const runs = await recordTrainingStepsAB(BENCH_MODELS.resnet20, { batch: 64, warmup: 4, steps: 2 * benchCount('steps', 20) }, (w) => { process.env[name] = ways[w]; });
  const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(f * (xs.length - 1))].toFixed(1);
  console.log(`${name}: 1 -> 0 (load ${load.toFixed(2)} -> ${loadavg()[0].toFixed(2)}), ms per step`);
  const kinds = runs.map((r) => batchNormKinds(r.steps));
  for (const kind of [...kinds[0].keys()].sort()) {
    console.log(`  ${kind}: ${kinds[0].get(kind)!.ms.toFixed(3)} | ${kinds[1].get(kind)?.ms.toFixed(3)}`);
  }
  const sum = (k: Map<string, { ms: number }>) => [...k.values()].reduce((n, v) => n + v.ms, 0).toFixed(3);
  console.log(`  all batch norms: ${sum(kinds[0])} | ${sum(kinds[1])}`);
  runs.forEach(({ steps, stepMs }, w) => {
    const mins: number[] = [];
    for (const calls of steps) calls.forEach((c, k) => { mins[k] = Math.min(mins[k] ?? Infinity, c.ms); });
    console.log(`  ${name}=${ways[w]}: all calls' minima ${mins.reduce((n, v) => n + v, 0).toFixed(2)}, step quartiles ${q(stepMs, 0)}/${q(stepMs, 0.25)}/${q(stepMs, 0.5)}/${q(stepMs, 0.75)}`);
  });
}

void main();
