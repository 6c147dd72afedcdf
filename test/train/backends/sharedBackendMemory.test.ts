import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSharedMemory } from '../../../src/train/backends/wasm/sharedBackendMemory';

const wasmDir = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm'));

describe('importSharedMemory', () => {
  for (const file of ['tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm.wasm']) {
    it(`turns ${file}'s own memory into an imported shared one with the same limits`, () => {
      const bytes = new Uint8Array(readFileSync(join(wasmDir, file)));
      const before = new WebAssembly.Module(bytes);
      expect(WebAssembly.Module.imports(before).some((i) => i.kind === 'memory')).toBe(false);
      const rewritten = importSharedMemory(bytes);
      expect(rewritten).not.toBeNull();
      const { bytes: out, initial, maximum } = rewritten!;
      expect([initial, maximum]).toEqual([256, 65536]);
      const after = new WebAssembly.Module(out);
      expect(WebAssembly.Module.imports(after).filter((i) => i.kind === 'memory')).toEqual([{ module: 'env', name: 'memory', kind: 'memory' }]);
      // Everything else is as it was: the same exports, the same function imports.
      expect(WebAssembly.Module.exports(after)).toEqual(WebAssembly.Module.exports(before));
      expect(WebAssembly.Module.imports(after).filter((i) => i.kind !== 'memory')).toEqual(WebAssembly.Module.imports(before));
      // It links only against a shared memory.
      const stubs = Object.fromEntries(WebAssembly.Module.imports(before).map((i) => [i.name, () => 0]));
      const imports = (memory: WebAssembly.Memory) => ({ env: { ...stubs, memory }, wasi_snapshot_preview1: stubs });
      expect(() => new WebAssembly.Instance(after, imports(new WebAssembly.Memory({ initial, maximum, shared: true })))).not.toThrow();
      expect(() => new WebAssembly.Instance(after, imports(new WebAssembly.Memory({ initial, maximum })))).toThrow();
    });
  }

  it('leaves other modules alone', () => {
    const ours = new Uint8Array(readFileSync(new URL('../../../src/train/backends/wasm/layerloom-kernels.wasm', import.meta.url)));
    expect(importSharedMemory(ours)).toBeNull();
    expect(importSharedMemory(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
