import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertChannels, decodeImageFile, fitImage, planResize } from '../../src/data/index.ts';
import { decodedSource, fitDecoded, fitSource, floatSource } from '../../src/data/pixelSource.ts';
import { axisWeights, boxFactor, lanczos3, resample } from '../../src/data/resize.ts';
import type { InputShape, ResizeMode } from '../../src/data/types.ts';

const resizeImage = (img: Float32Array, shape: InputShape, h: number, w: number, mode: ResizeMode) => fitImage(img, shape, [h, w, shape[2]], mode);

// 10 high × 30 wide, one channel: the middle third (x 10…19) white, the rest black.
const H = 10;
const W = 30;
const bars = Float32Array.from({ length: H * W }, (_, i) => (i % W >= 10 && i % W < 20 ? 1 : 0));
const mean = (a: ArrayLike<number>, from = 0, to = a.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i];
  return s / (to - from);
};

describe('resize maths', () => {
  it('plans crop as the centred cover and letterbox as the centred fit', () => {
    expect(planResize(100, 50, 20, 20, 'crop').src).toEqual({ x: 25, y: 0, w: 50, h: 50 });
    expect(planResize(100, 50, 20, 20, 'letterbox').dst).toEqual({ x: 0, y: 5, w: 20, h: 10 });
    expect(planResize(100, 50, 20, 20, 'stretch').dst).toEqual({ x: 0, y: 0, w: 20, h: 20 });
  });

  it('centre-crop keeps the centre', () => {
    const out = resizeImage(bars, [H, W, 1], 10, 10, 'crop');
    expect(Math.min(...out)).toBeCloseTo(1, 5);
  });

  it('letterbox keeps everything and pads with black', () => {
    const out = resizeImage(bars, [H, W, 1], 12, 12, 'letterbox'); // content 12×4 in rows 4…7
    expect(mean(out, 0, 4 * 12)).toBe(0);
    expect(mean(out, 8 * 12)).toBe(0);
    expect(mean(out, 4 * 12, 8 * 12)).toBeCloseTo(1 / 3, 1);
  });

  it('stretch squeezes the whole image; shrinking keeps the mean', () => {
    const out = resizeImage(bars, [H, W, 1], 10, 10, 'stretch');
    expect(mean(out)).toBeCloseTo(1 / 3, 2);
    expect(out[0]).toBe(0);
  });

  it('copies pixels unchanged when the size does not change', () => {
    const img = Float32Array.from({ length: 7 * 5 * 3 }, (_, i) => Math.fround((i * 0.37) % 1));
    for (const mode of ['stretch', 'crop', 'letterbox'] as const) {
      expect(fitImage(img, [7, 5, 3], [7, 5, 3], mode)).toEqual(img);
      expect(resample(floatSource(img, [7, 5, 3], 3), 7, 5, mode)).toEqual(img); // what fitImage's shortcut stands for
    }
  });

  it('decodes files already at the input size bit for bit as the full resize does, for every mode and channel mix', () => {
    for (const channels of [3, 4]) {
      // Every byte value in every band, alpha included (0 and 255 among them).
      const data = Uint8Array.from({ length: 48 * 40 * channels }, (_, i) => (i * 97 + (i >> 7)) & 255);
      for (const c of [1, 3] as const) {
        for (const mode of ['stretch', 'crop', 'letterbox'] as const) {
          const fast = fitDecoded(data, 48, 40, channels, [40, 48, c], mode);
          const full = fitSource(decodedSource(data, 48, 40, channels, c), [40, 48, c], mode);
          expect(Array.from(fast)).toEqual(Array.from(full));
        }
      }
    }
  });

  it('uses Lanczos-3 weights that sum to one, renormalised at the edges, antialiased when reducing', () => {
    expect(lanczos3(0)).toBe(1);
    expect(lanczos3(3)).toBe(0);
    expect(Math.abs(lanczos3(1))).toBeLessThan(1e-15);
    expect(lanczos3(0.5)).toBeCloseTo(0.6079, 4);
    const up = axisWeights(10, 0, 10, 20);
    const down = axisWeights(100, 0, 100, 10);
    for (const w of [up, down]) {
      for (let i = 0; i < w.first.length; i++) {
        const sum = w.weights.subarray(w.offset[i], w.offset[i] + w.count[i]).reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(1, 12);
      }
    }
    expect(up.first[0]).toBe(0); // clipped to the image
    expect(down.count[5]).toBe(60); // support 3 × 10 on each side
    expect(boxFactor(100, 20)).toBe(1);
    expect(boxFactor(4000, 32)).toBe(41);
  });

  it('box-averages big reductions first, and keeps a flat image flat', () => {
    const flat = new Float32Array(300 * 200).fill(0.25);
    const out = fitImage(flat, [300, 200, 1], [10, 10, 1], 'crop');
    for (const v of out) expect(v).toBeCloseTo(0.25, 6);
  });

  it('converts channels: grey → RGB repeats, RGB → grey is luma', () => {
    expect(Array.from(convertChannels([0.5], 1, 1, 3))).toEqual([0.5, 0.5, 0.5]);
    expect(convertChannels([1, 0, 0], 1, 3, 1)[0]).toBeCloseTo(0.299, 5);
    expect(fitImage(bars, [H, W, 1], [5, 5, 3], 'crop').length).toBe(75);
  });
});

describe('resize modes on decoded files', () => {
  let dir: string;
  let barsPng: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'layerloom-resize-'));
    barsPng = join(dir, 'bars.png');
    await writeFile(barsPng, await sharp(Buffer.from(Uint8Array.from(bars, (v) => v * 255)), { raw: { width: W, height: H, channels: 1 } }).png().toBuffer());
    const clear = Buffer.alloc(8 * 8 * 4); // fully transparent black
    await writeFile(join(dir, 'clear.png'), await sharp(clear, { raw: { width: 8, height: 8, channels: 4 } }).png().toBuffer());
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('crop keeps the centre, letterbox pads with black, stretch keeps the mean', async () => {
    const crop = await decodeImageFile(barsPng, [10, 10, 1], 'crop');
    expect(Math.min(...crop)).toBeGreaterThan(0.95);
    const box = await decodeImageFile(barsPng, [12, 12, 1], 'letterbox');
    expect(mean(box, 0, 3 * 12)).toBe(0);
    expect(mean(box, 9 * 12)).toBe(0);
    expect(mean(box, 5 * 12, 7 * 12)).toBeCloseTo(1 / 3, 1);
    const stretch = await decodeImageFile(barsPng, [10, 10, 3], 'stretch');
    expect(mean(stretch)).toBeCloseTo(1 / 3, 1);
  });

  it('flattens transparency onto white', async () => {
    const out = await decodeImageFile(join(dir, 'clear.png'), [4, 4, 3]);
    expect(Math.min(...out)).toBe(1);
  });
});
