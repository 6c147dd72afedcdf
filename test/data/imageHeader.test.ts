/**
 * readImageHeader answers PNG and JPEG headers from the file's first bytes (pngHeader.ts, jpegHeader.ts);
 * the answer must be the one sharp's metadata gives (readImageHeaderWithSharp, the old path), for every
 * kind of file sharp writes, EXIF orientations 1–8, odd sizes, big segments before the frame header — and
 * damaged, truncated, empty and non-image files must get the same reason as before.
 */
import { execFileSync } from 'node:child_process';
import { crc32 } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readImageHeader, readImageHeaderWithSharp } from '../../src/data/imageHeader';
import { jpegHeader } from '../../src/data/jpegHeader';
import { pngHeader } from '../../src/data/pngHeader';
import { SkipError } from '../../src/data/skipReasons';

const dir = mkdtempSync(join(tmpdir(), 'imageHeader-'));
/** libjpeg-turbo's own tools, when installed: JPEGs from another encoder (arithmetic coding, restarts, 4:1:1 …). */
const hasCjpeg = (() => {
  try {
    execFileSync('cjpeg', ['-version'], { stdio: 'ignore' });
    execFileSync('jpegtran', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.log('imageHeader: cjpeg/jpegtran are missing, their files are skipped');
    return false;
  }
})();
let fileCount = 0;

function pixels(w: number, h: number, c: number, seed: number): Buffer {
  const b = Buffer.alloc(w * h * c);
  let s = seed;
  for (let i = 0; i < b.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    b[i] = ((i % (w * c)) * 5 + (s >>> 29)) & 255;
  }
  return b;
}

const image = (w: number, h: number, c: 1 | 2 | 3 | 4 = 3) => sharp(pixels(w, h, c, w * 7 + h), { raw: { width: w, height: h, channels: c } });

/** What readImageHeader answers, or its SkipError's code and parameters. */
async function outcome(read: (path: string) => Promise<unknown>, path: string): Promise<unknown> {
  try {
    return await read(path);
  } catch (err) {
    expect(err).toBeInstanceOf(SkipError);
    return { code: (err as SkipError).code, params: (err as SkipError).params };
  }
}

function write(bytes: Uint8Array, ext: string): string {
  const path = join(dir, `f${fileCount++}${ext}`);
  writeFileSync(path, bytes);
  return path;
}

/** Both paths agree on the file; `fast` says whether the bytes' own reader must answer it (not hand it to sharp). */
async function expectSame(bytes: Uint8Array, ext: string, label: string, fast?: boolean): Promise<unknown> {
  const path = write(bytes, ext);
  const theirs = await outcome(readImageHeaderWithSharp, path);
  expect(await outcome(readImageHeader, path), label).toEqual(theirs);
  if (fast !== undefined) {
    const mine = ext === '.png' ? pngHeader(bytes) : jpegHeader(bytes);
    expect(mine !== null && mine !== 'truncated', `${label} answered without sharp`).toBe(fast);
  }
  return theirs;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A TIFF block with IFD0 holding one orientation SHORT. */
function orientationTiff(little: boolean, n: number): Buffer {
  const b = Buffer.alloc(26);
  b.write(little ? 'II' : 'MM', 0, 'latin1');
  const u16 = (v: number, at: number) => (little ? b.writeUInt16LE(v, at) : b.writeUInt16BE(v, at));
  u16(42, 2);
  if (little) b.writeUInt32LE(8, 4); else b.writeUInt32BE(8, 4);
  u16(1, 8);
  u16(0x0112, 10);
  u16(3, 12);
  if (little) b.writeUInt32LE(1, 14); else b.writeUInt32BE(1, 14);
  u16(n, 18);
  return b;
}

/** A JPEG segment (marker, length, payload) inserted after the SOI. */
function withSegment(jpeg: Buffer, marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), head, payload, jpeg.subarray(2)]);
}

function sofOffset(jpeg: Buffer): number {
  for (let at = 2; ;) {
    const m = jpeg[at + 1];
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xcc) return at;
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
}

