/**
 * Training steps of a bench model on wasm with one of LayerLoom's engine patches (an instance method of
 * tfjs's Engine) and with tfjs's own, alternated step by step in one process: per way, the least wall time
 * of a step and the least time outside kernels (a step's wall time less its kernels' wall time, as
 * rooflineBench.ts counts it: the engine, tape, JavaScript and GC this patch changes), and the kernel calls
 * per step. --method clone: saved tensors shared (sharedSavedTensors.ts) against tfjs's clones;
 * --method addTapeNode: no zero gradients for a batch norm's unused outputs (unusedOutputGradients.ts).
 *
 *   npx tsx test/bench/enginePatchAB.ts [--model lenet5] [--method clone] [--steps 40]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { BENCH_MODELS, type BenchModelName } from '../../src/train/bench/benchModels';
import { makeTrainer } from '../../src/train/bench/runBench';
import { benchArg, benchCount } from './benchArgs';
import { recordWasmKernels } from './roofline/kernelRecorder';

async function main(): Promise<void> {
  await selectBackend('wasm');
  const name = benchArg('model', 'lenet5') as BenchModelName;
  const method = benchArg('method', 'clone');
  const trainer = await makeTrainer(tf, BENCH_MODELS[name], { images: 64 });
  const engine = tf.engine() as unknown as Record<string, unknown>;
  const patched = engine[method]; // the instance's own, set by LayerLoom's patch
  const stock = (Object.getPrototypeOf(engine) as Record<string, unknown>)[method]; // the class's
  // Assigned, never deleted: a deleted property would turn the engine into a slow dictionary-mode object.
  const ways: Record<string, () => void> = {
    patched: () => { engine[method] = patched; },
    tfjs: () => { engine[method] = stock; },
  };
  const calls: Record<string, number> = {};
  for (const [way, use] of Object.entries(ways)) {
    use();
    for (let s = 0; s < 3; s++) await trainer.step(0); // warm-up
    calls[way] = (await tf.profile(() => trainer.step(0))).kernels.length;
  }
  const recorder = recordWasmKernels();
  const step: Record<string, number[]> = { patched: [], tfjs: [] };
  const outside: Record<string, number[]> = { patched: [], tfjs: [] };
  try {
    for (let s = 0; s < 2 * benchCount('steps', 40); s++) {
      const way = (s >> 1) % 2 === s % 2 ? 'patched' : 'tfjs'; // ABBA order
      ways[way]();
      recorder.start();
      const t = performance.now();
      await trainer.step(0);
      const ms = performance.now() - t;
      step[way].push(ms);
      outside[way].push(ms - recorder.take().reduce((n, c) => n + c.ms, 0));
    }
  } finally {
    recorder.restore();
    ways.patched();
    trainer.dispose();
  }
  const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(f * (xs.length - 1))].toFixed(2);
  for (const way of Object.keys(ways)) {
    console.log(`${way.padEnd(8)} step least ${q(step[way], 0)} ms, median ${q(step[way], 0.5)}; outside kernels least ${q(outside[way], 0)} ms, `
      + `quartiles ${q(outside[way], 0.25)}-${q(outside[way], 0.75)}; ${calls[way]} kernel calls`);
  }
}

void main();
