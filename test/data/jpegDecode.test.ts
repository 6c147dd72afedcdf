/**
 * The small-JPEG path (jpegDecode.ts) gives the bytes sharp gives (its libvips decodes with mozjpeg, which is
 * libjpeg-turbo's decoder), for every layout it takes: sharp-written 4:2:0 and 4:4:4 at several qualities and
 * sizes (widths 1–5 cross libjpeg-turbo's switch from repeated to interpolated chroma), grey, and files from
 * libjpeg-turbo's own encoder (test/data/fixtures/jpeg, made by scripts/jpegFixtures.sh): 4:2:2, restart
 * markers, optimized Huffman tables; progressive files (sharp's, mozjpeg's optimized scans, cjpeg's). What it
 * does not take (arithmetic, RGB, 4:1:1, 4:4:0, EXIF rotation, damaged data) it hands back to sharp (null), so
 * through decodeFileOrReason every file decodes to the same model input, and a damaged file is still skipped
 * for the same reason.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeFileOrReason, decodeImageBuffer } from '../../src/data/decode';
import { decodeSmallJpeg, FAST_JPEG_MAX_PIXELS } from '../../src/data/jpegDecode';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'jpeg');

/** Smooth gradients on the left, noise on the right: every coefficient and every chroma edge case shows. */
function pixels(w: number, h: number, c: number, seed: number): Buffer {
  const b = Buffer.alloc(w * h * c);
  let s = seed;
  for (let i = 0; i < b.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    const x = (i / c) % w;
    const y = Math.floor(i / c / w);
    b[i] = x < w / 2 ? ((i % c) * 60 + x * 5 + y * 3) & 255 : s >>> 24;
  }
  return b;
}

async function sharpBytes(jpg: Uint8Array): Promise<Buffer | null> {
  try {
    return await sharp(jpg, { failOn: 'error', autoOrient: true, ignoreIcc: true }).toColourspace('srgb').raw({ depth: 'uchar' }).toBuffer();
  } catch {
    return null;
  }
}

async function expectSharpBytes(jpg: Uint8Array, name: string): Promise<void> {
  const mine = decodeSmallJpeg(jpg);
  expect(mine, name).not.toBeNull();
  const theirs = await sharpBytes(jpg);
  expect(Buffer.from(mine!.data).equals(theirs!), name).toBe(true);
}

