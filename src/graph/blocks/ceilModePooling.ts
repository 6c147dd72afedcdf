/**
 * PyTorch's ceil_mode pooling out of layers tfjs and Keras both have (neither has ceil mode, and padding
 * with −inf or dividing by the in-image count needs custom layers that saved models could not reload).
 *
 * Ceil mode adds at most one output row and one column, whose windows start inside the input and run
 * past its end. Those windows hold only the c < k pixels left, so they are ordinary "valid" pools with a
 * c-pixel window over the input cropped to its last c rows (or columns): a max over exactly those pixels,
 * and an average divided by their count, as PyTorch does with no padding. The pieces are joined with
 * Concatenate: [main | last column] over [last row | corner].
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { Shape } from '../types';

/** The windows ceil mode adds along one axis: none, or one starting at `start` holding `size` pixels. */
export interface CeilExtra {
  readonly start: number;
  readonly size: number;
}

export interface CeilPoolPlan {
  /** Full windows (what "valid" pooling gives) along rows and columns. */
  readonly full: readonly [rows: number, cols: number];
  readonly lastRow: CeilExtra | null;
  readonly lastCol: CeilExtra | null;
}

function extra(size: number, full: number, out: number, stride: number): CeilExtra | null {
  if (out === full) return null;
  const start = full * stride;
  return { start, size: size - start };
}

/** What ceil mode adds to a pool of `pool`/`stride` taking `input` [H, W, C] to `output`. */
export function ceilPoolPlan(input: Shape, output: Shape, pool: number, stride: number): CeilPoolPlan {
  const full = (n: number) => Math.floor((n - pool) / stride) + 1;
  const rows = full(input[0]);
  const cols = full(input[1]);
  return { full: [rows, cols], lastRow: extra(input[0], rows, output[0], stride), lastCol: extra(input[1], cols, output[1], stride) };
}

type Layer = 'maxPooling2d' | 'averagePooling2d';

export function ceilModePooling(
  tf: typeof tfjs, layer: Layer, p: { pool: number; stride: number }, x: tfjs.SymbolicTensor,
  at: { name: string; input: Shape; output: Shape },
): tfjs.SymbolicTensor {
  const plan = ceilPoolPlan(at.input, at.output, p.pool, p.stride);
  const { name } = at;
  const piece = (suffix: string, row: CeilExtra | null, col: CeilExtra | null, soleName?: string): tfjs.SymbolicTensor => {
    const cropped = row || col
      ? tf.layers.cropping2D({ cropping: [[row?.start ?? 0, 0], [col?.start ?? 0, 0]], name: `${name}__crop_${suffix}` }).apply(x) as tfjs.SymbolicTensor
      : x;
    const poolSize: [number, number] = [row?.size ?? p.pool, col?.size ?? p.pool];
    return tf.layers[layer]({ poolSize, strides: p.stride, padding: 'valid', name: soleName ?? `${name}__${suffix}` }).apply(cropped) as tfjs.SymbolicTensor;
  };
  const { lastRow, lastCol } = plan;
  if (!lastRow && !lastCol) return piece('main', null, null, name);
  const join = (parts: tfjs.SymbolicTensor[], axis: number, layerName: string) =>
    tf.layers.concatenate({ axis, name: layerName }).apply(parts) as tfjs.SymbolicTensor;
  const main = piece('main', null, null);
  const top = lastCol ? join([main, piece('col', null, lastCol)], 2, lastRow ? `${name}__top` : name) : main;
  if (!lastRow) return top;
  const bottom = lastCol ? join([piece('row', lastRow, null), piece('corner', lastRow, lastCol)], 2, `${name}__bottom`) : piece('row', lastRow, null);
  return join([top, bottom], 1, name);
}
