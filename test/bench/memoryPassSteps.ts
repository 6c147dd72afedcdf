/**
 * The memory-bound kernels of a real ResNet-20 training step (batch norms, ReLU gradients, adds), each
 * call's least time over the timed steps, grouped as rooflineBench.ts groups them, without its machine
 * peak measurement: quick enough to alternate two checkouts (A B A B) on a shared machine. Then the batch norm
 * calls by kind (kernel, fused ReLU, with an Add and ReLU after: `+y`/`+shortcut`, shape), each position's least
 * time summed: a change to one kind's kernels (the fused ReLU's gradient) shows apart from the others.
 *   npx tsx test/bench/memoryPassSteps.ts [--steps 16] [--warmup 2] [--threads 2]
 */
import { recordTrainingSteps } from './roofline/recordSteps';
import { BENCH_MODELS } from '../../src/train/bench/benchModels';
import { rooflineRows } from './roofline/rooflineRows';
import { benchCount } from './benchArgs';
import { loadavg } from 'node:os';
import type { TimedCall } from './roofline/kernelRecorder';

const MEMORY_BOUND = /batch norm|relu|add|pad|slice/;

async function main(): Promise<void> {
  process.env.LAYERLOOM_THREADS = String(benchCount('threads', 2));
  const steps = benchCount('steps', 16);
  const load = loadavg()[0];
  const rec = await recordTrainingSteps(BENCH_MODELS.resnet20, { batch: 64, warmup: benchCount('warmup', 2), steps });
  const rows = rooflineRows(rec.steps, { peakGflops: 100, bandwidthGBs: 70 }).filter((r) => MEMORY_BOUND.test(r.category));
  const total = rows.reduce((n, r) => n + r.msPerStep, 0);
  const bestStep = Math.min(...rec.stepMs);
  console.log(`load ${load.toFixed(2)} -> ${loadavg()[0].toFixed(2)}, best step ${bestStep.toFixed(1)} ms, memory-bound kernels ${total.toFixed(2)} ms/step`);
  for (const r of rows) console.log(`${r.category} ${r.label}: ${r.callsPerStep} calls, ${r.msPerStep.toFixed(2)} ms/step`);
  for (const [kind, k] of [...batchNormKinds(rec.steps)].sort()) console.log(`  ${kind}: ${k.calls} calls, ${k.ms.toFixed(3)} ms/step`);
}

export function batchNormKinds(steps: readonly (readonly TimedCall[])[]): Map<string, { calls: number; ms: number }> {
  const byKind = new Map<string, number[][]>(); // kind → position in the step → its times over the steps
  for (const calls of steps) {
    const seen = new Map<string, number>();
    for (const c of calls) {
      if (!/BatchNorm/.test(c.name)) continue;
      const kind = `${c.name}${c.attrs.relu ? '+relu' : ''}${c.inputs.y ? '+y' : ''}${c.inputs.shortcut ? '+shortcut' : ''} ${c.inputs.x?.join('×')}`;
      const i = seen.get(kind) ?? 0;
      seen.set(kind, i + 1);
      const times = byKind.get(kind) ?? [];
      byKind.set(kind, times);
      (times[i] ??= []).push(c.ms);
    }
  }
  return new Map([...byKind].map(([kind, t]) => [kind, { calls: t.length, ms: t.reduce((n, x) => n + Math.min(...x), 0) }]));
}

if (process.argv[1]?.endsWith('memoryPassSteps.ts')) void main();
