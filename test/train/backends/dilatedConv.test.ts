import { beforeAll, describe, it } from 'vitest';
import { checkDilated, DILATED_CASES } from './dilatedCases';
import { setUpBackends } from './gradHarness';

beforeAll(setUpBackends);

describe('dilated Conv2D gradient (LayerLoom\'s own; tfjs has none)', () => {
  for (const c of DILATED_CASES) {
    for (const backend of ['wasm', 'cpu']) {
      it(`on ${backend}: ${c.name}`, () => checkDilated(backend, c));
    }
  }
});
