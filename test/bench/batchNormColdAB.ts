/**
 * The batch-norm passes of two builds of LayerLoom's kernels side by side, one thread, on cold data: build A
 * is the .wasm of another checkout (`--a DIR`, e.g. `git archive bc99173 | tar -x -C /tmp/a`), build B this
 * tree's, both instantiated on the wasm backend's memory in this one process. Each call works on one of 7
 * sets of ResNet-20-sized tensors in turn (7 × 5 × 4 MB at 32×32×16: far more than the caches) and its
 * input was just rewritten, as the layer before it would have; A and B alternate which goes first. Least
 * time of `--reps` rounds per call. batchNormBench.ts calls a kernel 60 times on the same tensors (warm
 * caches), which ranks these memory-bound passes differently from a training step.
 *   npx tsx test/bench/batchNormColdAB.ts --a DIR [--reps 40] [--shapes 32x16,16x32,8x64]
 * A build without batchNormMaskGradSums runs LayerLoomReluGrad's kernel then the plain sums in its place.
 */
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { backendMemory, pointer } from '../../src/train/backends/wasm/simdKernels';
import { fusedMultiplyAdd } from '../../src/train/backends/wasm/kernelModules';
import { benchArg, benchCount, benchShapes } from './benchArgs';

type Kernels = Record<string, ((...a: number[]) => void) | undefined> & Record<string, (...a: number[]) => void>;
const SETS = 7; // odd, so that A and B each meet every set

async function main(): Promise<void> {
  const dirA = benchArg('a', '');
  if (!dirA) throw new Error('batchNormColdAB: --a DIR (a checkout whose built kernels are build A) is required');
  const reps = benchCount('reps', 40);
  await selectBackend('wasm');
  const kb = tf.backend() as never;
  const memory = backendMemory(kb);
  const name = `layerloom-kernels${memory.buffer instanceof SharedArrayBuffer ? '-shared' : ''}${fusedMultiplyAdd() ? '-fma' : ''}.wasm`;
  const build = (dir: string) =>
    new WebAssembly.Instance(new WebAssembly.Module(readFileSync(`${dir}/src/train/backends/wasm/${name}`)), { env: { memory } }).exports as unknown as Kernels;
  const A = build(dirA);
  const B = build(new URL('../..', import.meta.url).pathname);
  const at = (t: tf.Tensor) => pointer(kb, { dataId: t.dataId, shape: t.shape, dtype: 'float32' });
  console.log(`Batch-norm passes, A = ${dirA}, B = this tree (${name}), one thread, cold data, least of ${reps} rounds: A -> B ms`);
  for (const [side, ch] of benchShapes('32x16,16x32,8x64')) {
    const shape = [64, side, side, ch];
    const rows = 64 * side * side;
    const n = rows * ch;
    const sets = Array.from({ length: SETS }, (_, i) => ({
      x: tf.randomNormal(shape, 0.3, 1, 'float32', i), dy: tf.randomNormal(shape, 0, 1, 'float32', 100 + i),
      y: tf.randomNormal(shape, 0, 1, 'float32', 200 + i), g: tf.zeros(shape), out: tf.zeros(shape),
    }));
    const factors = [0, 1, 2, 3, 4, 5].map((i) => tf.randomUniform([ch], 0.5, 1.5, 'float32', 300 + i));
    const [m, gain, offset, a, b, k] = factors.map(at);
    const sums = tf.zeros([2 * ch]);
    const s0 = at(sums), s1 = s0 + ch * 4;
    const source = tf.randomNormal(shape, 0, 1, 'float32', 999);
    type Set = (typeof sets)[number];
    // [name, call, whether it reads a forward input (x) just written, else a gradient (dy)]
    const calls: [string, (kn: Kernels, s: Set) => void, boolean][] = [
      ['statistics', (kn, s) => kn.channelMoments(at(s.x), rows, ch, s0, s1), true],
      ['normalize+ReLU', (kn, s) => kn.normalizeChannelsRelu(at(s.x), m, gain, offset, rows, ch, at(s.out)), true],
      ['normalize+add+ReLU', (kn, s) => kn.normalizeChannelsAddRelu(at(s.x), m, gain, offset, at(s.y), rows, ch, at(s.out)), true],
      ['sums', (kn, s) => kn.batchNormGradSums(at(s.x), at(s.dy), m, rows, ch, s0, s1), false],
      ['ReLU sums', (kn, s) => kn.batchNormReluGradSums(at(s.x), at(s.dy), m, gain, offset, rows, ch, s0, s1), false],
      ['add+ReLU sums', (kn, s) => {
        const masked = kn.batchNormMaskGradSums;
        if (masked) masked(at(s.x), at(s.dy), at(s.y), m, rows, ch, s0, s1, at(s.g));
        else { kn.reluGrad(at(s.dy), at(s.y), n, at(s.g)); kn.batchNormGradSums(at(s.x), at(s.g), m, rows, ch, s0, s1); }
      }, false],
      ['dx', (kn, s) => kn.channelAffine2(at(s.dy), at(s.x), a, b, k, rows, ch, at(s.out)), false],
      ['dx+ReLU', (kn, s) => kn.channelAffine2Relu(at(s.dy), at(s.x), m, gain, offset, a, b, k, rows, ch, at(s.out)), false],
    ];
    const best = calls.map(() => [Infinity, Infinity]);
    let next = 0;
    for (let r = 0; r < reps; r++) {
      calls.forEach(([, call, forward], i) => {
        for (const v of r % 2 ? [1, 0] : [0, 1]) {
          const s = sets[next++ % SETS];
          A.addRelu(at(source), at(source), n, at(forward ? s.x : s.dy)); // the input, just written
          const t = performance.now();
          call(v ? B : A, s);
          best[i][v] = Math.min(best[i][v], performance.now() - t);
        }
      });
    }
    console.log(`${side}x${side}x${ch}: ` + calls.map(([label], i) => `${label} ${best[i][0].toFixed(3)} -> ${best[i][1].toFixed(3)}`).join(', '));
    tf.dispose([...sets.flatMap((s) => Object.values(s)), ...factors, sums, source]);
  }
}

void main();
