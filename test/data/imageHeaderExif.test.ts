/**
 * exifOrientation.ts reads a JPEG's EXIF orientation as libvips does (sharp's metadata is the reference):
 * sharp-written files with orientations 1–8, hand-made EXIF blocks in both byte orders, and the cases it
 * leaves to sharp (0: damaged or unusual EXIF, several EXIF blocks, a header cut before the first scan).
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exifOrientation, ORIENTATION_UNSURE, tiffOrientation } from '../../src/data/exifOrientation';

const raw = { raw: { width: 5, height: 3, channels: 3 as const } };
const pixels = Buffer.alloc(5 * 3 * 3, 120);

/** A TIFF block holding IFD0 with these entries ([tag, type, count, value]), little- or big-endian. */
function tiffBlock(little: boolean, entries: readonly (readonly [number, number, number, number])[]): Buffer {
  const b = Buffer.alloc(8 + 2 + entries.length * 12 + 4);
  b.write(little ? 'II' : 'MM', 0, 'latin1');
  const u16 = (v: number, at: number) => (little ? b.writeUInt16LE(v, at) : b.writeUInt16BE(v, at));
  const u32 = (v: number, at: number) => (little ? b.writeUInt32LE(v, at) : b.writeUInt32BE(v, at));
  u16(42, 2);
  u32(8, 4);
  u16(entries.length, 8);
  entries.forEach(([tag, type, count, value], i) => {
    const at = 10 + i * 12;
    u16(tag, at);
    u16(type, at + 2);
    u32(count, at + 4);
    if (type === 3) u16(value, at + 8); else u32(value, at + 8);
  });
  return b;
}

/** A JPEG with these APP1 payloads inserted right after its SOI. */
function withApp1(jpeg: Buffer, ...payloads: Buffer[]): Buffer {
  const segments = payloads.map((p) => {
    const head = Buffer.from([0xff, 0xe1, 0, 0]);
    head.writeUInt16BE(p.length + 2, 2);
    return Buffer.concat([head, p]);
  });
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

const exifPayload = (tiff: Buffer) => Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);

async function sharpOrientation(bytes: Buffer): Promise<number> {
  return (await sharp(bytes).metadata()).orientation ?? 1;
}

describe('exifOrientation', () => {
  it('reads what sharp reads in sharp-written JPEGs, orientations 1 to 8', async () => {
    for (let n = 1; n <= 8; n++) {
      const jpeg = await sharp(pixels, raw).jpeg().withMetadata({ orientation: n }).toBuffer();
      expect(exifOrientation(jpeg), `orientation ${n}`).toBe(n);
      expect(await sharpOrientation(jpeg)).toBe(n);
    }
  });

  it('is 1 without EXIF, and for bytes that are not a JPEG', async () => {
    const jpeg = await sharp(pixels, raw).jpeg().toBuffer();
    expect(exifOrientation(jpeg)).toBe(1);
    expect(exifOrientation(await sharp(pixels, raw).png().toBuffer())).toBe(1);
    expect(exifOrientation(new Uint8Array(0))).toBe(1);
  });

  it('reads both byte orders and finds the tag among others, as libvips does', async () => {
    const jpeg = await sharp(pixels, raw).jpeg().toBuffer();
    for (const little of [true, false]) {
      for (const n of [1, 3, 6, 8]) {
        const tiff = tiffBlock(little, [[0x010f, 2, 4, 0], [0x0112, 3, 1, n], [0x011a, 5, 1, 0]]);
        const file = withApp1(jpeg, exifPayload(tiff));
        expect(exifOrientation(file), `${little ? 'II' : 'MM'} ${n}`).toBe(n);
        expect(await sharpOrientation(file)).toBe(n);
      }
      // An EXIF block without the tag, and an APP1 that is not EXIF (XMP).
      const none = withApp1(jpeg, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x/>', 'latin1'), exifPayload(tiffBlock(little, [[0x010f, 2, 4, 0]])));
      expect(exifOrientation(none)).toBe(1);
      expect(await sharpOrientation(none)).toBe(1);
    }
  });

  it('leaves to sharp what it cannot be sure of', async () => {
    const jpeg = await sharp(pixels, raw).jpeg().toBuffer();
    const oriented = await sharp(pixels, raw).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const unsure = [
      withApp1(jpeg, exifPayload(tiffBlock(true, [[0x0112, 3, 1, 9]]))), // out of range
      withApp1(jpeg, exifPayload(tiffBlock(true, [[0x0112, 3, 1, 0]]))),
      withApp1(jpeg, exifPayload(tiffBlock(false, [[0x0112, 4, 1, 6]]))), // a LONG
      withApp1(jpeg, exifPayload(tiffBlock(true, [[0x0112, 3, 2, 6]]))), // two values
      withApp1(jpeg, exifPayload(tiffBlock(true, [[0x0112, 3, 1, 6], [0x0112, 3, 1, 3]]))), // repeated
      withApp1(jpeg, exifPayload(tiffBlock(true, [[0x0112, 3, 1, 6]])), exifPayload(tiffBlock(true, [[0x0112, 3, 1, 3]]))), // two blocks
      withApp1(jpeg, exifPayload(tiffBlock(true, [[0x0112, 3, 1, 6]]).subarray(0, 16))), // cut inside IFD0
      withApp1(jpeg, Buffer.from('Exif\0\0XX*\0\x08\0\0\0', 'latin1')), // no byte order
      oriented.subarray(0, 200), // the header cut before the first scan
    ];
    for (const [i, file] of unsure.entries()) expect(exifOrientation(file), `case ${i}`).toBe(ORIENTATION_UNSURE);
  });

  it('reads a bare TIFF block (a PNG eXIf chunk)', () => {
    expect(tiffOrientation(tiffBlock(false, [[0x0112, 3, 1, 5]]))).toBe(5);
    expect(tiffOrientation(tiffBlock(true, []))).toBe(1);
    expect(tiffOrientation(Buffer.from('II*\0'))).toBe(ORIENTATION_UNSURE);
  });
});
