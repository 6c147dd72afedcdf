/**
 * BatchMatMul on wasm. Transposed operands are transposed explicitly first (a cheap copy): the wasm
 * backend's own kernel runs them through a slow loop (15× slower than XNNPACK here), and every Dense
 * gradient needs them. The product itself goes to LayerLoom's correlation kernel, which with a 1×1
 * filter is a register-blocked GEMM (C[m, n] = Σ_k A[m, k]·B[k, n]; 4 rows × 8 columns per block):
 * LeNet-5's three 64×400×120 products took 2.9 ms per step through XNNPACK, which re-packs the weights
 * on every call. Shapes it does not cover (fewer than 8 columns or 4 rows) keep the original kernel.
 */
import type { KernelBackend, KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { free, transpose } from './kernelCalls';
import { makeOutput, pointer, simdKernels } from './simdKernels';
import { runSplitByBatch } from './batchSplit';

function swapLastTwo(rank: number): number[] {
  const perm = [...Array(rank).keys()];
  [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1], perm[rank - 2]];
  return perm;
}

/** Rows per "image" of the row split across threads (a chunk is 2 of them: blocks of 4 rows stay whole). */
const ROWS = 8;
/**
 * Products from this much work (2·M·K·N) split their rows across kernel threads (LeNet-5's dense
 * layers: 6.1 MFLOP each; see the commit message). Each row's sums are the same whoever computes them.
 */
const THREAD_FROM = 4e6;

/** a [.., M, K] × b [.., K, N] with equal batch sizes, or null when the kernel does not cover it. */
function gemm(backend: KernelBackend, a: TensorInfo, b: TensorInfo): TensorInfo | null {
  const [m, k] = a.shape.slice(-2);
  const [kb, n] = b.shape.slice(-2);
  const batches = a.shape.slice(0, -2).reduce((x, y) => x * y, 1);
  const bBatches = b.shape.slice(0, -2).reduce((x, y) => x * y, 1);
  if (k !== kb || batches !== bBatches || n < 8 || m < 4 || a.shape.length !== b.shape.length) return null;
  const out = makeOutput(backend, [...a.shape.slice(0, -2), m, n]);
  const kernels = simdKernels(backend);
  for (let i = 0; i < batches; i++) {
    const aAt = pointer(backend, a) + i * m * k * 4;
    const bAt = pointer(backend, b) + i * k * n * 4;
    const outAt = pointer(backend, out) + i * m * n * 4;
    // conv2dInputGrad(dy, wt, dx, batch, h, w, ci, oh, owp, co, kh, kw, top, left, padL, cOut, sh, sw) with a
    // 1×1 filter over one row of `rows` pixels: dx[u, c] = Σ_o dy[u, o]·wt[o, c].
    const args = (at: number, to: number, rows: number) => [at, bAt, to, 1, 1, rows, n, 1, rows, k, 1, 1, 0, 0, 0, n, 1, 1];
    if (m % ROWS !== 0 || 2 * m * k * n < THREAD_FROM) {
      kernels.conv2dInputGrad(...(args(aAt, outAt, m) as Parameters<typeof kernels.conv2dInputGrad>));
      continue;
    }
    runSplitByBatch(backend, 'conv2dInputGrad', m / ROWS, 2 * m * k * n, {
      batched: [{ at: aAt, perImage: ROWS * k }],
      whole: [{ at: bAt, floats: k * n }],
      out: { at: outAt, perImage: ROWS * n },
      scratch: 0,
      threadFrom: THREAD_FROM,
    }, ([at, , to], pieces) => args(at, to, pieces * ROWS));
  }
  return out;
}

export function batchMatMulConfig(original: KernelFunc): KernelConfig {
  const kernelFunc: KernelFunc = ({ inputs, attrs, backend }) => {
    const { a, b } = inputs as { a: TensorInfo; b: TensorInfo };
    const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
    if (a.dtype !== 'float32' || b.dtype !== 'float32') return original({ inputs, attrs, backend });
    const kb = backend as KernelBackend;
    const aT = transposeA ? transpose(kb, a, swapLastTwo(a.shape.length)) : a;
    const bT = transposeB ? transpose(kb, b, swapLastTwo(b.shape.length)) : b;
    const out = gemm(kb, aT, bT)
      ?? original({ inputs: { a: aT, b: bT }, attrs: { ...attrs, transposeA: false, transposeB: false }, backend });
    if (transposeA) free(kb, aT);
    if (transposeB) free(kb, bT);
    return out;
  };
  return { kernelName: 'BatchMatMul', backendName: 'wasm', kernelFunc };
}
