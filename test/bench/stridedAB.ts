/**
 * Compares builds of LayerLoom's kernels on ResNet-20's strided layers alone (the two 3×3 stride-2
 * convolutions with their pad of 1 inside the kernels, as they train since padInsideConv.ts, and the two
 * 1×1 stride-2 projections):
 * the forward correlation (conv2dInputGrad with a rotated filter and strides), the filter gradient
 * (conv2dFilterGrad) and the strided input gradient (conv2dInputGradStrided), called directly on one thread
 * with a thread's share of the batch, the builds' calls alternated; the minimum of each (same pattern as
 * winogradAB.ts).
 *   git show HEAD:src/train/backends/wasm/layerloom-kernels-fma.wasm > /tmp/before.wasm
 *   npx tsx test/bench/stridedAB.ts /tmp/before.wasm src/train/backends/wasm/layerloom-kernels-fma.wasm
 *     [--reps 60] [--batch 32] [--kinds fwd,fgrad,dx] [--layers 0,1,2,3]
 * Prints each build's minimum (and its ratio to the first build's) and the largest difference between the
 * builds' outputs.
 */
import { benchArg, benchCount } from './benchArgs';
import { interleavedMinima } from './interleavedMinima';
import { comparison, loadKernelBuilds } from './kernelBuildsAB';

type Kernel = (...args: number[]) => void;
interface Kernels {
  conv2dInputGrad: Kernel;
  conv2dFilterGrad: Kernel;
  conv2dInputGradStrided: Kernel;
}

const MB = 1 << 20;
const X = 8 * MB, DY = 24 * MB, W = 40 * MB, OUT = 48 * MB, ZEROS = 60 * MB; // ZEROS: zeros (fresh memory)

// [name, input side, ci, co, k, pad]: stride 2, the pad (every side) inside the kernels.
const LAYERS: [string, number, number, number, number, number][] = [
  ['3x3 16->32 32x32/2 pad 1', 32, 16, 32, 3, 1],
  ['3x3 32->64 16x16/2 pad 1', 16, 32, 64, 3, 1],
  ['1x1 16->32 32x32/2', 32, 16, 32, 1, 0],
  ['1x1 32->64 16x16/2', 16, 32, 64, 1, 0],
];

function main(): void {
  const { files, builds } = loadKernelBuilds<Kernels>('test/bench/stridedAB.ts', 1200);
  const reps = benchCount('reps', 60);
  const b = benchCount('batch', 32);
  const kinds = benchArg('kinds', 'fwd,fgrad,dx').split(',');
  const layers = benchArg('layers', '0,1,2,3').split(',').map(Number);
  console.log(`${files.join(' vs ')}: batch ${b}, one thread, min of ${reps} alternated calls (ms)`);
  for (const l of layers) {
    const [name, h, ci, co, k, p] = LAYERS[l];
    const o = Math.floor((h + 2 * p - k) / 2) + 1;
    const rand = (n: number) => Float32Array.from({ length: n }, () => Math.random() - 0.5);
    const x = rand(b * h * h * ci), dy = rand(b * o * o * co), w = rand(k * k * ci * co);
    for (const { f32 } of builds) { f32.set(x, X / 4); f32.set(dy, DY / 4); f32.set(w, W / 4); }
    for (const kind of kinds) {
      // The forward pass as convForwardKernel.ts calls it (filter layout differs, the timing does not care):
      // taps past x's columns read ZEROS.
      const call: Record<string, (kn: Kernels) => void> = {
        fwd: (kn) => kn.conv2dInputGrad(X, W, OUT, b, o, o, co, h, h, ci, k, k, k - 1 - p, k - 1 - p, 0, co, 2, 2, ZEROS),
        fgrad: (kn) => kn.conv2dFilterGrad(X, DY, OUT, b, h, h, ci, o, o, co, k, k, 2, 2, 1, 1, p, p),
        // What follows the filter's blocks at W is fresh memory: the zeros the kernel reads past dy's columns.
        dx: (kn) => kn.conv2dInputGradStrided(DY, W, OUT, b, h, h, Math.max(ci, 8), o, o, co, k, k, 2, 2, p, p, ci),
      };
      const best = interleavedMinima(builds.map(({ kernels }) => () => call[kind](kernels)), reps);
      const size = kind === 'fwd' ? b * o * o * co : kind === 'fgrad' ? k * k * ci * co : b * h * h * ci;
      console.log(`${kind.padEnd(5)} ${name}: ${comparison(best, builds, OUT, size)}`);
    }
  }
}

main();
