import { beforeAll, describe, expect, it } from 'vitest';
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
    // 8+ columns and 4+ rows: LayerLoom's GEMM (last row and column blocks overlapping when not multiples of 4 and 8).
    it(`transposeA=${ta} transposeB=${tb}, LayerLoom GEMM shapes`, () => both(() => {
      const a = rand(ta ? [2, 9, 6] : [2, 6, 9], 4);
      const b = rand(tb ? [2, 11, 9] : [2, 9, 11], 5);
      const a2 = rand(ta ? [5, 13] : [13, 5], 6);
      const b2 = rand(tb ? [16, 5] : [5, 16], 7);
      return [tf.matMul(a, b, ta, tb), tf.matMul(a2, b2, ta, tb)];
    }));
  }
});

describe('wasm stride-1 Conv2D and FusedConv2D forward (LayerLoom kernel; fewer than 8 out padded to 8)', () => {
  type Pad = 'same' | 'valid' | [[number, number], [number, number], [number, number], [number, number]];
  const cases: [number[], number[], Pad][] = [
    [[2, 9, 7, 8], [3, 3, 8, 8], 'same'],
    [[2, 9, 7, 9], [2, 4, 9, 12], [[0, 0], [2, 1], [0, 3], [0, 0]]],
    [[2, 6, 6, 16], [3, 3, 16, 8], 'valid'],
    [[1, 5, 4, 10], [5, 1, 10, 9], 'same'],
    [[2, 6, 6, 5], [3, 3, 5, 8], 'same'],
    [[2, 7, 6, 1], [5, 5, 1, 6], 'same'], // LeNet's first layer: 6 out
    [[2, 6, 5, 3], [3, 3, 3, 5], 'valid'],
  ];
  for (const [xs, ws, pad] of cases) {
    it(`x ${xs.join('x')}, filter ${ws.join('x')}, pad ${JSON.stringify(pad)}; fused plain, and with bias and relu`, () => both(() => {
      const x = rand(xs, 41) as tf.Tensor4D;
      const w = rand(ws, 42) as tf.Tensor4D;
      const bias = rand([ws[3]], 43);
      return [
        tf.conv2d(x, w, 1, pad),
        tf.fused.conv2d({ x, filter: w, strides: 1, pad }),
        tf.fused.conv2d({ x, filter: w, strides: 1, pad, bias, activation: 'relu' }),
      ];
    }));
  }
});

describe('wasm Add and Sub of a per-channel vector', () => {
  // Rows a multiple of 4 or not (the SIMD blocks are 4 rows), channels a multiple of 4 or not.
  for (const shape of [[4, 7, 6], [2, 5, 5, 16], [3, 3], [9, 1]]) {
    it(`x ${shape.join('x')} with [C] and [1, …, C], both orders; x − v; other broadcasts unchanged`, () => both(() => {
      const c = shape[shape.length - 1];
      const x = rand(shape, 21);
      const v = rand([c], 22);
      const v1 = v.reshape([...Array(shape.length - 1).fill(1), c]);
      return [tf.add(x, v), tf.add(v1, x), tf.sub(x, v1), tf.sub(v, x), tf.add(x, rand([shape[0], ...Array(shape.length - 1).fill(1)], 23)), tf.add(x, x)];
    }));
  }
});

