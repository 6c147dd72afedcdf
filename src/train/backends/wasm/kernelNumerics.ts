/**
 * What decides the rounding of LayerLoom's wasm kernels, for a run's meta.json: the kernel-thread
 * count (a sum over the batch is split into one partial per thread, added in chunk order, so each
 * count has its own, repeatable, rounding) and whether the fused multiply-add builds run.
 */
import type { KernelBackend } from '@tensorflow/tfjs-core';
import { fusedMultiplyAdd } from './kernelModules';
import { kernelThreads } from './kernelThreads';
import { backendMemory } from './simdKernels';

export interface KernelNumerics {
  readonly kernelThreads: number;
  readonly fusedMultiplyAdd: boolean;
}

export function kernelNumerics(backend: KernelBackend): KernelNumerics {
  return { kernelThreads: kernelThreads(backendMemory(backend))?.threads ?? 1, fusedMultiplyAdd: fusedMultiplyAdd() };
}
