/**
 * Every catalog block, compiled by LayerLoom's compiler: the gradients of every weight on wasm equal
 * cpu's, from the same weights and data. (cpu's ResizeNearestNeighborGrad is wrong for batch > 1, so
 * nearest upsampling is compared with batch 1 here and against a hand-computed reference in opKernels.)
 */
import { beforeAll, describe, it } from 'vitest';
import { CASES, gradients } from './blockCases';
import { expectClose, runOn, setUpBackends } from './gradHarness';

beforeAll(setUpBackends);

describe("every block's weight gradients on wasm equal cpu's", () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const fn = gradients(c.graph, c.batch ?? 2, c.training ?? true);
      expectClose(await runOn('wasm', fn), await runOn('cpu', fn), 2e-4);
    });
  }
});
