import { beforeAll, describe, expect, it } from 'vitest';
import { adam, FusedAdamOptimizer } from '../../../src/train/backends/fusedAdam';
import { expectClose, rand, runOn, setUpBackends, tf } from './gradHarness';

beforeAll(setUpBackends);

/** Five steps of an optimizer on a small least-squares problem; returns the final weights and moments. */
function steps(make: () => tf.Optimizer): () => tf.Tensor[] {
  return () => {
    const w = tf.variable(rand([7, 5], 41));
    const b = tf.variable(rand([5], 42));
    const x = rand([9, 7], 43);
    const y = rand([9, 5], 44);
    const opt = make();
    for (let s = 0; s < 5; s++) opt.minimize(() => tf.losses.meanSquaredError(y, tf.add(tf.matMul(x, w), b)) as tf.Scalar);
    const out = [w.clone(), b.clone()];
    opt.dispose();
    w.dispose();
    b.dispose();
    return out;
  };
}

describe('fused Adam on wasm', () => {
  it("matches tfjs's Adam on wasm and on cpu", async () => {
    const fused = await runOn('wasm', steps(() => adam(0.01)));
    expectClose(fused, await runOn('wasm', steps(() => tf.train.adam(0.01))), 1e-6);
    expectClose(fused, await runOn('cpu', steps(() => tf.train.adam(0.01))), 1e-5);
  });

  it('updates unshared moments in place with the same bits as its kernel, and leaves shared data alone', async () => {
    /** Five steps; with `hold`, a clone of each variable and moment (sharing its data) is alive during every step. */
    const run = (hold: boolean) => () => {
      const w = tf.variable(rand([7, 5], 41));
      const b = tf.variable(rand([5], 42));
      const x = rand([9, 7], 43);
      const y = rand([9, 5], 44);
      const opt = adam(0.01);
      const state = opt as unknown as { accBeta1: tf.Variable; accBeta2: tf.Variable; accumulatedFirstMoment: { variable: tf.Variable }[]; accumulatedSecondMoment: { variable: tf.Variable }[] };
      const moments = () => [...state.accumulatedFirstMoment, ...state.accumulatedSecondMoment].map((mv) => mv.variable);
      const held: tf.Tensor[] = [];
      const before: number[][] = [];
      for (let s = 0; s < 5; s++) {
        if (hold) {
          const now = [w, b, state.accBeta1, state.accBeta2, ...moments()].map((t) => t.clone());
          held.push(...now);
          before.push(...now.map((t) => Array.from(t.dataSync())));
        }
        opt.minimize(() => tf.losses.meanSquaredError(y, tf.add(tf.matMul(x, w), b)) as tf.Scalar);
      }
      // A clone taken before a step still holds the values of then: the step did not write over shared data.
      held.forEach((t, i) => expect(Array.from(t.dataSync())).toEqual(before[i]));
      const out = [w, b, state.accBeta1, state.accBeta2, ...moments()].map((t) => t.clone());
      opt.dispose();
      tf.dispose([w, b, x, y, ...held]);
      return out;
    };
    await tf.setBackend('wasm');
    /** LayerLoomAdam's calls in the run and how many tensors each returned (1: moments in place, 3: not). */
    const outputs = async (hold: boolean) => (await tf.profile(() => { tf.dispose(tf.tidy(run(hold))); })).kernels
      .filter((k) => k.name === 'LayerLoomAdam').map((k) => k.outputShapes.length);
    expect(new Set(await outputs(false))).toEqual(new Set([1]));
    expect(await outputs(true)).toContain(3);
    expect(await runOn('wasm', run(false))).toEqual(await runOn('wasm', run(true)));
  });

  it('is an AdamOptimizer that serialises as "Adam"', () => {
    const opt = adam(0.002);
    expect(opt).toBeInstanceOf(tf.AdamOptimizer);
    expect(opt).toBeInstanceOf(FusedAdamOptimizer);
    expect(opt.getClassName()).toBe('Adam');
    expect(opt.getConfig()).toMatchObject({ learningRate: 0.002, beta1: 0.9, beta2: 0.999 });
    opt.dispose();
  });
});