describe('wasm Sum and Mean', () => {
  const axesCases: (number | number[])[] = [[0, 1, 2], [0], [0, 1], 0, [1, 2], [2, 1], [1], [2], [0, 2], [1, 3], [3], [0, 1, 2, 3], [2, 0, 1], -1];
  for (const axes of axesCases) {
    for (const keepDims of [false, true]) {
      it(`over ${JSON.stringify(axes)}, keepDims ${keepDims}`, () => both(() => {
        const x = rand([4, 5, 6, 3], 4);
        return [tf.sum(x, axes, keepDims), tf.mean(x, axes, keepDims)];
      }));
    }
  }
  // Middle axes (a global average pool: height and width of NHWC maps), each image's rows summed in its own slice.
  for (const [shape, seed] of [[[3, 8, 8, 64], 50], [[2, 5, 7, 3], 51], [[2, 3, 4, 5, 6], 52]] as [number[], number][]) {
    it(`over the middle axes of ${shape.join('x')}`, () => both(() => {
      const x = rand(shape, seed);
      const middle = shape.slice(1, -1).map((_, i) => i + 1);
      return [tf.mean(x, middle), tf.sum(x, middle, true), tf.mean(x, middle.slice(1))];
    }));
  }
  it('int32 sums are left to the original kernel', () => both(() => [tf.sum(tf.tensor2d([[1, 2], [3, 4]], undefined, 'int32'), 0)]));
  // Few channels: the rows summed as a stream repeating every lcm(channels, 4) floats, then the rows left over.
  for (const cols of [1, 2, 3, 5, 6, 7, 8, 12]) {
    it(`per-channel sum of ${cols} channels over 37·9 rows (not a whole number of repeats)`, () => both(() => {
      const x = rand([37, 9, cols], 40 + cols);
      return [tf.sum(x, [0, 1]), tf.mean(x, [0, 1])];
    }));
  }
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

describe('wasm MaxPoolGrad', () => {
  const cases: [number[], number, number, 'same' | 'valid'][] = [
    [[2, 8, 8, 3], 2, 2, 'valid'], [[2, 9, 7, 6], 2, 2, 'same'], [[2, 9, 9, 5], 3, 2, 'valid'],
    [[1, 10, 11, 4], 3, 1, 'same'], [[3, 7, 7, 1], 3, 3, 'same'],
    // Disjoint windows (written once): channels a multiple of 4 or not, a ragged edge, gaps between windows.
    [[2, 8, 8, 16], 2, 2, 'valid'], [[2, 9, 9, 6], 2, 2, 'valid'], [[2, 11, 10, 5], 2, 3, 'valid'], [[2, 9, 9, 7], 3, 3, 'valid'],
  ];
  for (const [shape, pool, stride, pad] of cases) {
    it(`pool ${pool} stride ${stride} ${pad} on ${shape.join('x')}`, () => both(() => {
      const x = rand(shape, 11);
      const f = (z: tf.Tensor) => tf.maxPool(z as tf.Tensor4D, pool, stride, pad);
      const y = f(x);
      return [y, tf.grad(f)(x, rand(y.shape, 12))];
    }));
  }
  it('ties (after ReLU) send the gradient to the first maximum, as cpu does', () => both(() => {
    const x = tf.relu(rand([2, 6, 6, 3], 13));
    const f = (z: tf.Tensor) => tf.maxPool(z as tf.Tensor4D, 2, 2, 'valid');
    const x6 = tf.relu(rand([2, 6, 6, 6], 15));
    return [tf.grad(f)(x, rand([2, 3, 3, 3], 14)), tf.grad(f)(x6, rand([2, 3, 3, 6], 16))];
  }));
  it('a window of −∞ sends no gradient anywhere, as cpu does (2×2 windows, 8 channels)', () => both(() => {
    const f = (z: tf.Tensor) => tf.maxPool(z as tf.Tensor4D, 2, 2, 'valid');
    // The top-left window of every channel is −∞; the next window has −∞ in two of its taps.
    const mask = tf.buffer([1, 4, 4, 1], 'bool');
    for (const [r, c] of [[0, 0], [0, 1], [1, 0], [1, 1], [0, 2], [1, 3]]) mask.set(true, 0, r, c, 0);
    const x = tf.where(tf.broadcastTo(mask.toTensor(), [1, 4, 4, 8]), tf.fill([1, 4, 4, 8], Number.NEGATIVE_INFINITY), rand([1, 4, 4, 8], 17));
    return [tf.grad(f)(x, rand([1, 2, 2, 8], 18))];
  }));
});

describe('nearest upsampling gradient, batch > 1 (cpu is wrong there, so a hand reference)', () => {
  for (const f of [2, 3]) {
    it(`factor ${f}: each input pixel gets the sum of its f×f block of dy`, async () => {
      const [ours] = await runOn('wasm', () => {
        const x = rand([3, 4, 5, 2], 31);
        const up = (z: tf.Tensor) => tf.image.resizeNearestNeighbor(z as tf.Tensor4D, [4 * f, 5 * f]);
        return [tf.grad(up)(x, rand([3, 4 * f, 5 * f, 2], 32))];
      });
      const [expected] = await runOn('cpu', () => [tf.avgPool(rand([3, 4 * f, 5 * f, 2], 32) as tf.Tensor4D, f, f, 'valid').mul(f * f)]);
      expectClose([ours], [expected], 1e-5);
    });
  }
});

describe('wasm Mean and Square gradients, FusedBatchNorm forward', () => {
  for (const [axes, keepDims] of [[[0, 1, 2], false], [[0, 1, 2], true], [[0], false], [[1, 2], true], [[1, 2], false], [[3], false], [[0, 1, 2, 3], false]] as [number[], boolean][]) {
    it(`mean over ${JSON.stringify(axes)} keepDims ${keepDims}, and square`, () => both(() => {
      const x = rand([3, 4, 5, 6], 51);
      const f = (z: tf.Tensor) => tf.mean(tf.square(z), axes, keepDims);
      const y = f(x);
      return [tf.grad(f)(x, rand(y.shape, 52))];
    }));
  }
  it("mean over axes that are not leading (a global average pool's): tfjs's gradient on wasm, bit for bit, its ones filled by a kernel", async () => {
    for (const [shape, axes] of [[[5, 3, 7, 6], [1, 2]], [[4, 6, 5], [1]], [[3, 4, 5], [2]], [[2, 3, 4, 5], [0, 2]]] as [number[], number[]][]) {
      const kept = shape.map((n, i) => (axes.includes(i) ? 1 : n));
      const ours = () => [tf.grad((z: tf.Tensor) => tf.mean(z, axes))(rand(shape, 58), rand(kept, 59).reshape(shape.filter((_, i) => !axes.includes(i))))];
      // tfjs's Mean gradient as written in tfjs-core (ones from a JavaScript array).
      const tfjs = () => [tf.div(tf.mul(rand(kept, 59), tf.ones(shape)), axes.reduce((a, i) => a * shape[i], 1))];
      expect((await runOn('wasm', ours))[0]).toEqual((await runOn('wasm', tfjs))[0]);
      await tf.setBackend('wasm');
      expect((await tf.profile(() => tf.dispose(tf.tidy(ours)))).kernels.map((k) => k.name)).toContain('Fill');
    }
  });
  it('batch norm forward with and without scale/offset, 5 channels (SIMD remainder)', () => both(() => {
    const x = rand([2, 3, 4, 5], 53);
    const mean = rand([5], 54);
    const variance = rand([5], 55).abs();
    return [tf.batchNorm(x, mean, variance, rand([5], 56), rand([5], 57), 1e-3), tf.batchNorm(x, mean, variance, undefined, undefined, 0.1)];
  }));
});

describe('wasm ReLU gradient', () => {
  it('passes dy where x > 0 only (zeros included), odd sizes', () => both(() => {
    const x = tf.relu(rand([3, 7, 5], 61)).sub(0.2);
    return [tf.grad((z: tf.Tensor) => tf.relu(z))(tf.concat([x, tf.zeros([1, 7, 5])]), rand([4, 7, 5], 62))];
  }));
});

describe('wasm Slice', () => {
  it('contiguous and strided slices of every rank equal cpu', () => both(() => {
    const x = rand([5, 4, 3, 6], 81);
    return [
      tf.slice(x, [2, 0, 0, 0], [2, 4, 3, 6]), tf.slice(x, [1, 2, 0, 0], [1, 2, 3, 6]), tf.slice(x, [0, 1, 1, 2], [3, 2, 2, 3]),
      tf.slice(x.reshape([20, 18]), [3, 0], [5, 18]), tf.slice(x.reshape([360]), [7], [100]), tf.slice(x, [4, 3, 2, 0], [1, 1, 1, 6]),
      tf.slice(x, [1, 1, 1, 0], [3, 2, 2, 6]), tf.slice(x, [0, 0, 0, 0], [5, 4, 3, 6]), tf.slice(x, [0, 1, 0, 0], [5, 3, 3, 6]),
      tf.slice(x.reshape([5, 4, 18]), [1, 1, 2], [2, 2, 16]), tf.slice(x, [2, 0, 0, 0], [0, 4, 3, 6]),
      // Four outer axes (rank 5, last axis cut): the JavaScript copy.
      tf.slice(x.reshape([5, 2, 2, 3, 6]), [1, 0, 1, 0, 1], [2, 2, 1, 3, 4]),
    ];
  }));
  it('PadV2 (ZeroPadding2D and its gradient) equals cpu, any rank and constant', () => both(() => {
    const x = rand([2, 3, 4, 5], 82);
    const f = (z: tf.Tensor) => tf.pad(z, [[0, 0], [1, 2], [0, 3], [0, 0]]);
    return [f(x), tf.grad(f)(x, rand([2, 6, 7, 5], 83)), tf.pad(x, [[1, 0], [0, 1], [2, 2], [1, 1]], 0.5),
      tf.pad(rand([7], 84), [[2, 3]], -1), tf.pad(rand([3, 4], 85), [[0, 0], [0, 0]]),
      tf.pad(rand([2, 2, 2, 3, 2], 86), [[0, 1], [1, 0], [0, 1], [1, 1], [0, 1]])];
  }));
});
