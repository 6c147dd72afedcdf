/**
 * LayerLoom's one resize: every image the app trains on, tests and predicts (decoded files, MNIST, synthetic)
 * goes through `resample`, and the exported Python (src/export/pythonPreprocess.ts) implements the same steps
 * in numpy, so an exported model sees the pixels the app saw (tested to 1e-5 in predictions).
 *
 * Pixels are read as band planes of float64 values in 0…255 (see pixelSource.ts for files: alpha onto white
 * and Rec. 601 luma there), then, per axis:
 * 1. `planResize` picks the source rectangle and where it lands (stretch / crop / letterbox);
 * 2. when the image is reduced 6× or more, a box average by the whole factor k = ⌊ratio / 3⌋ first
 *    (k×k blocks from the top-left; the < k leftover rows and columns at the bottom/right are dropped);
 * 3. Lanczos-3, antialiased (support 3 × max(1, ratio)), weights renormalised over the taps inside the image,
 *    horizontal pass then vertical, in float64;
 * 4. clamped to 0…255, divided by 255, stored as float32 (letterbox padding 0).
 *
 * The input must be the image at its full decoded size: a decoder that shrinks on load (libvips/JPEG DCT
 * scaling) gives other pixels, which the exported code cannot reproduce.
 */
import type { ResizeMode } from './types.ts';

/** Where the scaled source lands in the h×w target, and which part of the source is used. */
export interface ResizePlan {
  /** Source rectangle used (pixels, may be fractional). */
  readonly src: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  /** Target rectangle it is drawn into (whole pixels); the rest is padding (letterbox only). */
  readonly dst: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
}

/** Rounds halves up (Python mirrors it as floor(x + 0.5), not round(), which rounds halves to even). */
const roundHalfUp = (x: number) => Math.floor(x + 0.5);

/** Plans fitting a srcW×srcH image into dstW×dstH by `mode` (see {@link ResizeMode}). */
export function planResize(srcW: number, srcH: number, dstW: number, dstH: number, mode: ResizeMode): ResizePlan {
  const full = { x: 0, y: 0, w: srcW, h: srcH };
  if (mode === 'stretch') return { src: full, dst: { x: 0, y: 0, w: dstW, h: dstH } };
  if (mode === 'crop') {
    const scale = Math.max(dstW / srcW, dstH / srcH);
    const w = dstW / scale;
    const h = dstH / scale;
    return { src: { x: (srcW - w) / 2, y: (srcH - h) / 2, w, h }, dst: { x: 0, y: 0, w: dstW, h: dstH } };
  }
  const scale = Math.min(dstW / srcW, dstH / srcH);
  const w = Math.max(1, Math.min(dstW, roundHalfUp(srcW * scale)));
  const h = Math.max(1, Math.min(dstH, roundHalfUp(srcH * scale)));
  return { src: full, dst: { x: Math.floor((dstW - w) / 2), y: Math.floor((dstH - h) / 2), w, h } };
}

/** The box pre-shrink factor for `extent` source pixels into `n`: whole, and 1 below a 6× reduction. */
export function boxFactor(extent: number, n: number): number {
  return Math.max(1, Math.floor(extent / n / 3));
}

/** The Lanczos kernel with a = 3. */
export function lanczos3(x: number): number {
  if (x === 0) return 1;
  if (x <= -3 || x >= 3) return 0;
  const px = Math.PI * x;
  return (3 * Math.sin(px) * Math.sin(px / 3)) / (px * px);
}

/** For each of `n` outputs: the first source tap, the number of taps, and their weights (summing to 1). */
export interface AxisWeights {
  readonly first: Int32Array;
  readonly count: Int32Array;
  /** Weights of output i start at `offset[i]`. */
  readonly offset: Int32Array;
  readonly weights: Float64Array;
}

/** Recent axes' weights: a dataset of same-sized images (MNIST) resamples the same axes again and again. */
const recentWeights = new Map<string, AxisWeights>();

/** Weights sampling `extent` source pixels from `start` (of an axis `length` long) into `n` output pixels. */
export function axisWeights(length: number, start: number, extent: number, n: number): AxisWeights {
  const key = `${length} ${start} ${extent} ${n}`;
  let w = recentWeights.get(key);
  if (!w) {
    if (recentWeights.size >= 64) recentWeights.delete(recentWeights.keys().next().value!);
    w = computeAxisWeights(length, start, extent, n);
    recentWeights.set(key, w);
  }
  return w;
}

function computeAxisWeights(length: number, start: number, extent: number, n: number): AxisWeights {
  const scale = extent / n;
  const first = new Int32Array(n);
  const count = new Int32Array(n);
  const offset = new Int32Array(n);
  if (scale === 1 && Number.isInteger(start)) {
    // The same pixels: copied, not filtered.
    for (let i = 0; i < n; i++) [first[i], count[i], offset[i]] = [start + i, 1, i];
    return { first, count, offset, weights: new Float64Array(n).fill(1) };
  }
  const f = Math.max(scale, 1);
  const support = 3 * f;
  const all: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = start + (i + 0.5) * scale;
    const lo = Math.max(0, Math.floor(u - support));
    const hi = Math.min(length, Math.ceil(u + support));
    let sum = 0;
    const from = all.length;
    for (let j = lo; j < hi; j++) {
      const w = lanczos3((j + 0.5 - u) / f);
      all.push(w);
      sum += w;
    }
    for (let t = from; t < all.length; t++) all[t] /= sum;
    [first[i], count[i], offset[i]] = [lo, hi - lo, from];
  }
  return { first, count, offset, weights: Float64Array.from(all) };
}

