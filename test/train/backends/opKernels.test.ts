import { beforeAll, describe, it } from 'vitest';
import { expectClose, rand, runOn, setUpBackends, tf } from './gradHarness';

beforeAll(setUpBackends);

const both = async (fn: () => tf.Tensor[], tol = 1e-5) => expectClose(await runOn('wasm', fn), await runOn('cpu', fn), tol);

describe('wasm BatchMatMul with transposed operands', () => {
  for (const [ta, tb] of [[false, false], [true, false], [false, true], [true, true]]) {
    it(`transposeA=${ta} transposeB=${tb}, batched and broadcast`, () => both(() => {
      const a = rand(ta ? [3, 7, 5] : [3, 5, 7], 1);
      const b = rand(tb ? [3, 4, 7] : [3, 7, 4], 2);
      const b1 = rand(tb ? [4, 7] : [7, 4], 3);
      return [tf.matMul(a, b, ta, tb), tf.matMul(a, b1, ta, tb)];
    }));
  }
});

describe('wasm Sum and Mean', () => {
  const axesCases: (number | number[])[] = [[0, 1, 2], [0], [0, 1], 0, [1, 2], [3], [0, 1, 2, 3], [2, 0, 1], -1];
  for (const axes of axesCases) {
    for (const keepDims of [false, true]) {
      it(`over ${JSON.stringify(axes)}, keepDims ${keepDims}`, () => both(() => {
        const x = rand([4, 5, 6, 3], 4);
        return [tf.sum(x, axes, keepDims), tf.mean(x, axes, keepDims)];
      }));
    }
  }
  it('int32 sums are left to the original kernel', () => both(() => [tf.sum(tf.tensor2d([[1, 2], [3, 4]], undefined, 'int32'), 0)]));
});

describe('wasm batch-norm gradient (no Tile)', () => {
  for (const shape of [[4, 5, 6, 3], [8, 3], [2, 4, 4, 16]]) {
    it(`equals cpu's for input ${shape.join('x')}, through moments as in training`, () => both(() => {
      const c = shape[shape.length - 1];
      const x = rand(shape, 5);
      const gamma = rand([c], 6).add(1.5);
      const beta = rand([c], 7);
      const dy = rand(shape, 8);
      const axes = [...Array(shape.length - 1).keys()];
      const f = (xx: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => {
        const { mean, variance } = tf.moments(xx, axes);
        return tf.batchNorm(xx, mean, variance, b, g, 1e-3);
      };
      const grads = tf.grads(f)([x, gamma, beta], dy);
      // Frozen statistics (inference-mode batch norm under a gradient).
      const mean = rand([c], 9);
      const variance = rand([c], 10).abs().add(0.5);
      const frozen = tf.grads((xx: tf.Tensor, g: tf.Tensor) => tf.batchNorm(xx, mean, variance, beta, g, 1e-3))([x, gamma], dy);
      return [...grads, ...frozen];
    }, 2e-5));
  }
});
