/**
 * Which build of LayerLoom's wasm kernels this run loads: the fused multiply-add one (relaxed SIMD, Node 20 and up
 * with its flag) unless LAYERLOOM_FMA=0 asks for the plain one. `npm test` runs the backend tests both ways.
 */
import { describe, expect, it } from 'vitest';
import { fusedMultiplyAdd, kernelModule } from '../../../src/train/backends/wasm/kernelModules';

describe('wasm kernel builds', () => {
  it(`loads the ${process.env.LAYERLOOM_FMA === '0' ? 'plain (LAYERLOOM_FMA=0)' : 'fused multiply-add'} build`, () => {
    expect(fusedMultiplyAdd()).toBe(process.env.LAYERLOOM_FMA !== '0');
    for (const shared of [false, true]) {
      const names = WebAssembly.Module.exports(kernelModule(shared)).map((e) => e.name);
      expect(names.length).toBeGreaterThan(10);
    }
  });
});
