/**
 * Per-shape timing of the three convolution kernels on wasm for ResNet-20's layers (batch 64), in CPU
 * time of this process (the build machine is shared: wall time is noise). Run:
 *   npx tsx scripts/wasm/convBench.ts [repeats]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';

const SHAPES: [name: string, h: number, ci: number, co: number, k: number, s: number, count: number][] = [
  ['32x32 3->16', 32, 3, 16, 3, 1, 1],
  ['32x32 16->16', 32, 16, 16, 3, 1, 6],
  ['32x32 16->32 s2', 32, 16, 32, 3, 2, 1],
  ['16x16 32->32', 16, 32, 32, 3, 1, 5],
  ['16x16 32->64 s2', 16, 32, 64, 3, 2, 1],
  ['8x8 64->64', 8, 64, 64, 3, 1, 5],
  ['proj 16->32 s2', 32, 16, 32, 1, 2, 1],
  ['proj 32->64 s2', 16, 32, 64, 1, 2, 1],
];

/** LAYERLOOM_BENCH_WALL=1: wall time instead (to see what threads gain: CPU time counts every thread). */
const WALL = process.env.LAYERLOOM_BENCH_WALL === '1';

function cpuMs(fn: () => void, repeats: number): number {
  fn();
  if (WALL) {
    const start = performance.now();
    for (let i = 0; i < repeats; i++) fn();
    return (performance.now() - start) / repeats;
  }
  const t = process.cpuUsage();
  for (let i = 0; i < repeats; i++) fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000 / repeats;
}

async function main(): Promise<void> {
  await selectBackend('wasm');
  const repeats = Number(process.argv[2] ?? 5);
  const b = 64;
  const totals = { fwd: 0, dx: 0, dw: 0 };
  console.log(`${'layer'.padEnd(18)} ${'fwd ms'.padStart(8)} ${'dx ms'.padStart(8)} ${'dW ms'.padStart(8)}   GFLOP/s fwd/dx/dW  (×count)`);
  for (const [name, h, ci, co, k, s, count] of SHAPES) {
    const x = tf.randomNormal<tf.Rank.R4>([b, h, h, ci]);
    const w = tf.randomNormal<tf.Rank.R4>([k, k, ci, co]);
    const pad = k === 3 ? [[0, 0], [1, 1], [1, 1], [0, 0]] as [number, number][] : 'valid';
    const y = tf.conv2d(x, w, s, pad as 'valid');
    const dy = tf.randomNormal<tf.Rank.R4>(y.shape);
    const flops = 2 * b * y.shape[1] * y.shape[2] * k * k * ci * co;
    const run = (f: () => tf.Tensor) => () => { const t = f(); t.dataSync(); t.dispose(); };
    const fwd = cpuMs(run(() => tf.conv2d(x, w, s, pad as 'valid')), repeats);
    const dx = cpuMs(run(() => tf.conv2dTranspose(dy, w, x.shape, s, pad as 'valid')), repeats);
    const dw = cpuMs(run(() => tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { strides: s, pad, dataFormat: 'NHWC', filterShape: w.shape }) as tf.Tensor), repeats);
    totals.fwd += fwd * count; totals.dx += dx * count; totals.dw += dw * count;
    const g = (ms: number) => (flops / ms / 1e6).toFixed(1);
    console.log(`${name.padEnd(18)} ${fwd.toFixed(1).padStart(8)} ${dx.toFixed(1).padStart(8)} ${dw.toFixed(1).padStart(8)}   ${g(fwd)}/${g(dx)}/${g(dw)}  ×${count}`);
    tf.dispose([x, w, y, dy]);
  }
  console.log(`ResNet-20 step totals: fwd ${totals.fwd.toFixed(0)} ms, dx ${totals.dx.toFixed(0)} ms, dW ${totals.dw.toFixed(0)} ms`);
}

void main();
