import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertChannels, createRng, DatasetError, decodeImageFile, drawShape } from '../../src/data/index.ts';
import { encodeImage } from './fixtures.ts';
import type { Encoding } from './fixtures.ts';

const W = 40;
const H = 30;
const original = drawShape(1, [H, W, 3], createRng(5), 0);
const grey = convertChannels(original, H * W, 3, 1);
const meanAbs = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0) / a.length;

// [encoding, file name, tolerance (mean absolute error), compare with grey?]
const cases: [Encoding, string, number, boolean][] = [
  ['png', 'rgb.png', 0.003, false],
  ['png-gray', 'gray.png', 0, true],
  ['png-palette', 'palette.png', 0.03, false],
  ['png-16bit', 'deep.png', 0.003, false],
  ['png-gray16', 'deepgray.png', 0, true],
  ['png-rgba', 'rgba.png', 0.003, false],
  ['jpeg', 'photo.jpg', 0.03, false],
  ['jpeg', 'PHOTO.JPEG', 0.03, false],
  ['webp', 'pic.webp', 0.03, false],
  ['gif', 'anim.gif', 0.06, false],
  ['tiff', 'scan.tiff', 0.003, false],
  ['tiff', 'SCAN.TIF', 0.003, false],
];

describe('decodeImageFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'layerloom-decode-'));
    await Promise.all(cases.map(async ([enc, name]) => writeFile(join(dir, name), await encodeImage(original, W, H, enc))));
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: { r: 200, g: 100, b: 50 } } })
      .jpeg()
      .toBuffer();
    await writeFile(join(dir, 'big.jpg'), big);
    await writeFile(join(dir, 'notes.txt'), 'hello');
    // 20 wide × 10 high, left half white, stored with EXIF orientation 6 (display rotated 90° clockwise).
    const halves = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 20 < 10 ? 255 : 0)));
    await writeFile(join(dir, 'rotated.jpg'), await sharp(halves, { raw: { width: 20, height: 10, channels: 1 } }).jpeg({ quality: 100 }).withMetadata({ orientation: 6 }).toBuffer());
    await writeFile(join(dir, 'empty.png'), Buffer.alloc(0));
    const png = await encodeImage(original, W, H, 'png');
    await writeFile(join(dir, 'truncated.png'), png.subarray(0, png.length >> 1));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(cases)('decodes %s (%s) to RGB and to grey', async (_enc, name, tol, isGrey) => {
    const rgb = await decodeImageFile(join(dir, name), [H, W, 3]);
    expect(rgb.length).toBe(H * W * 3);
    expect(Math.min(...rgb)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...rgb)).toBeLessThanOrEqual(1);
    const one = await decodeImageFile(join(dir, name), [H, W, 1]);
    expect(one.length).toBe(H * W);
    if (isGrey) {
      // A grey file: R = G = B = the single channel (sharp's own grey conversion when encoding
      // differs a little from Rec. 601, hence the looser comparison with the original).
      expect(meanAbs(rgb, convertChannels(one, H * W, 1, 3))).toBeLessThan(0.002);
      expect(meanAbs(one, grey)).toBeLessThan(0.06);
    } else {
      expect(meanAbs(rgb, original)).toBeLessThan(tol);
      expect(meanAbs(one, grey)).toBeLessThan(tol);
    }
  });

  it('test files really are in the colour modes they claim', async () => {
    const meta = (name: string) => sharp(join(dir, name)).metadata();
    expect((await meta('gray.png')).channels).toBe(1);
    expect((await meta('palette.png')).isPalette).toBe(true);
    expect((await meta('deep.png')).depth).toBe('ushort');
    expect((await meta('deepgray.png')).depth).toBe('ushort');
    expect((await meta('rgba.png')).hasAlpha).toBe(true);
    expect((await meta('anim.gif')).format).toBe('gif');
  });

  it('applies the EXIF orientation', async () => {
    const out = await decodeImageFile(join(dir, 'rotated.jpg'), [20, 10, 1]); // now 10 wide × 20 high
    const rowMean = (y: number) => out.subarray(y * 10, y * 10 + 10).reduce((a, v) => a + v, 0) / 10;
    expect(rowMean(2)).toBeGreaterThan(0.9); // the white half is on top
    expect(rowMean(17)).toBeLessThan(0.1);
  });

  it('shrinks a large photo to the input size', async () => {
    const out = await decodeImageFile(join(dir, 'big.jpg'), [16, 24, 3], 'crop');
    expect(out.length).toBe(16 * 24 * 3);
    expect(out[0]).toBeCloseTo(200 / 255, 1);
    expect(out[1]).toBeCloseTo(100 / 255, 1);
  });

  it('gives one-line errors for non-images, empty, truncated and missing files', async () => {
    const fail = (name: string) => decodeImageFile(join(dir, name), [8, 8, 1]);
    await expect(fail('notes.txt')).rejects.toThrow(DatasetError);
    await expect(fail('notes.txt')).rejects.toThrow(/"notes\.txt" cannot be used as an image \(not a readable image/);
    await expect(fail('empty.png')).rejects.toThrow(/empty file/);
    await expect(fail('truncated.png')).rejects.toThrow(/not a readable image/);
    await expect(fail('nope.png')).rejects.toThrow(/does not exist/);
    const err = await fail('notes.txt').catch((e: Error) => e);
    expect((err as Error).message).not.toContain('\n');
  });

  it('rejects a bad input shape or resize mode, naming the value', async () => {
    await expect(decodeImageFile(join(dir, 'rgb.png'), [8, 8, 4])).rejects.toThrow(/1 or 3 channels \(got \[8,8,4\]\)/);
    await expect(decodeImageFile(join(dir, 'rgb.png'), [8, 8, 3], 'zoom' as never)).rejects.toThrow(/"zoom"/);
  });
});
