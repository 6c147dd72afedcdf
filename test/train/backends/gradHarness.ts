/** Runs the same computation on two backends and compares the results element by element. */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { expect } from 'vitest';
import { registerLayerLoomTraining } from '../../../src/train/backends/registerTraining';

export { tf };

let ready = false;
export async function setUpBackends(): Promise<void> {
  if (ready) return;
  registerLayerLoomTraining();
  await tf.setBackend('wasm');
  await tf.ready();
  await tf.setBackend('cpu');
  ready = true;
}

/** Runs `fn` on `backend` and returns every output as plain numbers (read asynchronously: webgpu has no sync read in Node). */
export async function runOn(backend: string, fn: () => tf.Tensor[]): Promise<number[][]> {
  await tf.setBackend(backend);
  const outs = tf.tidy(fn);
  const values = await Promise.all(outs.map(async (t) => Array.from(await t.data())));
  tf.dispose(outs);
  return values;
}

/** Deterministic pseudo-random values in [-1, 1). */
export function values(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}

export function rand(shape: number[], seed: number): tf.Tensor {
  return tf.tensor(values(shape.reduce((a, b) => a * b, 1), seed), shape);
}

/** Each pair of arrays is equal within `tol` relative to the largest magnitude of the expected one. */
export function expectClose(actual: number[][], expected: number[][], tol = 1e-4): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i];
    expect(a.length, `output ${i} length`).toBe(e.length);
    const scale = e.reduce((m, v) => Math.max(m, Math.abs(v)), 1e-6); // no spread: large outputs overflow the stack
    let worst = 0;
    for (let j = 0; j < a.length; j++) worst = Math.max(worst, Math.abs(a[j] - e[j]) / scale);
    expect(worst, `output ${i}: worst relative error`).toBeLessThanOrEqual(tol);
  });
}

/** A small seeded generator (mulberry32) of whole numbers in [lo, hi]: the same test shapes on every run. */
export function shapesFrom(seed: number): (lo: number, hi: number) => number {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
}
