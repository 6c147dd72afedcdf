import { beforeAll, describe, it } from 'vitest';
import { expectClose, rand, runOn, setUpBackends, tf } from './gradHarness';

// Two kernel threads whatever the machine, so the threaded filter gradient below is exercised.
process.env.LAYERLOOM_THREADS = '2';

beforeAll(setUpBackends);

type Pad = 'same' | 'valid' | [[number, number], [number, number], [number, number], [number, number]];
interface Case { x: [number, number, number, number]; k: [number, number]; co: number; stride: [number, number]; pad: Pad }

const cases: Case[] = [
  { x: [2, 8, 8, 3], k: [3, 3], co: 4, stride: [1, 1], pad: 'same' },
  { x: [2, 8, 8, 3], k: [3, 3], co: 4, stride: [1, 1], pad: 'valid' },
  { x: [2, 9, 7, 2], k: [3, 3], co: 5, stride: [2, 2], pad: 'same' },
  { x: [2, 9, 7, 2], k: [3, 3], co: 5, stride: [2, 2], pad: 'valid' },
  { x: [3, 10, 10, 1], k: [5, 5], co: 6, stride: [1, 1], pad: 'same' },
  { x: [2, 11, 12, 3], k: [2, 3], co: 2, stride: [3, 2], pad: 'valid' },
  { x: [2, 11, 12, 3], k: [4, 5], co: 2, stride: [3, 3], pad: 'same' },
  { x: [2, 8, 8, 4], k: [1, 1], co: 8, stride: [2, 2], pad: 'valid' },
  { x: [2, 8, 8, 4], k: [1, 1], co: 8, stride: [1, 1], pad: 'same' },
  { x: [2, 7, 9, 2], k: [3, 3], co: 3, stride: [2, 1], pad: [[0, 0], [1, 2], [0, 1], [0, 0]] },
  // Equal strides take the per-phase input gradient: ResNet's downsampling, even and odd kernels, stride 4.
  { x: [2, 8, 8, 4], k: [3, 3], co: 8, stride: [2, 2], pad: 'same' },
  { x: [2, 10, 6, 3], k: [2, 2], co: 5, stride: [2, 2], pad: 'valid' },
  { x: [1, 13, 11, 2], k: [3, 5], co: 3, stride: [4, 4], pad: 'same' },
  { x: [2, 9, 9, 3], k: [3, 3], co: 2, stride: [2, 2], pad: [[0, 0], [2, 1], [0, 2], [0, 0]] },
];

describe('wasm Conv2DBackpropFilter and Conv2DBackpropInput', () => {
  for (const c of cases) {
    it(`equal cpu's: x ${c.x.join('x')}, kernel ${c.k.join('x')}, stride ${c.stride.join('x')}, pad ${JSON.stringify(c.pad)}`, async () => {
      const grads = () => {
        const x = rand(c.x, 1);
        const w = rand([...c.k, c.x[3], c.co], 2);
        const f = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, c.stride, c.pad);
        const y = f(x, w);
        const dy = rand(y.shape, 3);
        const [dx, dw] = tf.grads(f)([x, w], dy);
        return [y, dx, dw];
      };
      expectClose(await runOn('wasm', grads), await runOn('cpu', grads), 1e-5);
    });
  }
});

describe('threaded SIMD filter gradient (large convolutions)', () => {
  it("equals cpu's on a ResNet-sized layer, odd batch split across threads", async () => {
    const grads = () => {
      const x = rand([5, 32, 32, 16], 71);
      const w = rand([3, 3, 16, 24], 72);
      const f = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'same');
      return [tf.grads(f)([x, w], rand([5, 32, 32, 24], 73))[1]];
    };
    // 5·32·32·9·16·24·2 ≈ 35 MFLOP: below the threading threshold, so repeat with more images.
    const big = () => {
      const x = rand([17, 32, 32, 16], 74);
      const w = rand([3, 3, 16, 24], 75);
      const f = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'same');
      return [tf.grads(f)([x, w], rand([17, 32, 32, 24], 76))[1]];
    };
    expectClose(await runOn('wasm', grads), await runOn('cpu', grads), 1e-5);
    expectClose(await runOn('wasm', big), await runOn('cpu', big), 1e-5);
  });
});
