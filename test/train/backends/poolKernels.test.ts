/**
 * Max pooling with windows that do not overlap (LeNet-5's 2×2/2: poolKernels.ts's own forward and
 * gradient passes) against tfjs's cpu backend, on seeded random shapes around LeNet-5's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClose, rand, runOn, setUpBackends, shapesFrom, tf } from './gradHarness';

beforeAll(setUpBackends);

const both = async (fn: () => tf.Tensor[]) => expectClose(await runOn('wasm', fn), await runOn('cpu', fn), 1e-6);

describe('max pooling, windows that do not overlap: forward and gradient equal cpu\'s (seeded random shapes)', () => {
  const int = shapesFrom(20261205);
  for (let n = 0; n < 10; n++) {
    const pool: [number, number] = [int(2, 3), int(2, 3)];
    const stride: [number, number] = [pool[0] + int(0, 1), pool[1] + int(0, 1)];
    const shape = [int(1, 9), int(pool[0], 16), int(pool[1], 16), int(4, 20)];
    it(`pool ${pool.join('x')} stride ${stride.join('x')} valid on ${shape.join('x')}`, () => both(() => {
      const x = rand(shape, 61 + n);
      const f = (z: tf.Tensor) => tf.maxPool(z as tf.Tensor4D, pool, stride, 'valid');
      const y = f(x);
      return [y, tf.grad(f)(x, rand(y.shape, 81 + n))];
    }));
  }
  it('a window of −∞ pools to −∞, NaN never wins: the same values as cpu (2×2 windows, 6 channels)', async () => {
    const pool = () => {
      const x = rand([1, 4, 4, 6], 19).bufferSync();
      for (const [r, c] of [[0, 0], [0, 1], [1, 0], [1, 1]]) for (let ch = 0; ch < 6; ch++) x.set(Number.NEGATIVE_INFINITY, 0, r, c, ch);
      for (let ch = 0; ch < 6; ch += 2) x.set(Number.NaN, 0, 2, 3, ch);
      return [tf.maxPool(x.toTensor() as tf.Tensor4D, 2, 2, 'valid')];
    };
    const [ours] = await runOn('wasm', pool);
    const [cpu] = await runOn('cpu', pool);
    expect(ours.slice(0, 6)).toEqual(Array(6).fill(Number.NEGATIVE_INFINITY));
    expect(ours).toEqual(cpu);
  });
});
