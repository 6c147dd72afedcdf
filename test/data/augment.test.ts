import { describe, expect, it } from 'vitest';
import { adjustBrightnessContrast, augmentImage, createRng, cropWithPadding, flipHorizontal } from '../../src/data/index.ts';
import type { InputShape } from '../../src/data/index.ts';

const shape: InputShape = [2, 3, 2];
// pixel (y, x) channel k = y*100 + x*10 + k, scaled into [0, 1]
const img = Float32Array.from({ length: 12 }, (_, i) => {
  const p = Math.floor(i / 2);
  return (Math.floor(p / 3) * 100 + (p % 3) * 10 + (i % 2)) / 1000;
});
const at = (a: Float32Array, y: number, x: number, k: number) => a[(y * 3 + x) * 2 + k];

describe('augmentation', () => {
  it('flip mirrors left–right and twice is the identity', () => {
    const f = flipHorizontal(img, shape);
    expect(at(f, 0, 0, 1)).toBe(at(img, 0, 2, 1));
    expect(at(f, 1, 2, 0)).toBe(at(img, 1, 0, 0));
    expect(flipHorizontal(f, shape)).toEqual(img);
  });

  it('crop with padding keeps the shape, shifts content and pads with black', () => {
    const same = cropWithPadding(img, shape, 1, 1, 1);
    expect(same).toEqual(img);
    const shifted = cropWithPadding(img, shape, 1, 0, 0); // window starts in the padding: content moves right/down
    expect(shifted.length).toBe(img.length);
    expect(at(shifted, 0, 0, 0)).toBe(0);
    expect(at(shifted, 1, 1, 1)).toBe(at(img, 0, 0, 1));
  });

  it('brightness and contrast stay in [0, 1]', () => {
    const bright = adjustBrightnessContrast(img, shape, 0.5, 3);
    expect(Math.max(...bright)).toBeLessThanOrEqual(1);
    expect(Math.min(...bright)).toBeGreaterThanOrEqual(0);
    const same = adjustBrightnessContrast(img, shape, 0, 1);
    same.forEach((v, i) => expect(v).toBeCloseTo(img[i], 6));
  });

  it('is deterministic by seed, varies with the seed, and never changes its input', () => {
    const big: InputShape = [8, 8, 3];
    const src = Float32Array.from({ length: 192 }, (_, i) => (i % 17) / 17);
    const copy = src.slice();
    const opts = { flip: true, cropPadding: 2, brightness: 0.2, contrast: 0.3 };
    const a = augmentImage(src, big, opts, createRng(4));
    const b = augmentImage(src, big, opts, createRng(4));
    expect(a).toEqual(b);
    const others = [5, 6, 7, 8].map((s) => augmentImage(src, big, opts, createRng(s)));
    expect(others.some((o) => o.some((v, i) => v !== a[i]))).toBe(true);
    expect(src).toEqual(copy);
    expect(a.length).toBe(src.length);
  });

  it('with nothing enabled returns an unchanged copy', () => {
    const out = augmentImage(img, shape, {}, createRng(1));
    expect(out).toEqual(img);
    expect(out).not.toBe(img);
  });
});
