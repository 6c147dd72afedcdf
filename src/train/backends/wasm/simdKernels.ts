/**
 * LayerLoom's WebAssembly SIMD kernels (scripts/wasm/kernels.ts, built by scripts/wasm/build.sh into
 * layerloom-kernels.wasm), instantiated on the tfjs wasm backend's own memory so they work on tensors
 * in place.
 */
import type { DataId, KernelBackend, TensorInfo } from '@tensorflow/tfjs-core';
import { kernelModule } from './kernelModules';

export interface SimdKernels {
  sumRows(x: number, rows: number, cols: number, out: number): void;
  batchNormGradSums(x: number, dy: number, mean: number, rows: number, cols: number, sumDy: number, sumDyXm: number): void;
  scaleChannels(x: number, gain: number, rows: number, cols: number, out: number): void;
  channelMoments(x: number, rows: number, cols: number, mean: number, variance: number): void;
  channelAffine2(dy: number, x: number, a: number, b: number, k: number, rows: number, cols: number, out: number): void;
  batchNormReluGradSums(
    x: number, dy: number, mean: number, gain: number, offset: number, rows: number, cols: number, sumDy: number, sumDyXm: number,
  ): void;
  batchNormMaskGradSums(
    x: number, dy: number, y: number, mean: number, rows: number, cols: number, sumDy: number, sumDyXm: number, g: number,
  ): void;
  channelAffine2Relu(
    dy: number, x: number, mean: number, gain: number, offset: number, a: number, b: number, k: number, rows: number, cols: number, out: number,
  ): void;
  batchNormAboveGradSums(x: number, dy: number, mean: number, threshold: number, rows: number, cols: number, sumDy: number, sumDyXm: number): void;
  channelAffine2Above(dy: number, x: number, threshold: number, a: number, b: number, k: number, rows: number, cols: number, out: number): void;
  maxPoolGrad(
    x: number, dy: number, dx: number, batch: number, h: number, w: number, ch: number, oh: number, ow: number,
    kh: number, kw: number, sh: number, sw: number, dh: number, dw: number, padTop: number, padLeft: number,
  ): void;
  maxPoolDisjoint(
    x: number, y: number, batch: number, h: number, w: number, ch: number, oh: number, ow: number, kh: number, kw: number, sh: number, sw: number,
  ): void;
  maxPoolGradDisjoint(
    x: number, dy: number, dx: number, batch: number, h: number, w: number, ch: number, oh: number, ow: number,
    kh: number, kw: number, sh: number, sw: number,
  ): void;
  conv2dFilterGrad(
    xp: number, dy: number, dw: number, batch: number, hp: number, wp: number, ci: number, oh: number, ow: number, co: number,
    kh: number, kw: number, sh: number, sw: number, dh: number, dwid: number, top?: number, left?: number,
  ): void;
  conv2dFilterGradPatches(
    xp: number, dy: number, dw: number, batch: number, hp: number, wp: number, ci: number, oh: number, ow: number, co: number, co4: number,
    kh: number, kw: number, sh: number, sw: number, dh: number, dwid: number,
  ): void;
  conv2dFilterGradOneToSix(
    xp: number, dy: number, dw: number, acc: number, batch: number, hp: number, wp: number, oh: number, ow: number, kh: number, kw: number,
  ): void;
  conv2dInputGrad(
    dyp: number, wt: number, dx: number, batch: number, h: number, w: number, ci: number, oh: number, owp: number, co: number,
    kh: number, kw: number, top: number, left: number, padL: number, cOut: number, strideH: number, strideW: number, zeros?: number,
  ): void;
  conv2dInputGradStrided(
    dy: number, wt: number, dx: number, batch: number, h: number, w: number, ci: number, oh: number, ow: number, co: number,
    kh: number, kw: number, sh: number, sw: number, top: number, left: number, cOut: number,
  ): void;
  conv2dInputGradScatter(
    dy: number, wp: number, dxp: number, batch: number, oh: number, ow: number, co: number, hp: number, wpx: number, ci: number,
    kh: number, chunks: number, seg: number,
  ): void;
  conv2dOneChannel(xp: number, w: number, out: number, batch: number, hp: number, wp: number, oh: number, ow: number, co: number, kh: number, kw: number): void;
  conv2dOneToSix(xp: number, wr: number, out: number, batch: number, hp: number, wp: number, oh: number, ow: number, co: number, kh: number, kw: number): void;
  conv2dFewChannels(
    xp: number, w: number, out: number, batch: number, hp: number, wp: number, ci: number, oh: number, ow: number, co: number, kh: number, kw: number,
  ): void;
  winograd3x3(x: number, u: number, out: number, batch: number, h: number, w: number, ci: number, co: number, scratch: number): void;
  winogradFilter(g: number, u: number, ci: number, co: number, alpha: number, rotated: number, tmp: number): void;
  winograd4x4(x: number, u: number, out: number, batch: number, h: number, w: number, ci: number, co: number, scratch: number): void;
  winogradFilterGrad3x3(x: number, dy: number, dw: number, batch: number, h: number, w: number, ci: number, co: number, scratch: number): void;
  winogradFilterGrad4x4(x: number, dy: number, dw: number, batch: number, h: number, w: number, ci: number, co: number, scratch: number): void;
  addRows(x: number, pat: number, rows: number, cols: number, out: number): void;
  copyRuns(
    src: number, dst: number, n0: number, n1: number, n2: number, run: number,
    s0: number, s1: number, s2: number, d0: number, d1: number, d2: number,
  ): void;
  normalizeChannels(x: number, mean: number, gain: number, offset: number, rows: number, cols: number, out: number): void;
  normalizeChannelsRelu(x: number, mean: number, gain: number, offset: number, rows: number, cols: number, out: number): void;
  normalizeChannelsAddRelu(x: number, mean: number, gain: number, offset: number, s: number, rows: number, cols: number, out: number): void;
  broadcastRows(v: number, rows: number, cols: number, scale: number, out: number): void;
  squareGrad(dy: number, x: number, n: number, out: number): void;
  reluGrad(dy: number, x: number, n: number, out: number): void;
  addRelu(a: number, b: number, n: number, out: number): void;
  addRowsRelu(x: number, pat: number, rows: number, cols: number, out: number): void;
  reluGradRows(dy: number, y: number, rows: number, cols: number, dz: number, sum: number, acc: number): void;
  conv2dOneToSixBiasRelu(xp: number, wr: number, pat: number, out: number, batch: number, hp: number, wp: number, oh: number, ow: number, co: number, kh: number, kw: number): void;
  conv2dFewChannelsBiasRelu(
    xp: number, w: number, bias: number, out: number, batch: number, hp: number, wp: number, ci: number, oh: number, ow: number, co: number, kh: number, kw: number,
  ): void;
  maxPoolReluGradBias(x: number, dy: number, dx: number, sum: number, batch: number, h: number, w: number, ch: number, oh: number, ow: number): void;
  addSame(a: number, b: number, n: number, out: number): void;
  adam(
    value: number, m: number, v: number, g: number, n: number,
    beta1: number, beta2: number, oneMinusBeta1: number, oneMinusBeta2: number, c1: number, c2: number, epsilon: number, negLr: number,
    outValue: number, outM: number, outV: number,
  ): void;
}

