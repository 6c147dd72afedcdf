/** Resizing maths and pixel conversion for in-memory images (MNIST, synthetic): pure functions. */
import type { InputShape, ResizeMode } from './types.ts';

/** Where the scaled source lands in the h×w target, and which part of the source is used. */
export interface ResizePlan {
  /** Source rectangle used (pixels, may be fractional). */
  readonly src: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  /** Target rectangle it is drawn into (whole pixels); the rest is padding (letterbox only). */
  readonly dst: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
}

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
  const w = Math.max(1, Math.min(dstW, Math.round(srcW * scale)));
  const h = Math.max(1, Math.min(dstH, Math.round(srcH * scale)));
  return { src: full, dst: { x: Math.floor((dstW - w) / 2), y: Math.floor((dstH - h) / 2), w, h } };
}

/**
 * Resizes an HWC image with bilinear sampling (pixel centres aligned; an area average over each
 * target pixel's footprint when shrinking, so thin strokes survive). Padding is 0 (black).
 */
export function resizeImage(img: Float32Array, [sh, sw, c]: InputShape, dstH: number, dstW: number, mode: ResizeMode): Float32Array {
  const out = new Float32Array(dstH * dstW * c);
  const { src, dst } = planResize(sw, sh, dstW, dstH, mode);
  if (sh === dstH && sw === dstW && mode !== 'letterbox') {
    out.set(img);
    return out;
  }
  const sx = src.w / dst.w;
  const sy = src.h / dst.h;
  // Samples per axis: 1 when enlarging, enough to cover the footprint when shrinking.
  const nx = Math.max(1, Math.ceil(sx));
  const ny = Math.max(1, Math.ceil(sy));
  const acc = new Float64Array(c);
  for (let y = 0; y < dst.h; y++) {
    for (let x = 0; x < dst.w; x++) {
      acc.fill(0);
      for (let j = 0; j < ny; j++) {
        const fy = src.y + (y + (j + 0.5) / ny) * sy - 0.5;
        for (let i = 0; i < nx; i++) {
          const fx = src.x + (x + (i + 0.5) / nx) * sx - 0.5;
          sampleBilinear(img, sw, sh, c, fx, fy, acc);
        }
      }
      const o = ((y + dst.y) * dstW + (x + dst.x)) * c;
      for (let k = 0; k < c; k++) out[o + k] = acc[k] / (nx * ny);
    }
  }
  return out;
}

function sampleBilinear(img: Float32Array, w: number, h: number, c: number, fx: number, fy: number, acc: Float64Array): void {
  const cx = Math.min(Math.max(fx, 0), w - 1);
  const cy = Math.min(Math.max(fy, 0), h - 1);
  const x0 = Math.floor(cx);
  const y0 = Math.floor(cy);
  const x1 = Math.min(x0 + 1, w - 1);
  const y1 = Math.min(y0 + 1, h - 1);
  const ax = cx - x0;
  const ay = cy - y0;
  for (let k = 0; k < c; k++) {
    const top = img[(y0 * w + x0) * c + k] * (1 - ax) + img[(y0 * w + x1) * c + k] * ax;
    const bottom = img[(y1 * w + x0) * c + k] * (1 - ax) + img[(y1 * w + x1) * c + k] * ax;
    acc[k] += top * (1 - ay) + bottom * ay;
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

/** Fits an in-memory HWC image to the model input: resize by `mode`, then convert channels. */
export function fitImage(img: Float32Array, shape: InputShape, input: InputShape, mode: ResizeMode): Float32Array {
  const [h, w, c] = input;
  const resized = shape[0] === h && shape[1] === w && mode !== 'letterbox' ? img : resizeImage(img, shape, h, w, mode);
  return shape[2] === c && resized !== img ? resized : convertChannels(resized, h * w, shape[2], c);
}
