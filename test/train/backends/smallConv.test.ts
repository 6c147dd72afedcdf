/**
 * The few-input-channel convolution kernels (src/train/backends/wasm/smallConv.ts: LeNet-5's layers)
 * against tfjs's cpu backend: LeNet-5's own shapes, seeded random shapes around them, and a batch split
 * across kernel threads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClose, rand, runOn, setUpBackends, shapesFrom, tf } from './gradHarness';

// Two kernel threads whatever the machine, so the threaded split below is exercised.
process.env.LAYERLOOM_THREADS = '2';

beforeAll(setUpBackends);

type Pad = 'same' | 'valid';
interface Case { x: [number, number, number, number]; k: [number, number]; co: number; stride: [number, number]; pad: Pad }

const name = (c: Case) => `x ${c.x.join('x')}, kernel ${c.k.join('x')}, ${c.co} out, stride ${c.stride.join('x')}, ${c.pad}`;

/** Forward, input gradient and filter gradient of one convolution on `backend`. */
function grads(c: Case, seed: number) {
  return () => {
    const x = rand(c.x, seed);
    const w = rand([...c.k, c.x[3], c.co], seed + 1);
    const f = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad);
    const y = f(x, w);
    return [y, ...tf.grads(f)([x, w], rand(y.shape, seed + 2))];
  };
}

describe("LeNet-5's convolutions equal cpu's (forward, input and filter gradients)", () => {
  const cases: Case[] = [
    { x: [3, 28, 28, 1], k: [5, 5], co: 6, stride: [1, 1], pad: 'same' },
    { x: [3, 14, 14, 6], k: [5, 5], co: 16, stride: [1, 1], pad: 'valid' },
  ];
  for (const c of cases) it(name(c), async () => expectClose(await runOn('wasm', grads(c, 11)), await runOn('cpu', grads(c, 11)), 1e-5));
});

describe('seeded random shapes around LeNet-5 (1–8 channels in, 1–20 out, kernels 3–7, same/valid, strides 1–2, batch 1–9)', () => {
  const int = shapesFrom(20261204);
  const cases: Case[] = [];
  while (cases.length < 16) {
    const k: [number, number] = int(0, 2) > 0 ? [int(3, 7), 0] : [int(3, 7), int(3, 7)];
    if (k[1] === 0) k[1] = k[0];
    const s = int(1, 2);
    const pad: Pad = int(0, 1) === 0 ? 'same' : 'valid';
    const x: Case['x'] = [int(1, 9), int(4, 16), int(4, 16), int(1, 8)];
    if (pad === 'valid' && (x[1] < k[0] || x[2] < k[1])) continue; // no output pixel
    cases.push({ x, k, co: int(1, 20), stride: [s, s], pad });
  }
  // Stride 1 with 1–7 channels in and maps 8+ wide: the scatter input gradient and the one-channel forward.
  while (cases.length < 26) {
    const k: [number, number] = [int(3, 7), int(3, 7)];
    const pad: Pad = int(0, 1) === 0 ? 'same' : 'valid';
    const x: Case['x'] = [int(1, 9), int(4, 16), int(8, 16) + (pad === 'valid' ? k[1] - 1 : 0), cases.length % 2 === 0 ? 1 : int(2, 7)];
    if (pad === 'valid' && x[1] < k[0]) continue;
    cases.push({ x, k, co: int(1, 20), stride: [1, 1], pad });
  }
  for (const c of cases) it(name(c), async () => expectClose(await runOn('wasm', grads(c, 21)), await runOn('cpu', grads(c, 21)), 1e-5));
});

describe('seeded random shapes: one input channel to six, the pixel-pair kernels (filter gradient: kernels 1–7 on a side; forward: outputs 8–15 wide, every tail of 1–3 pixels)', () => {
  const int = shapesFrom(20261205);
  const cases: Case[] = [];
  while (cases.length < 14) {
    const k: [number, number] = [int(1, 7), cases.length < 7 ? cases.length + 1 : int(1, 7)];
    const pad: Pad = int(0, 1) === 0 ? 'same' : 'valid';
    // After the kernel-width sweep, widths whose outputs take the one-channel forward (8+ wide).
    const w = cases.length < 7 ? int(3, 13) : 8 + (cases.length % 4) + 4 * int(0, 1) + (pad === 'valid' ? k[1] - 1 : 0);
    const x: Case['x'] = [int(1, 9), int(3, 13), w, 1];
    if (pad === 'valid' && (x[1] < k[0] || x[2] < k[1])) continue;
    cases.push({ x, k, co: 6, stride: [1, 1], pad });
  }
  for (const c of cases) it(name(c), async () => expectClose(await runOn('wasm', grads(c, 31)), await runOn('cpu', grads(c, 31)), 1e-5));
});

describe('split across kernel threads (odd batches of 17)', () => {
  // 16 MFLOP, over batchSplit.ts's THREADED_FLOPS: the patch-sum filter gradient in one piece per
  // thread, the few-channel forward and the scatter input gradient in chunks of images.
  const small: Case = { x: [17, 28, 28, 3], k: [5, 5], co: 8, stride: [1, 1], pad: 'same' };
  it(`${name(small)}: forward, input and filter gradients equal cpu's`, async () => {
    expectClose(await runOn('wasm', grads(small, 51)), await runOn('cpu', grads(small, 51)), 1e-5);
  });

  /** `fn` on a batch of 17 (split across threads) equals, bit for bit, `fn` on each image alone (one thread). */
  const splitEqualsAlone = async (input: tf.Tensor, fn: (t: tf.Tensor) => tf.Tensor) => {
    const [whole] = await runOn('wasm', () => [fn(input)]);
    const [alone] = await runOn('wasm', () => [tf.concat(tf.split(input, 17).map(fn))]);
    expect(whole).toEqual(alone);
  };
  it("x 17x28x28x6, kernel 7x7, 20 out, same: the scatter input gradient equals, bit for bit, each image's alone", async () => {
    const w = rand([7, 7, 6, 20], 42);
    await splitEqualsAlone(rand([17, 28, 28, 20], 41), (d) => tf.engine().runKernel('Conv2DBackpropInput', { dy: d, filter: w },
      { strides: [1, 1], pad: 'same', dataFormat: 'NHWC', inputShape: [d.shape[0], 28, 28, 6] }) as tf.Tensor);
  });
  for (const [xs, ws, seed] of [[[17, 28, 28, 6], [5, 5, 6, 16], 45], [[17, 56, 56, 1], [7, 7, 1, 20], 43], [[17, 56, 56, 1], [5, 5, 1, 6], 47],
    [[17, 32, 32, 3], [3, 3, 3, 16], 49]] as const) { // ResNet's first layer: each image padded in its thread's scratch
    it(`x ${xs.join('x')}, kernel ${ws[0]}x${ws[1]}, ${ws[3]} out, same: the forward equals, bit for bit, each image's alone`, async () => {
      const w = rand([...ws], seed + 1) as tf.Tensor4D;
      await splitEqualsAlone(rand([...xs], seed), (x) => tf.conv2d(x as tf.Tensor4D, w, 1, 'same'));
    });
  }
});
