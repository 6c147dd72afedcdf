import { beforeAll, describe, expect, it } from 'vitest';
import { expectClose, rand, runOn, setUpBackends, tf } from './gradHarness';

beforeAll(setUpBackends);

/** A small network's gradients: convolution, bias, ReLU, a product and a sum, each saving tensors for its gradient. */
function grads(): tf.Tensor[] {
  const x = rand([3, 9, 9, 4], 1) as tf.Tensor4D;
  const w = tf.variable(rand([3, 3, 4, 5], 2) as tf.Tensor4D);
  const b = tf.variable(rand([5], 3));
  const { value, grads: g } = tf.variableGrads(() => {
    const y = tf.relu(tf.add(tf.conv2d(x, w, 1, 'same'), b));
    return tf.sum(tf.mul(y, y)) as tf.Scalar;
  }, [w, b]);
  const out = [value, g[w.name], g[b.name]];
  w.dispose();
  b.dispose();
  return out;
}

async function kernelsOf(backend: string): Promise<string[]> {
  await tf.setBackend(backend);
  const info = await tf.profile(() => tf.tidy(() => grads()));
  tf.dispose(info.result as tf.Tensor[]);
  return info.kernels.map((k) => k.name);
}

describe('tensors saved for gradients on wasm', () => {
  it('are shared, not cloned through Identity kernels, and give the gradients cpu gives', async () => {
    const wasm = await kernelsOf('wasm');
    expect(wasm).toContain('Conv2DBackpropFilter');
    expect(wasm).not.toContain('Identity');
    // cpu keeps tfjs's clone: one Identity per saved tensor.
    expect((await kernelsOf('cpu')).filter((k) => k === 'Identity').length).toBeGreaterThanOrEqual(4);
    expectClose(await runOn('wasm', grads), await runOn('cpu', grads), 1e-5);
  });

  it('are released after backprop: no tensor or data buffer is left, step after step', async () => {
    await tf.setBackend('wasm');
    tf.dispose(tf.tidy(() => grads())); // kernels set up
    const before = tf.memory();
    for (let i = 0; i < 3; i++) tf.dispose(tf.tidy(() => grads()));
    const after = tf.memory() as tf.MemoryInfo & { numDataBuffers: number };
    expect(after.numTensors).toBe(before.numTensors);
    expect(after.numDataBuffers).toBe((before as typeof after).numDataBuffers);
    expect(after.numBytes).toBe(before.numBytes);
  });

  it("leave gradients of gradients to tfjs's clone: a second derivative through saved tensors is right", async () => {
    // d²/dx² Σ x³·w = 6·x·w: the inner gradient's saved tensors must stay on the outer tape.
    const second = () => {
      const x = rand([5, 3], 7);
      const w = rand([5, 3], 8);
      const inner = (v: tf.Tensor) => tf.grad((u: tf.Tensor) => tf.sum(tf.mul(tf.pow(u, 3), w)))(v);
      return [tf.grad((v: tf.Tensor) => tf.sum(inner(v)))(x), tf.mul(tf.mul(x, w), 6)];
    };
    const [wasmSecond, expected] = await runOn('wasm', second);
    expectClose([wasmSecond], [expected], 1e-5);
    expectClose([wasmSecond], [(await runOn('cpu', second))[0]], 1e-5);
  });

  it('keep their values when the tensor they were saved from is disposed before backprop', async () => {
    const run = () => {
      const w = tf.variable(rand([4, 3], 5));
      const { value, grads: g } = tf.variableGrads(() => {
        const x = rand([2, 4], 6);
        const y = tf.matMul(x, w); // saves x and w
        x.dispose(); // the saved copy keeps x's data alive
        return tf.sum(tf.square(y)) as tf.Scalar;
      }, [w]);
      const out = [value, g[w.name]];
      w.dispose();
      return out;
    };
    expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-5);
  });
});
