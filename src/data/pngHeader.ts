/**
 * A PNG's size, colour and EXIF orientation from its chunks up to the first IDAT (what libpng's
 * png_read_info reads for libvips' header), without libvips. Anything libpng would refuse or that this
 * reader is not sure of answers null, and the caller asks sharp, which also gives a bad file its reason.
 */
import { crc32 } from 'node:zlib';
import { tiffOrientation } from './exifOrientation.ts';
import type { StoredImageHeader } from './imageHeader.ts';
import { isPng } from './pngDecode.ts';

/** Bit depths libpng accepts for each colour type (grey, RGB, palette, grey + alpha, RGBA). */
const DEPTHS: Readonly<Record<number, readonly number[]>> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
/** libpng's default limit: wider or taller images are left to sharp. */
const MAX_SIDE = 1_000_000;

/**
 * The stored header ('truncated' when the bytes end before the first IDAT: read more), or null when this
 * reader is not sure (not a PNG, a bad IHDR, PLTE or eXIf, an unknown critical chunk, no IDAT).
 */
export function pngHeader(bytes: Uint8Array): StoredImageHeader | 'truncated' | null {
  if (!isPng(bytes)) return null;
  if (bytes.length < 33) return 'truncated';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(8) !== 13 || chunkType(bytes, 8) !== 'IHDR' || !crcMatches(bytes, view, 8, 13)) return null;
  const width = view.getUint32(16), height = view.getUint32(20);
  const [depth, colour, compression, filter, interlace] = bytes.subarray(24, 29);
  if (!width || !height || width > MAX_SIDE || height > MAX_SIDE) return null;
  if (!DEPTHS[colour]?.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1) return null;
  let palette = false, orientation = 1, exif = false;
  for (let at = 33; ;) {
    if (at + 8 > bytes.length) return 'truncated';
    const length = view.getUint32(at);
    const type = chunkType(bytes, at);
    // libpng refuses a length over 2^31 - 1 (png_get_uint_31), even the first IDAT's; others it reads later.
    if (!/^[A-Za-z]{4}$/.test(type) || length > 0x7fffffff) return null;
    if (type === 'IDAT') break;
    if (at + 12 + length > bytes.length) return 'truncated';
    if (type === 'PLTE') {
      // Only in a palette file here (libpng ignores or refuses it elsewhere): 1 to 2^depth entries, once.
      if (palette || colour !== 3 || length % 3 || !length || length / 3 > 1 << depth || !crcMatches(bytes, view, at, length)) return null;
      palette = true;
    } else if (type === 'eXIf') {
      if (exif || !crcMatches(bytes, view, at, length)) return null;
      exif = true;
      orientation = tiffOrientation(bytes.subarray(at + 8, at + 8 + length));
      if (orientation === 0) return null;
    } else if (type.charCodeAt(0) < 0x61) {
      return null; // IHDR again, IEND before any IDAT, or a critical chunk libpng does not know
    }
    at += 12 + length;
  }
  if (colour === 3 && !palette) return null;
  return { width, height, colourBands: colour === 2 || colour === 3 || colour === 6, orientation };
}

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
}

function crcMatches(bytes: Uint8Array, view: DataView, at: number, length: number): boolean {
  return crc32(bytes.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length);
}
