import { beforeAll, describe, expect, it } from 'vitest';
import { rand, runOn, setUpBackends, tf } from './gradHarness';

beforeAll(setUpBackends);

/**
 * LayerLoomBatchNormTrainingGrad writes over dy where nothing else holds dy's data (dx, or with y the ReLU's
 * gradient g): the same bits as into new tensors (LAYERLOOM_BN_INPLACE=0), and a dy whose data another tensor
 * shares is left as it was.
 */
describe('the batch norm gradient written over dy', () => {
  const kinds = [['plain', {}], ['fused ReLU', { relu: true }], ['Add and ReLU after (y)', {}]] as const;
  const shapes = [[64, 8, 8, 64], [3, 5, 7, 12], [2, 4, 4, 16]];
  it.each(shapes.flatMap((shape) => kinds.map(([kind, attrs]) => [shape.join('x'), kind, shape, attrs] as const)))('x %s, %s', async (_, kind, shape, attrs) => {
    await tf.setBackend('wasm');
    const c = shape[3];
    const x = rand(shape, 3), dyValues = rand(shape, 4), y = tf.relu(rand(shape, 5));
    const mean = rand([c], 6), variance = tf.add(tf.abs(rand([c], 7)), 0.1), scale = tf.add(tf.abs(rand([c], 8)), 0.2), offset = rand([c], 9);
    const withY = kind.startsWith('Add');
    /** The kernel's outputs as arrays, and whether each output is on dy's data; `hold` keeps a second tensor on dy's data. */
    const run = (hold: boolean) => {
      const own = tf.add(dyValues, 0); // dy's values on data of its own, held by this one tensor
      const shared = hold ? own.clone() : undefined;
      const out = tf.engine().runKernel('LayerLoomBatchNormTrainingGrad', {
        x, dy: own, mean, variance, scale, offset, ...(withY ? { y } : {}),
      }, { varianceEpsilon: 1e-3, ...attrs }) as tf.Tensor[];
      const result = { values: out.map((t) => Array.from(t.dataSync())), onDy: out.map((t) => t.dataId === own.dataId), dyAfter: Array.from(own.dataSync()) };
      tf.dispose([...out, own, ...(shared ? [shared] : [])]);
      return result;
    };
    const before = Array.from(dyValues.dataSync());
    process.env.LAYERLOOM_BN_INPLACE = '0';
    const apart = run(false);
    delete process.env.LAYERLOOM_BN_INPLACE;
    const over = run(false);
    const kept = run(true);
    expect(apart.onDy.some((b) => b)).toBe(false);
    // dx (output 0) over dy, or with y the ReLU's gradient g (output 3); nothing else.
    expect(over.onDy).toEqual(over.values.map((_, i) => i === (withY ? 3 : 0)));
    expect(kept.onDy.some((b) => b)).toBe(false);
    expect(kept.dyAfter).toEqual(before);
    for (const r of [over, kept]) r.values.forEach((v, i) => expect(v.every((e, j) => Object.is(e, apart.values[i][j])), `output ${i}`).toBe(true));
    tf.dispose([x, dyValues, y, mean, variance, scale, offset]);
  });
});

/**
 * Identity's gradient on wasm is dy itself (no second tensor on dy's data, which would keep the batch norm
 * gradient after a clone from writing over it); on cpu tfjs's own. Same values.
 */
describe("a clone's gradient", () => {
  it("is dy's own tensor on wasm, with cpu's values", async () => {
    const grad = () => {
      const x = rand([2, 3, 4, 16], 11), dy = rand([2, 3, 4, 16], 12);
      const g = tf.grad((t: tf.Tensor) => tf.clone(t))(x, dy);
      return [g, tf.scalar(g === dy ? 1 : 0)];
    };
    const [wasm, cpu] = [await runOn('wasm', grad), await runOn('cpu', grad)];
    expect(wasm[0]).toEqual(cpu[0]);
    expect(wasm[1][0]).toBe(1);
    expect(cpu[1][0]).toBe(0);
  });
});

