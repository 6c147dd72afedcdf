/**
 * Images as {@link RowSource}s for LayerLoom's one resize (resize.ts): decoded 8-bit sRGB files and the
 * in-memory float images (MNIST, synthetic). The exported Python mirrors these conversions exactly
 * (src/export/pythonPreprocess.ts): keep both in step.
 */
import { LUMA, resample, type RowSource } from './resize.ts';
import type { InputShape, ResizeMode } from './types.ts';

/**
 * A decoded image: 8-bit sRGB, `channels` 3 (RGB) or 4 (RGBA, not premultiplied), rows top to bottom.
 * Alpha is flattened onto white, v' = (v·a + 255·(255 − a)) / 255; `bands` 1 is then Rec. 601 luma
 * 0.299 R' + 0.587 G' + 0.114 B' (in that order, float64), `bands` 3 is R'G'B'.
 */
export function decodedSource(data: Uint8Array, width: number, height: number, channels: number, bands: 1 | 3): RowSource {
  if (channels !== 3 && channels !== 4) throw new RangeError(`decoded images have 3 or 4 channels (sRGB, alpha), not ${channels}`);
  const alpha = channels === 4;
  /** Pixel `at` (byte offset) in 0…255 after flattening, into `px` (1 or 3 values). */
  const pixel = (at: number, px: Float64Array) => {
    let r = data[at];
    let g = data[at + 1];
    let b = data[at + 2];
    if (alpha) {
      const a = data[at + 3];
      const white = 255 * (255 - a);
      r = (r * a + white) / 255;
      g = (g * a + white) / 255;
      b = (b * a + white) / 255;
    }
    if (bands === 1) {
      px[0] = LUMA[0] * r + LUMA[1] * g + LUMA[2] * b;
    } else {
      px[0] = r;
      px[1] = g;
      px[2] = b;
    }
  };
  const px = new Float64Array(3);
  return {
    width, height, bands,
    readRow(y, out) {
      for (let x = 0, at = y * width * channels; x < width; x++, at += channels) {
        pixel(at, px);
        for (let k = 0; k < bands; k++) out[k * width + x] = px[k];
      }
    },
    addRowSums(y, k, n, out) {
      for (let i = 0, at = y * width * channels; i < n; i++) {
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        for (let t = 0; t < k; t++, at += channels) {
          pixel(at, px);
          s0 += px[0];
          s1 += px[1];
          s2 += px[2];
        }
        out[i] += s0;
        if (bands === 3) {
          out[n + i] += s1;
          out[2 * n + i] += s2;
        }
      }
    },
  };
}

/** An in-memory HWC image in [0, 1] (1 or 3 channels), read as values × 255; 3 → 1 band by luma. */
export function floatSource(img: Float32Array, [height, width, channels]: InputShape, bands: 1 | 3): RowSource {
  const luma = channels === 3 && bands === 1;
  const planes = luma ? 1 : channels;
  return {
    width, height, bands: planes,
    readRow(y, out) {
      let at = y * width * channels;
      for (let x = 0; x < width; x++, at += channels) {
        if (luma) out[x] = (LUMA[0] * img[at] + LUMA[1] * img[at + 1] + LUMA[2] * img[at + 2]) * 255;
        else for (let k = 0; k < planes; k++) out[k * width + x] = img[at + k] * 255;
      }
    },
  };
}

/** Resizes `source` to the model input by `mode`; a 1-band source for 3 channels repeats its grey value. */
export function fitSource(source: RowSource, [h, w, c]: InputShape, mode: ResizeMode): Float32Array {
  const out = resample(source, h, w, mode);
  if (source.bands === c) return out;
  if (source.bands !== 1 || c !== 3) throw new RangeError(`cannot make ${c} channels from ${source.bands}; input channels must be 1 or 3`);
  const rgb = new Float32Array(h * w * 3);
  for (let p = 0; p < h * w; p++) rgb[3 * p] = rgb[3 * p + 1] = rgb[3 * p + 2] = out[p];
  return rgb;
}

/** Fits an in-memory HWC image (MNIST, synthetic) to the model input: the same resize as image files. */
export function fitImage(img: Float32Array, shape: InputShape, input: InputShape, mode: ResizeMode): Float32Array {
  // Same size and channels: resample would copy every value unchanged ((v · 255) / 255 is v for a float32 v in [0, 1]).
  if (shape[0] === input[0] && shape[1] === input[1] && shape[2] === input[2] && img.every((v) => v >= 0 && v <= 1)) return img.slice();
  return fitSource(floatSource(img, shape, input[2] === 1 ? 1 : 3), input, mode);
}

/** Fits a decoded 8-bit sRGB(A) image (see {@link decodedSource}) to the model input. */
export function fitDecoded(data: Uint8Array, width: number, height: number, channels: number, input: InputShape, mode: ResizeMode): Float32Array {
  const source = decodedSource(data, width, height, channels, input[2] === 1 ? 1 : 3);
  if (width === input[1] && height === input[0] && source.bands === input[2]) {
    // RGB without alpha into 3 channels: each stored value is the byte itself, v / 255.
    if (channels === 3 && input[2] === 3) {
      const out = new Float32Array(data.length);
      for (let i = 0; i < data.length; i++) out[i] = data[i] / 255;
      return out;
    }
    return copyRows(source);
  }
  return fitSource(source, input, mode);
}

/**
 * An image already at the input's size, read row by row and stored as resample would (every mode plans the
 * whole image onto the whole target, a one-tap weight of 1 per pixel: v·1 is v, then the same clamp and ÷ 255),
 * without its float64 planes and weight loops.
 */
function copyRows(source: RowSource): Float32Array {
  const { width, height, bands } = source;
  const out = new Float32Array(width * height * bands);
  const line = new Float64Array(width * bands);
  for (let y = 0; y < height; y++) {
    source.readRow(y, line);
    for (let b = 0; b < bands; b++) {
      for (let x = 0, at = y * width * bands + b; x < width; x++, at += bands) {
        const v = line[b * width + x];
        out[at] = (v < 0 ? 0 : v > 255 ? 255 : v) / 255;
      }
    }
  }
  return out;
}