describe('small JPEGs decoded without libvips', () => {
  it('gives the bytes sharp gives: 4:2:0 and 4:4:4, colour and grey, qualities 30–100, widths 1–200', async () => {
    let cases = 0;
    for (const c of [3, 1] as const) {
      for (const [w, h] of [[1, 1], [2, 2], [3, 5], [4, 4], [5, 7], [8, 8], [17, 15], [33, 31], [64, 64], [65, 63], [200, 3]]) {
        for (const quality of [30, 90, 100]) {
          for (const chromaSubsampling of ['4:2:0', '4:4:4']) {
            const jpg = await sharp(pixels(w, h, c, w * 7 + h + quality), { raw: { width: w, height: h, channels: c } }).jpeg({ quality, chromaSubsampling }).toBuffer();
            await expectSharpBytes(jpg, `${w}×${h}×${c} q${quality} ${chromaSubsampling}`);
            cases++;
          }
        }
      }
    }
    expect(cases).toBe(132);
  });

  it('progressive files as sharp and mozjpeg write them (optimized scans, trellis), colour and grey', async () => {
    let cases = 0;
    for (const c of [3, 1] as const) {
      for (const [w, h] of [[1, 1], [3, 5], [17, 15], [64, 64], [65, 63]]) {
        for (const options of [{ progressive: true, quality: 85 }, { mozjpeg: true, quality: 75 }, { progressive: true, optimiseScans: true, quality: 95, chromaSubsampling: '4:4:4' }]) {
          const jpg = await sharp(pixels(w, h, c, w * 3 + h), { raw: { width: w, height: h, channels: c } }).jpeg(options).toBuffer();
          await expectSharpBytes(jpg, `${w}×${h}×${c} ${JSON.stringify(options)}`);
          cases++;
        }
      }
    }
    expect(cases).toBe(30);
  });

  it("libjpeg-turbo's own files: 4:2:2, restart markers, optimized tables, progressive decoded; the rest handed back", async () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.jpg')).sort();
    const handled = files.filter((f) => /^(s422|restart1b|restart3b-opt|grey-restart|q100-444-opt|progressive)-/.test(f));
    const handedBack = files.filter((f) => /^(arith|rgb|s411|s440)-/.test(f));
    expect([handled.length, handedBack.length]).toEqual([40, 20]);
    for (const f of handled) await expectSharpBytes(readFileSync(join(FIXTURES, f)), f);
    for (const f of handedBack) {
      const jpg = readFileSync(join(FIXTURES, f));
      expect(await sharpBytes(jpg), f).not.toBeNull(); // sharp reads it: only this path does not
      expect(decodeSmallJpeg(jpg), f).toBeNull();
    }
  });

  it('hands back EXIF rotations, large pictures and damaged data; never accepts what sharp refuses', async () => {
    const raw = { raw: { width: 24, height: 16, channels: 3 as const } };
    const px = pixels(24, 16, 3, 5);
    const rotated = await sharp(px, raw).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const upright = await sharp(px, raw).withMetadata({ orientation: 1 }).jpeg().toBuffer();
    expect(decodeSmallJpeg(rotated)).toBeNull();
    await expectSharpBytes(upright, 'EXIF orientation 1');
    const side = Math.ceil(Math.sqrt(FAST_JPEG_MAX_PIXELS)) + 1;
    const large = await sharp({ create: { width: side, height: side, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    expect(decodeSmallJpeg(large)).toBeNull();
    expect(decodeSmallJpeg(await sharp(px, raw).png().toBuffer())).toBeNull();

    // Seeded damage (a byte replaced, a bit flipped, the file cut): this path either hands the file back or
    // gives exactly sharp's bytes; it never decodes a file sharp refuses.
    const raw40 = { raw: { width: 40, height: 24, channels: 3 as const } };
    const sequential = await sharp(pixels(40, 24, 3, 1), raw40).jpeg({ quality: 80 }).toBuffer();
    const progressive = await sharp(pixels(40, 24, 3, 2), raw40).jpeg({ quality: 80, progressive: true }).toBuffer();
    let s = 99;
    const rnd = (n: number) => {
      s = (s * 1103515245 + 12345) >>> 0;
      return (s >>> 8) % n;
    };
    const tally = { decoded: 0, handedBack: 0 };
    for (let t = 0; t < 300; t++) {
      const bad = Buffer.from(t < 150 ? sequential : progressive);
      const kind = t % 3;
      if (kind === 0) bad[rnd(bad.length)] = rnd(256);
      else if (kind === 1) bad[rnd(bad.length)] ^= 1 << rnd(8);
      const file = kind === 2 ? bad.subarray(0, rnd(bad.length)) : bad;
      const mine = decodeSmallJpeg(file);
      if (!mine) {
        tally.handedBack++;
        continue;
      }
      tally.decoded++;
      const theirs = await sharpBytes(file);
      expect(theirs, `damage ${t}`).not.toBeNull();
      expect(Buffer.from(mine.data).equals(theirs!), `damage ${t}`).toBe(true);
    }
    expect(tally.decoded).toBeGreaterThan(20); // damage in an APP segment or padding leaves a decodable file
    expect(tally.handedBack).toBeGreaterThan(100);
  });

  it('through decodeFileOrReason: the same model input as sharp, and a truncated file still skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerloom-jpeg-'));
    const jpg = await sharp(pixels(48, 36, 3, 3), { raw: { width: 48, height: 36, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
    const files = { 'a.jpg': jpg, 'b.JPEG': readFileSync(join(FIXTURES, 's422-37x23.jpg')), 'c.jpg': readFileSync(join(FIXTURES, 'arith-64x48.jpg')) };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, name), bytes);
      for (const [input, mode] of [[[32, 32, 3], 'stretch'], [[32, 32, 3], 'letterbox'], [[20, 20, 1], 'crop']] as const) {
        const fast = await decodeFileOrReason(join(dir, name), input, mode);
        const viaSharp = await decodeImageBuffer(bytes, input, mode);
        expect(Buffer.from(fast.buffer).equals(Buffer.from(viaSharp.buffer)), `${name} ${mode}`).toBe(true);
      }
    }
    writeFileSync(join(dir, 'cut.jpg'), jpg.subarray(0, jpg.length - 40));
    await expect(decodeFileOrReason(join(dir, 'cut.jpg'), [32, 32, 3], 'stretch')).rejects.toMatchObject({ code: 'data.skip.corrupt' });
  });
});
