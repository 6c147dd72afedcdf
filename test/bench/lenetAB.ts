/**
 * Compares builds of LayerLoom's kernels on LeNet-5's convolutions, pool gradients and first Dense product (batch 64): each build
 * instantiated on its own memory, the kernels called directly (no tfjs around them), calls of the builds
 * alternated so that load on this shared machine hits them alike; the minimum of each (as winogradAB.ts).
 *   git show HEAD:src/train/backends/wasm/layerloom-kernels-fma.wasm > /tmp/before.wasm
 *   npx tsx test/bench/lenetAB.ts /tmp/before.wasm src/train/backends/wasm/layerloom-kernels-fma.wasm [--reps 300]
 * Prints each build's minimum per kernel (and its ratio to the first build's) and the largest difference
 * between the builds' outputs.
 */
import { benchCount } from './benchArgs';
import { interleavedMinima } from './interleavedMinima';
import { comparison, loadKernelBuilds } from './kernelBuildsAB';

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
  const { files, builds } = loadKernelBuilds<Record<string, Kernel>>('test/bench/lenetAB.ts', 800);
  const reps = benchCount('reps', 300);
  const random = (n: number) => Float32Array.from({ length: n }, () => Math.random() - 0.5);
  const a = random(BATCH * 32 * 32 * 6);
  const b = random(BATCH * 28 * 28 * 6);
  const w = random(400 * 120);
  const bias = random(64);
  for (const { f32 } of builds) { f32.set(a, A / 4); f32.set(b, B / 4); f32.set(w, W / 4); f32.set(bias, BIAS / 4); }
  console.log(`${files.join(' vs ')}: batch ${BATCH}, min of ${reps} alternated calls (ms)`);
  for (const [name, fn, args, size] of CALLS) {
    const best = interleavedMinima(builds.map(({ kernels }) => () => kernels[fn](...args)), reps);
    console.log(`${name.padEnd(10)} ${fn.padEnd(26)} ${comparison(best, builds, OUT, size)}`);
  }
}

main();