/** The parts of tfjs's BackendWasm these kernels use. */
export interface WasmBackendLike extends KernelBackend {
  wasm: { asm: { memory: WebAssembly.Memory }; HEAPF32: Float32Array };
  dataIdMap: { get(dataId: DataId): { memoryOffset: number } };
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
}

const instances = new WeakMap<WebAssembly.Memory, SimdKernels>();

/** The backend's wasm memory (shared when sharedBackendMemory.ts gave it one). */
export function backendMemory(backend: KernelBackend): WebAssembly.Memory {
  return (backend as WasmBackendLike).wasm.asm.memory;
}

export function simdKernels(backend: KernelBackend): SimdKernels {
  const memory = backendMemory(backend);
  let kernels = instances.get(memory);
  if (!kernels) {
    const shared = memory.buffer instanceof SharedArrayBuffer; // the import's type must match
    kernels = new WebAssembly.Instance(kernelModule(shared), { env: { memory } }).exports as unknown as SimdKernels;
    instances.set(memory, kernels);
  }
  return kernels;
}

/** Byte offset of a tensor's data in the wasm memory. */
export function pointer(backend: KernelBackend, info: TensorInfo): number {
  return (backend as WasmBackendLike).dataIdMap.get(info.dataId).memoryOffset;
}

export function makeOutput(backend: KernelBackend, shape: number[]): TensorInfo {
  return (backend as WasmBackendLike).makeOutput(shape, 'float32');
}

/** The wasm memory's current size in bytes (kernels that read a little past a tensor check against it). */
export function memoryBytes(backend: KernelBackend): number {
  return (backend as WasmBackendLike).wasm.asm.memory.buffer.byteLength;
}

/** The whole wasm memory as floats (valid until it grows: take it after the last allocation). */
export function floatHeap(backend: KernelBackend): Float32Array {
  return (backend as WasmBackendLike).wasm.HEAPF32;
}

/** A float32 view of a tensor's data (valid until the wasm memory grows). */
export function view(backend: KernelBackend, info: TensorInfo): Float32Array {
  const heap = floatHeap(backend);
  const start = pointer(backend, info) >> 2;
  return heap.subarray(start, start + info.shape.reduce((a, b) => a * b, 1));
}

/**
 * A float32 buffer starting on a 16-byte boundary. tfjs's wasm allocator aligns to 8 bytes, so a
 * 16-byte SIMD load from its tensors straddles a cache line one time in four (measured, best of 15:
 * the 32×32×16 correlation ran 8–14% slower with its filter 8 bytes off; an input or output 8 bytes off
 * made no difference). LayerLoom's own filter copies, transforms and scratch areas use these.
 */
export interface AlignedBuffer {
  readonly info: TensorInfo;
  /** Byte offset of the first float, a multiple of 16. */
  readonly at: number;
  readonly floats: number;
}

export function alignedBuffer(backend: KernelBackend, floats: number): AlignedBuffer {
  const info = makeOutput(backend, [floats + 4]);
  const p = pointer(backend, info);
  return { info, at: p + ((16 - (p % 16)) % 16), floats };
}

/** A float32 view of `floats` floats at byte offset `at` (valid until the wasm memory grows). */
export function viewAt(backend: KernelBackend, at: number, floats: number): Float32Array {
  const heap = floatHeap(backend);
  return heap.subarray(at >> 2, (at >> 2) + floats);
}
