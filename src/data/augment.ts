/** Augmentation: pure functions on one HWC image (Float32Array in [0, 1]); each returns a new array. */
import type { AugmentOptions, InputShape } from './types.ts';
import type { Rng } from './rng.ts';

/** Mirrors the image left–right. */
export function flipHorizontal(img: Float32Array, [h, w, c]: InputShape): Float32Array {
  const out = new Float32Array(img.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const src = (y * w + x) * c;
      const dst = (y * w + (w - 1 - x)) * c;
      for (let k = 0; k < c; k++) out[dst + k] = img[src + k];
    }
  }
  return out;
}

/**
 * The h×w window at (top, left) of the image padded by `padding` black pixels on every side;
 * `top` and `left` are in 0…2·padding (padding, padding = the original image).
 */
export function cropWithPadding(img: Float32Array, [h, w, c]: InputShape, padding: number, top: number, left: number): Float32Array {
  const out = new Float32Array(img.length);
  const dy = top - padding;
  const dx = left - padding;
  for (let y = 0; y < h; y++) {
    const sy = y + dy;
    if (sy < 0 || sy >= h) continue;
    for (let x = 0; x < w; x++) {
      const sx = x + dx;
      if (sx < 0 || sx >= w) continue;
      const src = (sy * w + sx) * c;
      const dst = (y * w + x) * c;
      for (let k = 0; k < c; k++) out[dst + k] = img[src + k];
    }
  }
  return out;
}

/** `(x - mean_c) · contrast + mean_c + brightness`, per channel c, clamped to [0, 1]. */
export function adjustBrightnessContrast(img: Float32Array, [h, w, c]: InputShape, brightness: number, contrast: number): Float32Array {
  const n = h * w;
  const mean = new Float64Array(c);
  for (let i = 0; i < img.length; i++) mean[i % c] += img[i];
  for (let k = 0; k < c; k++) mean[k] /= n;
  const out = new Float32Array(img.length);
  for (let i = 0; i < img.length; i++) {
    const m = mean[i % c];
    const v = (img[i] - m) * contrast + m + brightness;
    out[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
  return out;
}

/** True when the options change anything. */
export function isAugmenting(o: AugmentOptions | undefined): o is AugmentOptions {
  return !!o && (!!o.flip || (o.cropPadding ?? 0) > 0 || (o.brightness ?? 0) > 0 || (o.contrast ?? 0) > 0);
}

/** Checks option ranges; throws a RangeError naming the option and value. */
export function checkAugmentOptions(o: AugmentOptions): void {
  const check = (name: string, v: number | undefined, max: number) => {
    if (v !== undefined && !(Number.isFinite(v) && v >= 0 && v <= max)) {
      throw new RangeError(`augment.${name} must be between 0 and ${max} (got ${v})`);
    }
  };
  check('cropPadding', o.cropPadding, 1024);
  check('brightness', o.brightness, 1);
  check('contrast', o.contrast, 1);
}

/** Random numbers {@link augmentImage} draws per image, whatever the options. */
export const AUGMENT_DRAWS = 5;

/** Draws what augmenting one image would: an image left out keeps the next images' numbers where they were. */
export function skipAugmentation(rng: Rng): void {
  for (let i = 0; i < AUGMENT_DRAWS; i++) rng.next();
}

/**
 * Applies the enabled augmentations in a fixed order (flip, crop, brightness/contrast), drawing
 * every random number from `rng` in a fixed order too (AUGMENT_DRAWS of them), so a seed fixes the result.
 */
export function augmentImage(img: Float32Array, shape: InputShape, o: AugmentOptions, rng: Rng): Float32Array {
  let out = img;
  const flip = rng.next() < 0.5;
  const pad = Math.floor(o.cropPadding ?? 0);
  const top = rng.int(2 * pad + 1);
  const left = rng.int(2 * pad + 1);
  const b = o.brightness ?? 0;
  const ct = o.contrast ?? 0;
  const brightness = rng.uniform(-b, b);
  const contrast = rng.uniform(1 - ct, 1 + ct);
  if (o.flip && flip) out = flipHorizontal(out, shape);
  if (pad > 0) out = cropWithPadding(out, shape, pad, top, left);
  if (b > 0 || ct > 0) out = adjustBrightnessContrast(out, shape, brightness, contrast);
  return out === img ? img.slice() : out;
}
