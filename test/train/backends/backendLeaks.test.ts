/**
 * No wasm memory leaks from LayerLoom's kernels: every intermediate they allocate inside the backend
 * (padded copies, rotated filters, GEMM columns, broadcast patterns) is freed. tf.memory() counts only
 * engine tensors, so this counts the backend's own data ids.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rand, setUpBackends, tf } from './gradHarness';

beforeAll(setUpBackends);

describe('wasm kernels free their intermediates', () => {
  it('a step through every fast path leaves the backend with as many data ids as before', async () => {
    await tf.setBackend('wasm');
    const backend = tf.backend() as unknown as { numDataIds(): number };
    const x = tf.variable(rand([4, 12, 12, 3], 91));
    const w1 = tf.variable(rand([5, 5, 3, 8], 92)); // patch-sum dW (3 channels), GEMM dx (wide border)
    const b1 = tf.variable(rand([8], 93)); // vector Add
    const w2 = tf.variable(rand([3, 3, 8, 16], 94)); // LayerLoom forward and direct dx
    const w3 = tf.variable(rand([3, 3, 16, 8], 95)); // stride 2: per-phase dx
    const loss = () => tf.tidy(() => {
      let y = tf.relu(tf.add(tf.conv2d(x as tf.Tensor4D, w1 as tf.Tensor4D, 1, 'valid'), b1));
      y = tf.pad(y, [[0, 0], [1, 1], [1, 1], [0, 0]]);
      y = tf.conv2d(y as tf.Tensor4D, w2 as tf.Tensor4D, 1, 'valid');
      y = tf.sub(y, tf.mean(y, [0, 1, 2]));
      y = tf.maxPool(y as tf.Tensor4D, 2, 2, 'valid');
      y = tf.conv2d(y as tf.Tensor4D, w3 as tf.Tensor4D, 2, 'same');
      return tf.sum(tf.square(y)) as tf.Scalar;
    });
    const step = () => {
      const { value, grads } = tf.variableGrads(loss);
      tf.dispose([value, ...Object.values(grads)]);
    };
    step();
    const before = backend.numDataIds();
    for (let i = 0; i < 3; i++) step();
    expect(backend.numDataIds()).toBe(before);
    tf.dispose([x, w1, b1, w2, w3]);
  });
});