describe('image headers without sharp', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives sharp\'s answer for PNGs sharp writes', async () => {
    const cases: [string, Sharp][] = [
      ['grey', image(17, 9, 1).toColourspace('b-w').png()],
      ['grey+alpha', image(17, 9, 2).toColourspace('b-w').png()],
      ['grey 16-bit', image(17, 9, 1).toColourspace('grey16').png()],
      ['rgb', image(17, 9).png()],
      ['rgba', image(17, 9, 4).png()],
      ['palette', image(17, 9).png({ palette: true })],
      ['palette 1-bit', image(17, 9).png({ palette: true, colours: 2 })],
      ['palette+alpha', image(17, 9, 4).png({ palette: true })],
      ['rgb 16-bit', image(17, 9).toColourspace('rgb16').png()],
      ['interlaced', image(17, 9).png({ progressive: true })],
      ['1×1', image(1, 1).png()],
      ['3×1000', image(3, 1000).png()],
      ['1000×3', image(1000, 3, 1).toColourspace('b-w').png()],
      ['4001×2999', image(4001, 2999).png({ compressionLevel: 1 })],
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n): [string, Sharp] => [`orientation ${n}`, image(17, 9).png().withMetadata({ orientation: n })]),
    ];
    for (const [label, s] of cases) await expectSame(await s.toBuffer(), '.png', label, true);
  });

  it('gives sharp\'s answer for JPEGs sharp writes', async () => {
    const cases: [string, Sharp][] = [
      ['4:4:4', image(33, 17).jpeg({ chromaSubsampling: '4:4:4' })],
      ['4:2:0', image(33, 17).jpeg()],
      ['grey', image(33, 17, 1).toColourspace('b-w').jpeg()],
      ['progressive', image(33, 17).jpeg({ progressive: true })],
      ['mozjpeg', image(33, 17).jpeg({ mozjpeg: true })],
      ['cmyk', image(33, 17).toColourspace('cmyk').jpeg()],
      ['1×1', image(1, 1).jpeg()],
      ['3×1000', image(3, 1000).jpeg()],
      ['4001×2999', image(4001, 2999).jpeg({ quality: 50 })],
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n): [string, Sharp] => [`orientation ${n}`, image(33, 17).jpeg().withMetadata({ orientation: n })]),
      ['grey orientation 6', image(33, 17, 1).toColourspace('b-w').jpeg().withMetadata({ orientation: 6 })],
    ];
    for (const [label, s] of cases) await expectSame(await s.toBuffer(), '.jpg', label, true);
  });

  it('reads orientations in both byte orders, PNG eXIf chunks and JPEG EXIF blocks', async () => {
    const png = await image(17, 9).png().toBuffer();
    const jpeg = await image(33, 17).jpeg().toBuffer();
    for (const little of [true, false]) {
      for (let n = 1; n <= 8; n++) {
        const exif = orientationTiff(little, n);
        await expectSame(Buffer.concat([png.subarray(0, 33), pngChunk('eXIf', exif), png.subarray(33)]), '.png', `png ${little} ${n}`, true);
        await expectSame(withSegment(jpeg, 0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exif])), '.jpg', `jpeg ${little} ${n}`, true);
      }
    }
    // After the first IDAT libpng has not read an eXIf chunk when libvips reads the header: not turned.
    const late = Buffer.concat([png.subarray(0, png.length - 12), pngChunk('eXIf', orientationTiff(true, 6)), png.subarray(png.length - 12)]);
    expect(await expectSame(late, '.png', 'eXIf after IDAT', true)).toEqual({ width: 17, height: 9, colourBands: true });
  });

  it('reads past big segments before the frame header', async () => {
    const jpeg = await image(40, 30).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const app2 = Buffer.alloc(65000, 7);
    const big = withSegment(withSegment(jpeg, 0xe2, app2), 0xed, app2); // 130 KB before the SOF: a second read
    expect(await expectSame(big, '.jpg', 'two 65 KB segments', true)).toEqual({ width: 30, height: 40, colourBands: true });
    let huge: Buffer = jpeg;
    for (let i = 0; i < 17; i++) huge = withSegment(huge, 0xe2, app2); // 1.1 MB: left to sharp
    expect(jpegHeader(huge)).not.toBeNull();
    await expectSame(huge, '.jpg', '1.1 MB of segments');
    const png = await image(17, 9).png().toBuffer();
    const text = pngChunk('tEXt', Buffer.concat([Buffer.from('Comment\0', 'latin1'), Buffer.alloc(100_000, 0x41)]));
    await expectSame(Buffer.concat([png.subarray(0, 33), text, png.subarray(33)]), '.png', '100 KB tEXt', true);
    // One IDAT of 1.5 MB (the encoder's choice): only its length is read.
    const deflated = (await import('node:zlib')).deflateSync(Buffer.alloc(1000 * (1 + 500 * 3)), { level: 0 });
    const ihdr = Buffer.from(png.subarray(8, 33));
    ihdr.writeUInt32BE(500, 8);
    ihdr.writeUInt32BE(1000, 12);
    ihdr.writeUInt32BE(crc32(ihdr.subarray(4, 21)), 21);
    const onePiece = Buffer.concat([png.subarray(0, 8), ihdr, pngChunk('IDAT', deflated), png.subarray(png.length - 12)]);
    expect(await expectSame(onePiece, '.png', 'one 1.5 MB IDAT', true)).toEqual({ width: 500, height: 1000, colourBands: true });
  });

  it('reads every SOF kind libjpeg reads, and leaves the others to sharp', async () => {
    const jpeg = await image(33, 17).jpeg().toBuffer();
    const at = sofOffset(jpeg);
    for (let marker = 0xc0; marker <= 0xcf; marker++) {
      if (marker === 0xc4 || marker === 0xc8 || marker === 0xcc) continue;
      const b = Buffer.from(jpeg);
      b[at + 1] = marker;
      await expectSame(b, '.jpg', `SOF ${marker.toString(16)}`, [0xc0, 0xc1, 0xc2, 0xc3, 0xc9, 0xca, 0xcb].includes(marker));
    }
  });

  it('refuses too many pixels with the size, as before', async () => {
    const png = Buffer.from(await image(17, 9).png().toBuffer());
    png.writeUInt32BE(20000, 16);
    png.writeUInt32BE(15000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    expect(await expectSame(png, '.png', 'png 20000×15000', true)).toEqual({ code: 'data.skip.tooManyPixels', params: { pixels: '20000×15000' } });
    const jpeg = withSegment(await image(33, 17).jpeg().toBuffer(), 0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), orientationTiff(false, 8)]));
    const at = sofOffset(jpeg);
    jpeg.writeUInt16BE(17000, at + 5);
    jpeg.writeUInt16BE(16000, at + 7);
    expect(await expectSame(jpeg, '.jpg', 'jpeg 16000×17000', true)).toEqual({ code: 'data.skip.tooManyPixels', params: { pixels: '17000×16000' } });
  });

  it('gives the same reasons for empty, non-image, truncated and damaged files', async () => {
    expect(await expectSame(new Uint8Array(0), '.png', 'empty')).toEqual({ code: 'data.skip.empty', params: undefined });
    await expectSame(Buffer.from('not an image at all\n'), '.jpg', 'text');
    await expectSame(Buffer.from([0x89, 0x50, 0x4e, 0x47]), '.png', 'png signature cut');
    await expectSame(Buffer.from([0xff, 0xd8]), '.jpg', 'jpeg SOI alone');
    const files: [Buffer, string][] = [
      [await image(20, 12).png().toBuffer(), '.png'],
      [await image(20, 12).png({ palette: true }).toBuffer(), '.png'],
      [await image(20, 12).png().withMetadata({ orientation: 7 }).toBuffer(), '.png'],
      [await image(20, 12).jpeg().toBuffer(), '.jpg'],
      [await image(20, 12).jpeg({ progressive: true }).withMetadata({ orientation: 5 }).toBuffer(), '.jpg'],
    ];
    let rng = 12345;
    const next = (n: number) => ((rng = (rng * 1103515245 + 12345) >>> 0) >>> 8) % n;
    for (const [bytes, ext] of files) {
      const header = ext === '.png' ? 33 + 30 : sofOffset(bytes) + 200;
      // Cut anywhere in the header.
      for (let cut = 1; cut < Math.min(bytes.length, header); cut += 1 + next(7)) await expectSame(bytes.subarray(0, cut), ext, `cut at ${cut}`);
      // A byte changed anywhere in the header.
      for (let i = 0; i < 60; i++) {
        const b = Buffer.from(bytes);
        const at = next(Math.min(b.length, header));
        b[at] = next(4) === 0 ? 0xff : next(256);
        await expectSame(b, ext, `byte ${at} = ${b[at]}`);
      }
    }
  });

  it.skipIf(!hasCjpeg)('gives sharp\'s answer for JPEGs written by cjpeg and jpegtran', async () => {
    const [w, h] = [37, 23];
    const ppm = write(Buffer.concat([Buffer.from(`P6\n${w} ${h}\n255\n`), pixels(w, h, 3, 5)]), '.ppm');
    const options = ['', '-grayscale', '-rgb', '-sample 1x1', '-sample 2x1', '-sample 4x1', '-sample 2x2,2x1,1x2', '-progressive',
      '-arithmetic', '-arithmetic -progressive', '-restart 1', '-optimize', '-quality 100', '-baseline -quality 3'];
    for (const opt of options) {
      const out = join(dir, `cjpeg${fileCount++}.jpg`);
      execFileSync('cjpeg', [...opt.split(' ').filter(Boolean), '-outfile', out, ppm]);
      await expectSame(readFileSync(out), '.jpg', `cjpeg ${opt}`, true);
    }
    const oriented = write(await image(w, h).jpeg().withMetadata({ orientation: 6 }).toBuffer(), '.jpg');
    for (const opt of ['-copy all -arithmetic', '-copy all -progressive', '-copy all -restart 2', '-copy all -transpose', '-copy none']) {
      const out = join(dir, `jpegtran${fileCount++}.jpg`);
      execFileSync('jpegtran', [...opt.split(' '), '-outfile', out, oriented]);
      await expectSame(readFileSync(out), '.jpg', `jpegtran ${opt}`, true);
    }
  });

  it('agrees on the repository\'s own images', async () => {
    await expectSame(readFileSync('assets/icon.png'), '.png', 'assets/icon.png', true);
  });
});