/** An image read one row at a time, as `bands` planes of values in 0…255. */
export interface RowSource {
  readonly width: number;
  readonly height: number;
  /** 1 or 3. */
  readonly bands: number;
  /** Writes row `y` band by band: `out[b * width + x]`. */
  readRow(y: number, out: Float64Array): void;
  /**
   * Optional, for speed: adds to `out[b * n + i]` the sum of row `y`'s pixels i·k … i·k + k − 1 (summed in that
   * order, starting from 0, exactly as {@link resample} sums `readRow`'s values).
   */
  addRowSums?(y: number, k: number, n: number, out: Float64Array): void;
}

/**
 * Resizes `source` to dstH×dstW by `mode` (steps in the file comment). Returns HWC float32 in [0, 1] with
 * `source.bands` channels. Reads only the source rows it needs, one at a time.
 */
export function resample(source: RowSource, dstH: number, dstW: number, mode: ResizeMode): Float32Array {
  const { width: sw, height: sh, bands } = source;
  const { src, dst } = planResize(sw, sh, dstW, dstH, mode);
  const kx = boxFactor(src.w, dst.w);
  const ky = boxFactor(src.h, dst.h);
  const bw = Math.floor(sw / kx);
  const bh = Math.floor(sh / ky);
  const wx = axisWeights(bw, src.x / kx, src.w / kx, dst.w);
  const wy = axisWeights(bh, src.y / ky, src.h / ky, dst.h);
  const rowLo = wy.first.reduce((a, b) => Math.min(a, b), bh);
  let rowHi = 0;
  for (let i = 0; i < dst.h; i++) rowHi = Math.max(rowHi, wy.first[i] + wy.count[i]);

  // Horizontal pass: box rows rowLo…rowHi − 1, each resampled to dst.w, kept as planes [row][band][x].
  const rows = new Float64Array(Math.max(0, rowHi - rowLo) * bands * dst.w);
  const line = new Float64Array(bands * sw);
  const box = new Float64Array(bands * bw);
  for (let r = rowLo; r < rowHi; r++) {
    if (kx === 1 && ky === 1) {
      source.readRow(r, box);
    } else {
      box.fill(0);
      for (let y = r * ky; y < (r + 1) * ky; y++) {
        if (source.addRowSums) {
          source.addRowSums(y, kx, bw, box);
          continue;
        }
        source.readRow(y, line);
        for (let b = 0; b < bands; b++) {
          for (let x = 0; x < bw; x++) {
            let s = 0;
            for (let t = 0, at = b * sw + x * kx; t < kx; t++) s += line[at + t];
            box[b * bw + x] += s;
          }
        }
      }
      const n = kx * ky;
      for (let i = 0; i < box.length; i++) box[i] /= n;
    }
    const out = (r - rowLo) * bands * dst.w;
    for (let b = 0; b < bands; b++) applyWeights(wx, box, b * bw, 1, rows, out + b * dst.w, 1, dst.w);
  }

  // Vertical pass, clamp, scale, into the HWC output.
  const result = new Float32Array(dstH * dstW * bands);
  const column = new Float64Array(dst.h);
  for (let b = 0; b < bands; b++) {
    for (let x = 0; x < dst.w; x++) {
      applyWeights(wy, rows, (b * dst.w + x) - rowLo * bands * dst.w, bands * dst.w, column, 0, 1, dst.h);
      for (let y = 0; y < dst.h; y++) {
        const v = column[y];
        result[((y + dst.y) * dstW + x + dst.x) * bands + b] = (v < 0 ? 0 : v > 255 ? 255 : v) / 255;
      }
    }
  }
  return result;
}

/** out[outAt + i·outStep] = Σ_t weight · input[inAt + (first + t)·inStep], for i < n. */
function applyWeights(w: AxisWeights, input: Float64Array, inAt: number, inStep: number, out: Float64Array, outAt: number, outStep: number, n: number): void {
  for (let i = 0; i < n; i++) {
    let s = 0;
    const o = w.offset[i];
    for (let t = 0, at = inAt + w.first[i] * inStep; t < w.count[i]; t++, at += inStep) s += w.weights[o + t] * input[at];
    out[outAt + i * outStep] = s;
  }
}

/** Rec. 601 luma weights, applied to the stored (gamma-encoded) sRGB values. */
export const LUMA = [0.299, 0.587, 0.114] as const;

/**
 * Converts `pixels` HWC pixels from `from` to `to` channels (1 or 3): 1→3 repeats the grey value,
 * 3→1 takes the luma. `scale` maps stored values to [0, 1] (1/255 for bytes).
 */
export function convertChannels(data: ArrayLike<number>, pixels: number, from: number, to: number, scale = 1): Float32Array {
  const out = new Float32Array(pixels * to);
  if (from === to) {
    for (let i = 0; i < out.length; i++) out[i] = data[i] * scale;
  } else if (from === 1 && to === 3) {
    for (let p = 0; p < pixels; p++) out[3 * p] = out[3 * p + 1] = out[3 * p + 2] = data[p] * scale;
  } else if (from === 3 && to === 1) {
    for (let p = 0; p < pixels; p++) {
      out[p] = (LUMA[0] * data[3 * p] + LUMA[1] * data[3 * p + 1] + LUMA[2] * data[3 * p + 2]) * scale;
    }
  } else {
    throw new RangeError(`cannot convert ${from} channels to ${to}; input channels must be 1 or 3`);
  }
  return out;
}
