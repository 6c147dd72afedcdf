import { beforeAll, describe, it } from 'vitest';
import { expectClose, rand, runOn, setUpBackends, tf } from './gradHarness';

beforeAll(setUpBackends);

/** The same convolution with the dilation written into the filter (zeros between taps), dilation 1: stock gradients. */
function reference(x: tf.Tensor4D, w: tf.Tensor4D, dy: tf.Tensor4D, d: [number, number], pad: 'same' | 'valid'): tf.Tensor[] {
  const [kh, kw, ci, co] = w.shape;
  // Zeros between the taps: [kh, 1, kw, 1, ci·co] padded to [kh, dh, kw, dw, ci·co], cut to the dilated size.
  const spread = (f: tf.Tensor) => tf.pad(f.reshape([kh, 1, kw, 1, ci * co]), [[0, 0], [0, d[0] - 1], [0, 0], [0, d[1] - 1], [0, 0]])
    .reshape([kh * d[0], kw * d[1], ci, co]).slice([0, 0, 0, 0], [(kh - 1) * d[0] + 1, (kw - 1) * d[1] + 1, ci, co]) as tf.Tensor4D;
  const f = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, spread(b), 1, pad);
  return [f(x, w), ...tf.grads(f)([x, w], dy)];
}

describe('dilated Conv2D gradient (LayerLoom\'s own; tfjs has none)', () => {
  const cases: [number[], [number, number], number, [number, number], 'same' | 'valid'][] = [
    [[2, 9, 9, 3], [3, 3], 4, [2, 2], 'same'],
    [[2, 9, 9, 3], [3, 3], 4, [2, 2], 'valid'],
    [[2, 12, 10, 2], [3, 2], 3, [3, 2], 'same'],
    [[1, 11, 11, 1], [2, 2], 2, [4, 4], 'valid'],
  ];
  for (const [shape, k, co, d, pad] of cases) {
    for (const backend of ['wasm', 'cpu']) {
      it(`on ${backend}: x ${shape.join('x')}, kernel ${k.join('x')}, dilation ${d.join('x')}, ${pad}`, async () => {
        const inputs = () => {
          const x = rand(shape, 21) as tf.Tensor4D;
          const w = rand([...k, shape[3], co], 22) as tf.Tensor4D;
          const y = tf.conv2d(x, w, 1, pad, 'NHWC', d);
          return { x, w, dy: rand(y.shape, 23) as tf.Tensor4D };
        };
        const ours = await runOn(backend, () => {
          const { x, w, dy } = inputs();
          const f = (a: tf.Tensor, b: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, pad, 'NHWC', d);
          return [f(x, w), ...tf.grads(f)([x, w], dy)];
        });
        const expected = await runOn('cpu', () => {
          const { x, w, dy } = inputs();
          return reference(x, w, dy, d, pad);
        });
        expectClose(ours, expected, 1e-5);
      });
    }
  }
});
