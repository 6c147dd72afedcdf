/**
 * The small-PNG fast path (pngDecode.ts) gives libvips' bytes exactly, for every row filter the encoder
 * chooses, and hands everything it does not handle back to sharp (null): grey, palette, 16-bit, interlaced,
 * transparency chunks, EXIF orientation, bad CRCs, truncated data. Through decodeFileOrReason a folder's PNG
 * decodes to the same model input either way.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeSmallPng } from '../../src/data/pngDecode';
import { decodeFileOrReason, decodeImageBuffer } from '../../src/data/decode';

function randomPixels(w: number, h: number, c: number, seed: number): Buffer {
  const b = Buffer.alloc(w * h * c);
  let s = seed;
  for (let i = 0; i < b.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    // Smooth areas and noise, so that the encoder's adaptive filtering picks every filter type somewhere.
    b[i] = (i / c) % w < w / 2 ? ((i % c) * 40 + ((i / c) % w) * 3) & 255 : s >>> 24;
  }
  return b;
}

async function libvipsBytes(png: Buffer): Promise<{ data: Buffer; channels: number }> {
  const { data, info } = await sharp(png, { failOn: 'error', autoOrient: true, ignoreIcc: true }).toColourspace('srgb').raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  return { data, channels: info.channels };
}

describe('small PNGs decoded without libvips', () => {
  it('gives the bytes libvips gives, RGB and RGBA, any width, any compression and filter', async () => {
    let cases = 0;
    for (const c of [3, 4] as const) {
      for (const [w, h] of [[1, 1], [7, 5], [64, 64], [65, 33], [200, 3]]) {
        for (const level of [0, 6, 9]) {
          const png = await sharp(randomPixels(w, h, c, w * 31 + h + level), { raw: { width: w, height: h, channels: c } })
            .png({ compressionLevel: level, adaptiveFiltering: true }).toBuffer();
          const mine = await decodeSmallPng(png);
          const theirs = await libvipsBytes(png);
          expect(mine, `${w}×${h}×${c} level ${level}`).not.toBeNull();
          expect(mine!.channels).toBe(theirs.channels);
          expect([mine!.width, mine!.height]).toEqual([w, h]);
          expect(Buffer.from(mine!.data).equals(theirs.data), `${w}×${h}×${c} level ${level}`).toBe(true);
          cases++;
        }
      }
    }
    expect(cases).toBe(30);
  });

  it('hands back to sharp what it does not handle', async () => {
    const rgb = randomPixels(16, 16, 3, 7);
    const raw = { raw: { width: 16, height: 16, channels: 3 as const } };
    const grey = await sharp(randomPixels(16, 16, 1, 7), { raw: { width: 16, height: 16, channels: 1 } }).toColourspace('b-w').png().toBuffer();
    const palette = await sharp(rgb, raw).png({ palette: true }).toBuffer();
    const deep = await sharp(rgb, raw).toColourspace('rgb16').png().toBuffer();
    const interlaced = await sharp(rgb, raw).png({ progressive: true }).toBuffer();
    const oriented = await sharp(rgb, raw).withMetadata({ orientation: 6 }).png().toBuffer();
    const good = await sharp(rgb, raw).png().toBuffer();
    const badCrc = Buffer.from(good);
    badCrc[good.length - 20] ^= 0xff; // inside the last IDAT's data
    const truncated = good.subarray(0, good.length - 30);
    // The colour type and depth each stand-in really has (IHDR's bytes 24-25): grey 0, palette 3, 16-bit.
    expect([grey[25], palette[25], deep[24]]).toEqual([0, 3, 16]);
    for (const [name, png] of Object.entries({ grey, palette, deep, interlaced, oriented, badCrc, truncated })) {
      expect(await decodeSmallPng(png), name).toBeNull();
    }
    expect(await decodeSmallPng(good)).not.toBeNull();
  });

  it('through decodeFileOrReason: the same model input as sharp, and a corrupt file still skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerloom-png-'));
    const png = await sharp(randomPixels(40, 30, 4, 3), { raw: { width: 40, height: 30, channels: 4 } }).png().toBuffer();
    const path = join(dir, 'a.png');
    writeFileSync(path, png);
    for (const mode of ['stretch', 'crop', 'letterbox'] as const) {
      const fast = await decodeFileOrReason(path, [32, 32, 3], mode);
      const viaSharp = await decodeImageBuffer(png, [32, 32, 3], mode);
      expect(Array.from(fast)).toEqual(Array.from(viaSharp));
    }
    const broken = join(dir, 'b.png');
    writeFileSync(broken, png.subarray(0, png.length - 30));
    await expect(decodeFileOrReason(broken, [32, 32, 3], 'stretch')).rejects.toMatchObject({ code: 'data.skip.corrupt' });
  });
});
