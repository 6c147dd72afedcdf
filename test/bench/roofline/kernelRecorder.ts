/**
 * Records every top-level kernel call on the wasm backend (name, input shapes, attributes, output
 * shape) and its wall time, by wrapping the registered kernel functions of this process only — the
 * bench's and the test's, never production's. Kernels called inside another kernel (LayerLoom's
 * kernels call tfjs's Pad, Slice, …) count in their caller. Wall time, not CPU time: kernel threads
 * work while the main thread waits, and the wait is what a step costs.
 */
import { getKernelsForBackend, registerKernel, unregisterKernel, type KernelConfig, type TensorInfo } from '@tensorflow/tfjs-core';
import type { KernelCall } from './kernelWork';

export interface TimedCall extends KernelCall {
  readonly ms: number;
}

export interface KernelRecorder {
  /** Calls since the last take(), in order; recording only runs between start() and take(). */
  start(): void;
  take(): TimedCall[];
  /** Puts the original kernel functions back. */
  restore(): void;
}

/** Attributes that are plain values (the engine also passes functions and tensors' internals). */
function plainAttrs(attrs: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attrs ?? {}).filter(([, v]) => v === null || typeof v !== 'object' || Array.isArray(v)));
}

export function recordWasmKernels(backendName = 'wasm'): KernelRecorder {
  const originals: KernelConfig[] = [];
  let depth = 0;
  let on = false;
  let calls: TimedCall[] = [];
  for (const k of getKernelsForBackend(backendName)) {
    originals.push(k);
    const original = k.kernelFunc;
    unregisterKernel(k.kernelName, backendName);
    registerKernel({
      ...k,
      kernelFunc: (args) => {
        if (!on || depth > 0) return original(args);
        depth++;
        const t = performance.now();
        let out: TensorInfo | TensorInfo[] | undefined;
        try {
          out = original(args);
          return out;
        } finally {
          const ms = performance.now() - t;
          depth--;
          const first = Array.isArray(out) ? out[0] : out;
          const inputs = Object.fromEntries(Object.entries(args.inputs).filter(([, v]) => v != null).map(([n, v]) => [n, [...(v as TensorInfo).shape]]));
          calls.push({ name: k.kernelName, inputs, attrs: plainAttrs(args.attrs as Record<string, unknown>), output: first ? [...first.shape] : [], ms });
        }
      },
    });
  }
  return {
    start: () => { on = true; calls = []; },
    take: () => { const taken = calls; calls = []; on = false; return taken; },
    restore: () => {
      on = false;
      for (const k of originals) {
        unregisterKernel(k.kernelName, backendName);
        registerKernel(k);
      }
    },
  };
}
