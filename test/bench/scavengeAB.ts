/**
 * The main thread's young-generation collections (scavenges) in training steps with V8's parallel scavenge
 * and with the main thread scavenging alone (--no-parallel-scavenge, which kernelThreads.ts sets when it
 * makes a pool), alternated in one process every --block steps (v8.setFlagsFromString between blocks: V8
 * reads the flag at each scavenge): per way, the scavenges' pauses (perf_hooks gc entries) and the steps'
 * wall times. A scavenge is charged to the way whose block it happened in.
 *
 *   npx tsx test/bench/scavengeAB.ts [--model resnet20] [--steps 240] [--block 5]
 */
import * as tf from '@tensorflow/tfjs';
import { loadavg } from 'node:os';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { BENCH_MODELS, type BenchModelName } from '../../src/train/bench/benchModels';
import { makeTrainer } from '../../src/train/bench/runBench';
import { benchArg, benchCount } from './benchArgs';

const WAYS = ['--parallel-scavenge', '--no-parallel-scavenge'] as const;
type Way = (typeof WAYS)[number];

async function main(): Promise<void> {
  await selectBackend('wasm');
  const name = benchArg('model', 'resnet20') as BenchModelName;
  const steps = benchCount('steps', 240);
  const block = benchCount('block', 5);
  const trainer = await makeTrainer(tf, BENCH_MODELS[name], { images: 64 });
  for (let i = 0; i < 5; i++) await trainer.step(0); // warm-up (the pool is made: it set --no-parallel-scavenge)
  const pauses: Record<Way, number[]> = { '--parallel-scavenge': [], '--no-parallel-scavenge': [] };
  const stepMs: Record<Way, number[]> = { '--parallel-scavenge': [], '--no-parallel-scavenge': [] };
  let way: Way = WAYS[0];
  setFlagsFromString(way);
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if ((e as PerformanceEntry & { detail: { kind: number } }).detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) pauses[way].push(e.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const load = loadavg()[0];
  try {
    for (let s = 0; s < steps; s++) {
      const next = WAYS[Math.floor(s / block) % 2];
      if (next !== way) {
        await new Promise((resolve) => setTimeout(resolve, 5)); // the last block's gc entries first
        way = next;
        setFlagsFromString(way);
      }
      const t = performance.now();
      await trainer.step(0);
      stepMs[way].push(performance.now() - t);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    observer.disconnect();
    setFlagsFromString('--no-parallel-scavenge'); // as the pool left it
    trainer.dispose();
  }
  const q = (xs: number[], f: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(f * (xs.length - 1))].toFixed(2) : '-');
  console.log(`${name}, ${steps} steps alternated every ${block}; load average ${load.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
  for (const w of WAYS) {
    console.log(`${w.padEnd(24)} ${pauses[w].length} scavenges: least ${q(pauses[w], 0)} ms, quartiles ${q(pauses[w], 0.25)}-${q(pauses[w], 0.75)}, median ${q(pauses[w], 0.5)}; `
      + `step least ${q(stepMs[w], 0)} ms, median ${q(stepMs[w], 0.5)}`);
  }
}

void main();
