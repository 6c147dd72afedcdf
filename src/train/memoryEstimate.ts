/**
 * How much memory a training run needs, before it starts: the activations a step keeps for its backward
 * pass (per image, times the batch), and the weights with their gradients and the optimizer's state —
 * against what the backend can use (the wasm backend's 4 GB address space, or the machine's free memory).
 * Plain numbers in and out; the session reads the budget and refuses a run that would not fit, offering
 * the largest batch that does.
 */
import { freemem } from 'node:os';
import type * as tfjs from '@tensorflow/tfjs';
import type { TrainingSettings } from '../graph/projectFile';

/**
 * A training step's peak tensor memory, as a multiple of the activations the analysis counts for its
 * batch (every block's output). Measured with tf.profile on the wasm backend, one step after a first
 * (test/train/memoryBudget.test.ts prints it): a 96×96 Conv2D(64) net ~5.8, LeNet-5 and ResNet-20 less —
 * the normalised input, ReLU masks, pooling and Winograd workspaces, and the activations' gradients
 * during the backward pass. tf.profile does not see the scratch LayerLoom's kernels allocate inside a
 * kernel, nor the heap's fragmentation (one step of a 1024×1024 Conv2D(64) at batch 1 grew the memory to
 * 2.72 GB against an estimate of 2.89 GB), so the factor is above the largest measured: the estimate
 * errs towards refusing.
 */
export const STEP_ACTIVATION_FACTOR = 7.5;
/** Inference (evaluation, feature maps) keeps no tape: a layer's input and output at a time, at most. */
export const INFERENCE_ACTIVATION_FACTOR = 2;
/** The wasm backend's memory: 65,536 pages of 64 KB (tfjs's maximum), less what fragmentation wastes. */
export const WASM_MEMORY_BYTES = 2 ** 32;
export const WASM_USABLE_FRACTION = 0.85;

/** Optimizer state per weight: Adam keeps two moments, RMSProp a mean square and a momentum, momentum SGD one. */
export function optimizerSlots(s: Pick<TrainingSettings, 'optimizer' | 'momentum'>): number {
  switch (s.optimizer) {
    case 'adam': return 2;
    case 'rmsprop': return 2;
    case 'sgd': return s.momentum > 0 ? 1 : 0;
  }
}

export interface ModelSize {
  /** Bytes of every block's output for one image (float32), the analysis's activationBytesPerImage. */
  readonly activationBytesPerImage: number;
  /** Weights, trainable and not. */
  readonly params: number;
}

export interface TrainingMemory {
  readonly batchSize: number;
  /** Per image of the batch, at the step's peak. */
  readonly perImageBytes: number;
  /** Whatever the batch: weights, their gradients, the optimizer's state. */
  readonly fixedBytes: number;
  readonly totalBytes: number;
}

export function trainingMemory(model: ModelSize, settings: Pick<TrainingSettings, 'batchSize' | 'optimizer' | 'momentum'>): TrainingMemory {
  const perImageBytes = model.activationBytesPerImage * STEP_ACTIVATION_FACTOR;
  const fixedBytes = model.params * 4 * (2 + optimizerSlots(settings));
  return { batchSize: settings.batchSize, perImageBytes, fixedBytes, totalBytes: fixedBytes + perImageBytes * settings.batchSize };
}

/** What a backend can give a run. */
export interface MemoryBudget {
  readonly bytes: number;
  /** `wasm`: the backend's 4 GB address space (less what its tensors hold now); `ram`: the machine's free memory. */
  readonly kind: 'wasm' | 'ram';
}

/** The budget: wasm is bounded by its address space and by the machine; the native and cpu backends by the machine. */
export function memoryBudget(kind: MemoryBudget['kind'], freeRamBytes: number, backendBytesInUse: number): MemoryBudget {
  const ram = freeRamBytes * 0.9;
  if (kind === 'ram') return { kind, bytes: ram };
  return { kind, bytes: Math.min(WASM_MEMORY_BYTES * WASM_USABLE_FRACTION - backendBytesInUse, ram) };
}

/** The largest batch whose step fits the budget (0 when not even one image does). */
export function largestBatch(memory: Pick<TrainingMemory, 'perImageBytes' | 'fixedBytes'>, budgetBytes: number): number {
  if (memory.perImageBytes <= 0) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, Math.floor((budgetBytes - memory.fixedBytes) / memory.perImageBytes));
}

/** The largest inference batch (evaluation, prediction) up to `wanted` that fits the budget. */
export function inferenceBatch(model: ModelSize, wanted: number, budgetBytes: number): number {
  const perImage = model.activationBytesPerImage * INFERENCE_ACTIVATION_FACTOR;
  const fits = perImage > 0 ? Math.floor((budgetBytes - model.params * 4) / perImage) : Infinity;
  return Math.max(1, Math.min(wanted, fits));
}

/** A tfjs model's size as the estimate needs it: every layer's output per image, and its weights. */
export function modelSize(model: tfjs.LayersModel): ModelSize {
  let floats = 0;
  for (const layer of model.layers) {
    const shapes = (Array.isArray(layer.outputShape[0]) ? layer.outputShape : [layer.outputShape]) as (number | null)[][];
    for (const shape of shapes) floats += shape.slice(1).reduce<number>((p, d) => p * (d ?? 1), 1);
  }
  return { activationBytesPerImage: floats * 4, params: model.countParams() };
}

/** The budget now, for the backend tfjs is using (reads the machine's free memory and the backend's tensors). */
export function currentBudget(tf: typeof tfjs): MemoryBudget {
  return memoryBudget(tf.getBackend() === 'wasm' ? 'wasm' : 'ram', freemem(), tf.memory().numBytes);
}

/** "1.2 GB", "850 MB": for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GB`;
  return `${Math.max(1, Math.round(bytes / 2 ** 20))} MB`;
}

/** A run that would not fit: the figures, and the largest batch that would (0: not even one image). */
export class MemoryBudgetError extends Error {
  constructor(readonly memory: TrainingMemory, readonly budget: MemoryBudget, readonly backend: string, readonly suggestedBatch: number) {
    super(`this run needs about ${formatBytes(memory.totalBytes)} at batch ${memory.batchSize} (${formatBytes(memory.perImageBytes * memory.batchSize)} of activations, `
      + `${formatBytes(memory.fixedBytes)} for the weights, their gradients and the optimizer), more than the ${formatBytes(budget.bytes)} `
      + `the ${backend} backend can use${budget.kind === 'wasm' ? ' (its memory is at most 4 GB)' : ' (the free memory of this machine)'}`);
    this.name = 'MemoryBudgetError';
  }
}
