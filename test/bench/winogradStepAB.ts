/**
 * The Winograd calls inside real ResNet-20 training steps, two variants alternated step by step in one process
 * (A B B A …): for each Winograd shape and direction, the per-call least and the median over the steps of its
 * time in a step, and the steps' median, per variant. Variant B is the step run with WINOGRAD_STEP_AB=B in the
 * environment (a switch the code under test reads at call time; without one, A and B are the same code and the
 * figures show the noise).
 * The pool's stall rule is off (as in winogradThreadsBench.ts) unless --stall-rule: on this shared machine it
 * would send most jobs to one thread, which a quiet machine does not.
 *   npx tsx test/bench/winogradStepAB.ts [--steps 40] [--warmup 3] [--batch 64] [--stall-rule]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { BENCH_MODELS } from '../../src/train/bench/benchModels';
import { makeTrainer } from '../../src/train/bench/runBench';
import { KernelThreads, kernelThreadStats } from '../../src/train/backends/wasm/kernelThreads';
import { benchCount } from './benchArgs';
import { recordWasmKernels, type TimedCall } from './roofline/kernelRecorder';
import { kernelWork } from './roofline/kernelWork';

process.env.LAYERLOOM_THREADS ??= '2';
if (!process.argv.includes('--stall-rule')) (KernelThreads.prototype as unknown as { count: () => void }).count = () => {};

const median = (v: readonly number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Per Winograd group (direction and shape), each step's time in that group's calls, and each call's times. */
interface Recorded { steps: number[]; groups: Map<string, { perStep: number[]; calls: number[][] }> }

function record(into: Recorded, calls: readonly TimedCall[], stepMs: number): void {
  into.steps.push(stepMs);
  const perGroup = new Map<string, number[]>();
  for (const c of calls) {
    const w = kernelWork(c);
    if (!w.algorithm.startsWith('Winograd')) continue;
    const key = `${w.category} ${w.label.replace(', pad 1, batch 64', '')}`;
    const list = perGroup.get(key) ?? [];
    list.push(c.ms);
    perGroup.set(key, list);
  }
  for (const [key, list] of perGroup) {
    const g = into.groups.get(key) ?? { perStep: [], calls: list.map(() => []) };
    g.perStep.push(list.reduce((a, b) => a + b, 0));
    list.forEach((ms, i) => g.calls[i].push(ms));
    into.groups.set(key, g);
  }
}

async function main(): Promise<void> {
  const steps = benchCount('steps', 40);
  const warmup = benchCount('warmup', 3);
  const batch = benchCount('batch', 64);
  await selectBackend('wasm');
  const trainer = await makeTrainer(tf, BENCH_MODELS.resnet20, { batch, images: batch });
  const recorder = recordWasmKernels();
  const runs: Record<'A' | 'B', Recorded> = { A: { steps: [], groups: new Map() }, B: { steps: [], groups: new Map() } };
  try {
    for (let i = 0; i < warmup; i++) {
      process.env.WINOGRAD_STEP_AB = i % 2 ? 'B' : 'A';
      await trainer.step(0);
    }
    for (let i = 0; i < steps; i++) {
      const v = (i & 3) === 0 || (i & 3) === 3 ? 'A' : 'B'; // A B B A: neither variant always follows the other
      process.env.WINOGRAD_STEP_AB = v;
      recorder.start();
      const t = performance.now();
      await trainer.step(0);
      const ms = performance.now() - t;
      record(runs[v], recorder.take(), ms);
    }
  } finally {
    recorder.restore();
    trainer.dispose();
  }
  console.log(`resnet20, batch ${batch}, ${process.env.LAYERLOOM_THREADS} threads, ${steps} steps alternated A B B A (ms)`);
  console.log(`step: A least ${Math.min(...runs.A.steps).toFixed(1)} median ${median(runs.A.steps).toFixed(1)}; B least ${Math.min(...runs.B.steps).toFixed(1)} median ${median(runs.B.steps).toFixed(1)}`);
  console.log('| group | A: sum of per-call least | A: median a step | B: sum of per-call least | B: median a step | B/A median |');
  console.log('|---|---|---|---|---|---|');
  let totalA = 0, totalB = 0;
  for (const [key, a] of runs.A.groups) {
    const b = runs.B.groups.get(key);
    if (!b) continue;
    const least = (g: typeof a) => g.calls.reduce((n, c) => n + Math.min(...c), 0);
    totalA += median(a.perStep);
    totalB += median(b.perStep);
    console.log(`| ${key} | ${least(a).toFixed(2)} | ${median(a.perStep).toFixed(2)} | ${least(b).toFixed(2)} | ${median(b.perStep).toFixed(2)} | ${(median(b.perStep) / median(a.perStep)).toFixed(3)} |`);
  }
  console.log(`Winograd medians summed: A ${totalA.toFixed(2)}, B ${totalB.toFixed(2)} ms a step`);
  console.log('pool:', JSON.stringify(kernelThreadStats()));
  process.exit(0);
}

void main();
