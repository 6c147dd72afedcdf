/**
 * Compares builds of LayerLoom's kernels on LeNet-5's convolutions, pool gradients and first Dense product (batch 64): each build
 * instantiated on its own memory, the kernels called directly (no tfjs around them), calls of the builds
 * alternated so that load on this shared machine hits them alike; the minimum of each (as winogradAB.ts).
 *   git show HEAD:src/train/backends/wasm/layerloom-kernels-fma.wasm > /tmp/before.wasm
 *   npx tsx test/bench/lenetAB.ts /tmp/before.wasm src/train/backends/wasm/layerloom-kernels-fma.wasm [--reps 300]
 * Prints each build's minimum per kernel (and its ratio to the first build's) and the largest difference
 * between the builds' outputs.
 */
import { readFileSync } from 'node:fs';
import { fusedMultiplyAdd } from '../../src/train/backends/wasm/kernelModules';
import { benchCount } from './benchArgs';
import { interleavedMinima } from './interleavedMinima';

type Kernel = (...args: number[]) => void;
const MB = 1 << 20;
// Byte offsets in each build's memory: two inputs, a filter (or its prepared form), a bias pattern, the output, scratch.
const A = 8 * MB, B = 16 * MB, W = 24 * MB, BIAS = 25 * MB, OUT = 32 * MB, SCRATCH = 40 * MB;
const BATCH = 64;

/** LeNet-5's kernel calls: name, kernel, arguments, floats of the output (compared between the builds). */
const CALLS: [string, string, number[], number][] = [
  // conv1 forward 28×28×1 (padded to 32×32) → 6, bias and ReLU: filter as 12 floats per tap.
  ['conv1 fwd', 'conv2dOneToSixBiasRelu', [A, W, BIAS, OUT, BATCH, 32, 32, 28, 28, 6, 5, 5], BATCH * 28 * 28 * 6],
  ['conv1 dW', 'conv2dFilterGradOneToSix', [A, B, OUT, SCRATCH, BATCH, 32, 32, 28, 28, 5, 5], 25 * 6],
  // conv2 14×14×6 → 10×10×16 valid.
  ['conv2 fwd', 'conv2dFewChannelsBiasRelu', [A, W, BIAS, OUT, BATCH, 14, 14, 6, 10, 10, 16, 5, 5], BATCH * 10 * 10 * 16],
  ['conv2 dx', 'conv2dInputGradScatter', [B, W, OUT, BATCH, 10, 10, 16, 14, 14, 6, 5, 4, 30], BATCH * 14 * 14 * 6],
  ['conv2 dW', 'conv2dFilterGradPatches', [A, B, OUT, BATCH, 14, 14, 6, 10, 10, 16, 16, 5, 5, 1, 1, 1, 1], 150 * 16],
  // Max pool gradients through the ReLU, with the bias gradient (conv1's 28×28×6, conv2's 10×10×16).
  ['pool1 grad', 'maxPoolReluGradBias', [A, B, OUT, SCRATCH, BATCH, 28, 28, 6, 14, 14], BATCH * 28 * 28 * 6],
  ['pool2 grad', 'maxPoolReluGradBias', [A, B, OUT, SCRATCH, BATCH, 10, 10, 16, 5, 5], BATCH * 10 * 10 * 16],
  // The first Dense layer's product, 64×400 · 400×120 (matMulKernel.ts's call of the correlation kernel with a 1×1 filter).
  ['dense1', 'conv2dInputGrad', [A, W, OUT, 1, 1, 64, 120, 1, 64, 400, 1, 1, 0, 0, 0, 120, 1, 1], 64 * 120],
];

function main(): void {
  fusedMultiplyAdd(); // turns on Node 20's relaxed-SIMD flag where the -fma builds need it
  const files = process.argv.slice(2).filter((a) => a.endsWith('.wasm'));
  if (files.length < 2) throw new Error('give two or more .wasm builds to compare (see the comment at the top of test/bench/lenetAB.ts)');
  const reps = benchCount('reps', 300);
  const builds = files.map((file) => {
    const memory = new WebAssembly.Memory({ initial: 800 });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), { env: { memory, abort() {} } });
    return { kernels: instance.exports as unknown as Record<string, Kernel>, f32: new Float32Array(memory.buffer) };
  });
  const random = (n: number) => Float32Array.from({ length: n }, () => Math.random() - 0.5);
  const a = random(BATCH * 32 * 32 * 6);
  const b = random(BATCH * 28 * 28 * 6);
  const w = random(400 * 120);
  const bias = random(64);
  for (const { f32 } of builds) { f32.set(a, A / 4); f32.set(b, B / 4); f32.set(w, W / 4); f32.set(bias, BIAS / 4); }
  console.log(`${files.join(' vs ')}: batch ${BATCH}, min of ${reps} alternated calls (ms)`);
  for (const [name, fn, args, size] of CALLS) {
    const best = interleavedMinima(builds.map(({ kernels }) => () => kernels[fn](...args)), reps);
    const outs = builds.map(({ f32 }) => f32.subarray(OUT / 4, OUT / 4 + size));
    let diff = 0;
    for (const o of outs.slice(1)) for (let i = 0; i < size; i++) diff = Math.max(diff, Math.abs(o[i] - outs[0][i]));
    console.log(`${name.padEnd(10)} ${fn.padEnd(26)} ` + best.map((t, i) => t.toFixed(3) + (i ? ` (${(t / best[0]).toFixed(3)})` : '')).join('  ')
      + `  max |difference| ${diff.toExponential(1)}`);
  }
}

main();
