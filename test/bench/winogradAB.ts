/**
 * Compares builds of LayerLoom's kernels on the Winograd F(4×4, 3×3) forward kernel and F(3×3, 4×4) filter
 * gradient alone: each build instantiated on its own memory, the kernels called directly (no tfjs around
 * them), calls of the builds alternated so that load on a shared machine hits them alike; the minimum of
 * each. Differences of 2-3% are measurable this way where whole-step benchmarks swing by 20%.
 *   git show 8110aec:src/train/backends/wasm/layerloom-kernels-fma.wasm > /tmp/before.wasm
 *   npx tsx test/bench/winogradAB.ts /tmp/before.wasm src/train/backends/wasm/layerloom-kernels-fma.wasm
 *     [--reps 150] [--batch 64] [--shapes 32x16,16x32,8x64] [--kinds fwd,fgrad] [--warm]
 * --kinds filter,filterRot times the filter transform (the forward's, the input gradient's rotated one) alone.
 * --warm rewrites x and dy before every call, so they are in cache as in a training step (written by the
 * layer before); without it the kernel reads them from memory. Prints each build's minimum (and its ratio to
 * the first build's) and the largest difference between the builds' outputs.
 */
import { benchArg, benchCount, benchShapes } from './benchArgs';
import { interleavedMinima } from './interleavedMinima';
import { comparison, loadKernelBuilds } from './kernelBuildsAB';

interface Kernels {
  winogradFilter(g: number, u: number, ci: number, co: number, alpha: number, rotated: number, tmp: number): void;
  winograd4x4(x: number, u: number, out: number, batch: number, h: number, w: number, ci: number, co: number, scratch: number): void;
  winogradFilterGrad4x4(x: number, dy: number, dw: number, batch: number, h: number, w: number, ci: number, co: number, scratch: number): void;
}

const MB = 1 << 20;
// Byte offsets in each build's memory: scratch, x, U, output, filter, dy.
const SCRATCH = 8 * MB, X = 16 * MB, U = 32 * MB, OUT = 48 * MB, G = 60 * MB, DY = 70 * MB;

function main(): void {
  const { files, builds } = loadKernelBuilds<Kernels>('test/bench/winogradAB.ts', 2000);
  const reps = benchCount('reps', 150);
  const batch = benchCount('batch', 64);
  const warm = process.argv.includes('--warm');
  const shapes = benchShapes('32x16,16x32,8x64');
  const kinds = benchArg('kinds', 'fwd,fgrad').split(',');
  console.log(`${files.join(' vs ')}: batch ${batch}, min of ${reps} alternated calls (ms)${warm ? ', inputs rewritten before each call' : ''}`);
  for (const [side, ch] of shapes) {
    const n = batch * side * side * ch;
    const x = Float32Array.from({ length: n }, () => Math.random() - 0.5);
    const dy = Float32Array.from({ length: n }, () => Math.random() - 0.5);
    const g = Float32Array.from({ length: 9 * ch * ch }, () => Math.random() - 0.5);
    for (const { kernels, f32 } of builds) {
      f32.set(x, X / 4); f32.set(dy, DY / 4); f32.set(g, G / 4);
      kernels.winogradFilter(G, U, ch, ch, 6, 0, SCRATCH);
    }
    for (const kind of kinds) {
      const calls = builds.map(({ kernels }) => kind === 'fgrad'
        ? () => kernels.winogradFilterGrad4x4(X, DY, OUT, batch, side, side, ch, ch, SCRATCH)
        : kind === 'filter' || kind === 'filterRot'
          ? () => kernels.winogradFilter(G, OUT, ch, ch, 6, kind === 'filter' ? 0 : 1, SCRATCH)
          : () => kernels.winograd4x4(X, U, OUT, batch, side, side, ch, ch, SCRATCH));
      const best = interleavedMinima(calls, reps, (i) => {
        if (warm) { builds[i].f32.set(x, X / 4); builds[i].f32.set(dy, DY / 4); }
      });
      const size = kind === 'fgrad' ? 9 * ch * ch : kind.startsWith('filter') ? 36 * (ch * ch + 16) : n;
      console.log(`${kind} ${side}x${side}x${ch}: ${comparison(best, builds, OUT, size)}`);
    }
  }
}

main();
