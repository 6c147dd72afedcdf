/**
 * BatchMatMul's rows split across kernel threads (matMulKernel.ts: products of 4+ MFLOP with a
 * multiple of 8 rows, LeNet-5's dense layers) against tfjs's cpu backend, and bit for bit against the
 * same rows computed alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectClose, rand, runOn, setUpBackends, tf } from './gradHarness';

// Two kernel threads whatever the machine, so the split is exercised.
process.env.LAYERLOOM_THREADS = '2';

beforeAll(setUpBackends);

describe("LeNet-5's dense products (64x400 by 400x120 and both gradients' transposed forms), split by rows", () => {
  for (const [ta, tb] of [[false, false], [false, true], [true, false]]) {
    it(`transposeA=${ta} transposeB=${tb} equals cpu's`, async () => {
      const run = () => [tf.matMul(rand(ta ? [400, 64] : [64, 400], 71), rand(tb ? [120, 400] : [400, 120], 72), ta, tb)];
      expectClose(await runOn('wasm', run), await runOn('cpu', run), 1e-5);
    });
  }
  it("a batched product (2 x 72x300 by 300x104) equals, bit for bit, its 8-row slices computed alone", async () => {
    const a = rand([2, 72, 300], 73);
    const b = rand([2, 300, 104], 74);
    const [whole] = await runOn('wasm', () => [tf.matMul(a, b)]);
    const [alone] = await runOn('wasm', () => [tf.concat(tf.split(a, 9, 1).map((rows) => tf.matMul(rows, b)), 1)]);
    expect(whole).toEqual(alone);
  });
});
