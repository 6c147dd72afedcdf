import { beforeAll, describe, expect, it } from 'vitest';
import { CASES, gradients } from './blockCases';
import { runOn, setUpBackends, tf } from './gradHarness';

beforeAll(setUpBackends);

const engine = tf.engine() as unknown as Record<string, unknown>;
const method = 'addTapeNode';
const stock = (Object.getPrototypeOf(engine) as Record<string, unknown>)[method];

/** `fn` on wasm with tfjs's addTapeNode (zero gradients for every unused output) instead of LayerLoom's. */
async function withStockTape<T>(fn: () => Promise<T>): Promise<T> {
  const patched = engine[method];
  engine[method] = stock;
  try {
    return await fn();
  } finally {
    engine[method] = patched; // assigned back, never deleted (a deleted property slows the engine down)
  }
}

/** Tensors made by the engine outside kernels while `fn` runs (tfjs's zero gradients are made this way). */
function tensorsMade(fn: () => tf.Tensor[]): number {
  const make = engine.makeTensor as (...a: unknown[]) => tf.Tensor;
  let made = 0;
  engine.makeTensor = function counted(this: unknown, ...a: unknown[]) {
    made++;
    return make.apply(this, a);
  };
  try {
    tf.dispose(tf.tidy(fn));
  } finally {
    engine.makeTensor = make;
  }
  return made;
}

const BLOCKS = ['BatchNorm', 'Residual block: BatchNorm, ReLU, Add, ReLU', 'BatchNorm feeding a ReLU and an Add'];

describe("a training batch norm's unused outputs on wasm", () => {
  for (const name of BLOCKS) {
    it(`get no zero gradients, and the gradients are tfjs's path's, bit for bit: ${name}`, async () => {
      const c = CASES[name];
      const fn = gradients(c.graph, c.batch ?? 2, c.training ?? true);
      expect(await runOn('wasm', fn)).toEqual(await withStockTape(() => runOn('wasm', fn)));
      await tf.setBackend('wasm');
      const zeros = (await withStockTape(async () => tensorsMade(fn))) - tensorsMade(fn);
      // Two per batch norm (mean and variance; the moving averages, two more, when it updates them).
      expect(zeros).toBeGreaterThanOrEqual(2);
    });
  }

  it('leave no tensor or data buffer behind, step after step', async () => {
    await tf.setBackend('wasm');
    const c = CASES['Residual block: BatchNorm, ReLU, Add, ReLU'];
    const fn = gradients(c.graph, c.batch ?? 2, true);
    tf.dispose(tf.tidy(fn));
    const before = tf.memory() as tf.MemoryInfo & { numDataBuffers: number };
    for (let i = 0; i < 3; i++) tf.dispose(tf.tidy(fn));
    const after = tf.memory() as typeof before;
    expect(after.numTensors).toBe(before.numTensors);
    expect(after.numDataBuffers).toBe(before.numDataBuffers);
    expect(after.numBytes).toBe(before.numBytes);
  });
});
