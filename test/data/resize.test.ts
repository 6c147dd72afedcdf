import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertChannels, decodeImageFile, fitImage, planResize, resizeImage } from '../../src/data/index.ts';

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
