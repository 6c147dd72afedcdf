/**
 * Which build of LayerLoom's kernels to load. The -fma builds use relaxed SIMD's fused multiply-add
 * (one instruction where the others issue a multiply and an add: the convolution kernels run 1.5–2×
 * faster where the CPU has FMA). Relaxed SIMD ships in Chromium 114+ (Electron) and Node 22+; Node
 * 20's V8 has it behind a flag, which is safe to turn on before the first module using it compiles.
 * LAYERLOOM_FMA=0 keeps the plain builds (for comparing them).
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

const modules = new Map<string, WebAssembly.Module>();
let fma: boolean | undefined;

function bytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(new URL(`./${name}.wasm`, import.meta.url)));
}

/** True when the fused multiply-add builds load here (turning on Node 20's flag if that is needed). */
export function fusedMultiplyAdd(): boolean {
  if (fma !== undefined) return fma;
  if (process.env.LAYERLOOM_FMA === '0') return (fma = false);
  const probe = bytes('layerloom-kernels-fma');
  if (!WebAssembly.validate(probe)) setFlagsFromString('--experimental-wasm-relaxed-simd');
  return (fma = WebAssembly.validate(probe));
}

/** The compiled kernels: `shared` for the worker threads' shared memory. */
export function kernelModule(shared: boolean): WebAssembly.Module {
  const name = `layerloom-kernels${shared ? '-shared' : ''}${fusedMultiplyAdd() ? '-fma' : ''}`;
  let module = modules.get(name);
  if (!module) {
    module = new WebAssembly.Module(bytes(name));
    modules.set(name, module);
  }
  return module;
}
