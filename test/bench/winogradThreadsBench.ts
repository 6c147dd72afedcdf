/**
 * Where a two-thread Winograd call's time goes at ResNet-20's shapes (batch 64): the whole tfjs call, the parts
 * the main thread runs alone (the filter transform with its buffers), the split job with a few chunkings, and
 * the kernel on the whole batch on the main thread (one thread's time), the filter gradient's job with a few piece
 * counts, alternated call by call (each round starting one call later); per-call least and median.
 * The pool's stall rule is off (as in splitPostBench.ts), so the jobs go to both threads even under load.
 *   npx tsx test/bench/winogradThreadsBench.ts [--reps 60] [--shapes 32x16,16x32,8x64] [--chunks 16,8,4] [--pieces 1,4] [--only job]
 */
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../../src/train/backends/selectBackend';
import { runSplitByBatch } from '../../src/train/backends/wasm/batchSplit';
import { free } from '../../src/train/backends/wasm/kernelCalls';
import { KernelThreads, kernelThreadStats } from '../../src/train/backends/wasm/kernelThreads';
import { alignedBuffer, makeOutput, pointer, simdKernels } from '../../src/train/backends/wasm/simdKernels';
import { winograd4x4ScratchFloats, winogradFilterGrad4x4ScratchFloats } from '../../src/train/backends/wasm/winogradConv';
import { benchArg, benchCount, benchShapes } from './benchArgs';

process.env.LAYERLOOM_THREADS ??= '2';
(KernelThreads.prototype as unknown as { count: () => void }).count = () => {};

async function main(): Promise<void> {
  await selectBackend('wasm');
  const backend = tf.backend();
  const k = simdKernels(backend);
  const reps = benchCount('reps', 60);
  const batch = 64;
  const chunkings = benchArg('chunks', '16,8,4').split(',').map(Number);
  const pieces = benchArg('pieces', '1,4').split(',').map(Number);
  const only = benchArg('only', ''); // the cases whose names contain this
  console.log(`batch ${batch}, ${process.env.LAYERLOOM_THREADS} threads, least of ${reps} alternated calls (ms)`);
  for (const [side, ch] of benchShapes('32x16,16x32,8x64')) {
    const x = tf.randomNormal([batch, side, side, ch], 0, 1, 'float32', 1) as tf.Tensor4D;
    const w = tf.randomNormal([3, 3, ch, ch], 0, 0.1, 'float32', 2) as tf.Tensor4D;
    const dy = tf.randomNormal([batch, side, side, ch], 0, 1, 'float32', 3) as tf.Tensor4D;
    const conv = { strides: 1, pad: 'same', dataFormat: 'NHWC', dilations: 1 } as const;
    const uFloats = 36 * (ch * ch + 16);
    const u = alignedBuffer(backend, uFloats);
    const tmp = alignedBuffer(backend, 72);
    k.winogradFilter(pointer(backend, w), u.at, ch, ch, 6, 0, tmp.at);
    const out = makeOutput(backend, [batch, side, side, ch]);
    const scratch = alignedBuffer(backend, winograd4x4ScratchFloats(ch, side));
    const xAt = pointer(backend, x), outAt = pointer(backend, out);
    const dw = makeOutput(backend, [3, 3, ch, ch]);
    const dwAt = pointer(backend, dw);
    const job = (chunksPerThread?: number) => () => runSplitByBatch(backend, 'winograd4x4', batch, 1e12, {
      batched: [{ at: xAt, perImage: side * side * ch }], whole: [{ at: u.at, floats: uFloats }],
      out: { at: outAt, perImage: side * side * ch }, scratch: winograd4x4ScratchFloats(ch, side), chunksPerThread,
    }, ([a, uu, o], n, s) => [a, uu, o, n, side, side, ch, ch, s]);
    const allCalls: [string, () => unknown][] = [
      ['tfjs forward', () => tf.engine().runKernel('Conv2D', { x, filter: w }, conv as never)],
      ['tfjs filter grad', () => tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { ...conv, filterShape: w.shape } as never)],
      ['filter transform + buffers', () => {
        const uu = alignedBuffer(backend, uFloats);
        const t = alignedBuffer(backend, 72);
        k.winogradFilter(pointer(backend, w), uu.at, ch, ch, 6, 0, t.at);
        free(backend, t.info, uu.info);
      }],
      ['main thread alone, whole batch', () => k.winograd4x4(xAt, u.at, outAt, batch, side, side, ch, ch, scratch.at)],
      // The same work in the default job's 2-image calls, on the main thread: what a chunk's start costs alone.
      ['main thread alone, 2-image calls', () => {
        for (let b = 0; b < batch; b += 2) k.winograd4x4(xAt + b * side * side * ch * 4, u.at, outAt + b * side * side * ch * 4, 2, side, side, ch, ch, scratch.at);
      }],
      ['job, 16 chunks/thread (default)', job()],
      ...chunkings.filter((c) => c !== 16).map((c): [string, () => unknown] => [`job, ${c} chunks/thread`, job(c)]),
      ...pieces.map((p): [string, () => unknown] => [`filter grad job, ${p} pieces/thread`, () => runSplitByBatch(backend, 'winogradFilterGrad4x4', batch, 1e12, {
        batched: [{ at: xAt, perImage: side * side * ch }, { at: pointer(backend, dy), perImage: side * side * ch }], whole: [],
        out: { at: dwAt, sum: 9 * ch * ch }, scratch: winogradFilterGrad4x4ScratchFloats(ch, ch, side), piecesPerThread: p,
      }, ([a, d, o], n, s) => [a, d, o, n, side, side, ch, ch, s])]),
    ];
    const calls = allCalls.filter(([name]) => name.includes(only));
    const times = calls.map((): number[] => []);
    for (let r = 0; r < reps; r++) {
      // Each round starts one call later: a call that always followed the same one (a long call on the main thread
      // alone, the worker spinning idle meanwhile) would always find the worker in the same state.
      calls.forEach((_, j) => {
        const i = (j + r) % calls.length;
        const call = calls[i][1];
        const t = performance.now();
        const o = call();
        times[i].push(performance.now() - t);
        if (o) tf.dispose(o as tf.Tensor);
      });
    }
    console.log(`${side}x${side}x${ch} (least / median):`);
    calls.forEach(([name], i) => {
      const s = times[i].sort((a, b) => a - b);
      console.log(`  ${name.padEnd(36)} ${s[0].toFixed(3)} / ${s[s.length >> 1].toFixed(3)}`);
    });
    free(backend, u.info, tmp.info, scratch.info, out, dw);
    tf.dispose([x, w, dy]);
  }
  console.log('pool:', JSON.stringify(kernelThreadStats()));
  process.exit(0);
}

void main();
