/**
 * What the A/B benches of kernel builds share (winogradAB.ts, lenetAB.ts): the .wasm builds named on the
 * command line, each instantiated on its own memory, and one result line per kernel (each build's minimum, its
 * ratio to the first build's, the largest difference between the builds' outputs).
 */
import { readFileSync } from 'node:fs';
import { fusedMultiplyAdd } from '../../src/train/backends/wasm/kernelModules';

export interface KernelBuild<K> {
  readonly kernels: K;
  readonly f32: Float32Array;
}

/** The builds given as arguments (two or more; `script` names the bench whose comment says how), `pages` of 64 KB each. */
export function loadKernelBuilds<K>(script: string, pages: number): { files: string[]; builds: KernelBuild<K>[] } {
  fusedMultiplyAdd(); // turns on Node 20's relaxed-SIMD flag where the -fma builds need it
  const files = process.argv.slice(2).filter((a) => a.endsWith('.wasm'));
  if (files.length < 2) throw new Error(`give two or more .wasm builds to compare (see the comment at the top of ${script})`);
  const builds = files.map((file) => {
    const memory = new WebAssembly.Memory({ initial: pages });
    const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(file)), { env: { memory, abort() {} } });
    return { kernels: instance.exports as unknown as K, f32: new Float32Array(memory.buffer) };
  });
  return { files, builds };
}

/** Each build's minimum (ms) with its ratio to the first's, and the largest |difference| of the builds' `size` output floats from byte offset `at`. */
export function comparison(best: readonly number[], builds: readonly KernelBuild<unknown>[], at: number, size: number): string {
  const outs = builds.map(({ f32 }) => f32.subarray(at / 4, at / 4 + size));
  let diff = 0;
  for (const o of outs.slice(1)) for (let i = 0; i < size; i++) diff = Math.max(diff, Math.abs(o[i] - outs[0][i]));
  return best.map((t, i) => t.toFixed(3) + (i ? ` (${(t / best[0]).toFixed(3)})` : '')).join('  ') + `  max |difference| ${diff.toExponential(1)}`;
}
