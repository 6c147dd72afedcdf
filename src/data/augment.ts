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

/** What augmenting one image does, as drawn from the seeded generator (plain data: it goes to a worker thread). */
export interface AugmentDraw {
  readonly flip: boolean;
  /** Crop padding (0: no crop) and the window's corner. */
  readonly pad: number;
  readonly top: number;
  readonly left: number;
  /** Whether brightness/contrast apply, and their values. */
  readonly adjust: boolean;
  readonly brightness: number;
  readonly contrast: number;
}

/** Draws one image's augmentation: every random number in a fixed order (AUGMENT_DRAWS of them), so a seed fixes it. */
export function drawAugmentation(o: AugmentOptions, rng: Rng): AugmentDraw {
  const flip = rng.next() < 0.5;
  const pad = Math.floor(o.cropPadding ?? 0);
  const top = rng.int(2 * pad + 1);
  const left = rng.int(2 * pad + 1);
  const b = o.brightness ?? 0;
  const ct = o.contrast ?? 0;
  const brightness = rng.uniform(-b, b);
  const contrast = rng.uniform(1 - ct, 1 + ct);
  return { flip: !!o.flip && flip, pad, top, left, adjust: b > 0 || ct > 0, brightness, contrast };
}

/** Applies a drawn augmentation in a fixed order (flip, crop, brightness/contrast); a new array, `img` unchanged. */
export function applyAugmentation(img: Float32Array, shape: InputShape, d: AugmentDraw): Float32Array {
  let out = img;
  if (d.flip) out = flipHorizontal(out, shape);
  if (d.pad > 0) out = cropWithPadding(out, shape, d.pad, d.top, d.left);
  if (d.adjust) out = adjustBrightnessContrast(out, shape, d.brightness, d.contrast);
  return out === img ? img.slice() : out;
}

/** Augments the images of a batch (`draws[i]` for image i, back to back in `x`) into a new array. */
export function augmentBatch(x: Float32Array, shape: InputShape, draws: readonly AugmentDraw[]): Float32Array {
  const px = shape[0] * shape[1] * shape[2];
  const out = new Float32Array(draws.length * px);
  draws.forEach((d, i) => out.set(applyAugmentation(x.subarray(i * px, (i + 1) * px), shape, d), i * px));
  return out;
}

/**
 * Applies the enabled augmentations in a fixed order (flip, crop, brightness/contrast), drawing
 * every random number from `rng` in a fixed order too (AUGMENT_DRAWS of them), so a seed fixes the result.
 */
export function augmentImage(img: Float32Array, shape: InputShape, o: AugmentOptions, rng: Rng): Float32Array {
  return applyAugmentation(img, shape, drawAugmentation(o, rng));
}
