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
import { BENCH_MODELS } from '../../src/train/bench/benchModels';
import { median } from '../../src/train/bench/benchCommand';
import { KernelThreads, kernelThreadStats } from '../../src/train/backends/wasm/kernelThreads';
import { benchCount } from './benchArgs';
import type { TimedCall } from './roofline/kernelRecorder';
import { kernelWork } from './roofline/kernelWork';
import { recordTrainingStepsAB } from './roofline/recordSteps';

process.env.LAYERLOOM_THREADS ??= '2';
if (!process.argv.includes('--stall-rule')) (KernelThreads.prototype as unknown as { count: () => void }).count = () => {};

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
  const ab = await recordTrainingStepsAB(BENCH_MODELS.resnet20, { batch, warmup, steps }, (way) => { process.env.WINOGRAD_STEP_AB = way ? 'B' : 'A'; });
  const runs: Record<'A' | 'B', Recorded> = { A: { steps: [], groups: new Map() }, B: { steps: [], groups: new Map() } };
  (['A', 'B'] as const).forEach((v, w) => ab[w].steps.forEach((calls, i) => record(runs[v], calls, ab[w].stepMs[i])));
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
