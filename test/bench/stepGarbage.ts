/**
 * The garbage a training step leaves for the main thread's collector, part of the time outside kernels
 * (rooflineBench.ts): the collections per step and their time (perf_hooks' gc entries: minor = scavenges of
 * the young generation), and which functions allocate the JavaScript objects (V8's sampling heap profiler,
 * objects collected since included), in MB per step. A scavenge's cost grows with what survives it, its
 * frequency with what is allocated: fewer bytes per step mean fewer scavenges. Two runs of --steps steps:
 * the collections without the profiler, then the allocations with it.
 *
 *   npx tsx test/bench/stepGarbage.ts [--model resnet20] [--steps 10] [--top 20]
 */
import * as tf from '@tensorflow/tfjs';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { BENCH_MODELS, type BenchModelName } from '../../src/train/bench/benchModels';
import { makeTrainer } from '../../src/train/bench/runBench';
import { benchArg, benchCount } from './benchArgs';

interface SamplingNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children?: SamplingNode[] }

/** Bytes allocated by each function (self), over the whole sampled tree. */
function bytesByFunction(node: SamplingNode, into = new Map<string, number>()): Map<string, number> {
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
  if (node.selfSize) into.set(key, (into.get(key) ?? 0) + node.selfSize);
  for (const c of node.children ?? []) bytesByFunction(c, into);
  return into;
}

async function main(): Promise<void> {
  await selectBackend('wasm');
  const name = benchArg('model', 'resnet20') as BenchModelName;
  const steps = benchCount('steps', 10);
  const trainer = await makeTrainer(tf, BENCH_MODELS[name], { images: 64 });
  for (let i = 0; i < 5; i++) await trainer.step(0); // warm-up
  const gc = { minor: 0, minorMs: 0, major: 0, majorMs: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const minor = (e as PerformanceEntry & { detail: { kind: number } }).detail.kind === constants.NODE_PERFORMANCE_GC_MINOR;
      gc[minor ? 'minor' : 'major']++;
      gc[minor ? 'minorMs' : 'majorMs'] += e.duration;
    }
  });
  // Collections first, without the heap profiler (its sampling slows allocation and collection down).
  observer.observe({ entryTypes: ['gc'] });
  const t = performance.now();
  for (let i = 0; i < steps; i++) await trainer.step(0);
  const ms = performance.now() - t;
  await new Promise((resolve) => setTimeout(resolve, 50)); // the last gc entries
  observer.disconnect();
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
  for (let i = 0; i < steps; i++) await trainer.step(0);
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: SamplingNode } };
  session.disconnect();
  trainer.dispose();
  const bytes = bytesByFunction(profile.head);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  const mb = (b: number) => (b / 1e6 / steps).toFixed(3);
  console.log(`${name}, ${steps} steps, ${(ms / steps).toFixed(1)} ms per step (load average ${(await import('node:os')).loadavg()[0].toFixed(2)})`);
  console.log(`main thread gc per step: ${(gc.minor / steps).toFixed(2)} scavenges, ${(gc.minorMs / steps).toFixed(2)} ms; ${(gc.major / steps).toFixed(2)} major, ${(gc.majorMs / steps).toFixed(2)} ms`);
  console.log(`JavaScript allocated: ${mb(total)} MB per step (sampled), by function:`);
  for (const [key, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, benchCount('top', 20))) console.log(`  ${mb(b).padStart(7)} MB  ${key}`);
}

void main();
