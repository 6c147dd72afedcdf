/**
 * The EXIF orientation a JPEG declares (IFD0 tag 0x0112), read from its bytes the way libvips reads it
 * (libexif on the APP1 "Exif\0\0" segment), so a JPEG decoded or measured without sharp is turned as sharp's
 * `autoOrient` turns it. Orientations 5–8 swap width and height.
 */
import { jpegSegments, type JpegSegment } from './jpegSegments.ts';

/** 0: these bytes cannot say for sure (see {@link exifOrientation}); ask sharp. */
export const ORIENTATION_UNSURE = 0;

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"
/** libvips takes every APP1 starting "Exif" for EXIF (jpeg2vips.c). */
const EXIF_NAME = EXIF_HEADER.slice(0, 4);
const ORIENTATION_TAG = 0x0112;
const SHORT = 3;

/**
 * A JPEG file's EXIF orientation, 1–8, from the whole file or a prefix reaching its first scan: 1 when the
 * file has no EXIF block or the block has no orientation (also for bytes that are not a JPEG).
 * {@link ORIENTATION_UNSURE} (0) when these bytes cannot say for sure, and the caller should let sharp
 * decide: the header is malformed or ends before the first scan, there are several EXIF blocks (libvips 8.18
 * reads the first), the EXIF block is damaged, or the orientation is not one SHORT from 1 to 8.
 */
export function exifOrientation(bytes: Uint8Array): number {
  const walk = jpegSegments(bytes);
  if (!walk) return 1;
  return walk.end === 'sos' ? segmentsOrientation(walk.segments) : ORIENTATION_UNSURE;
}

/** The orientation from a JPEG header's segments (as {@link exifOrientation}, once the header is walked). */
export function segmentsOrientation(segments: readonly JpegSegment[]): number {
  const exif = segments.filter((s) => s.marker === 0xe1 && startsWith(s.body, EXIF_NAME));
  if (exif.length === 0) return 1;
  if (exif.length > 1 || !startsWith(exif[0].body, EXIF_HEADER)) return ORIENTATION_UNSURE;
  return tiffOrientation(exif[0].body.subarray(EXIF_HEADER.length));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * The orientation in a TIFF-structured EXIF block (a JPEG's APP1 after "Exif\0\0", a PNG's eXIf chunk):
 * 1–8, 1 when IFD0 has no orientation tag, {@link ORIENTATION_UNSURE} when the block is damaged or the tag
 * is unusual (not one SHORT, out of range, repeated).
 */
export function tiffOrientation(tiff: Uint8Array): number {
  if (tiff.length < 8) return ORIENTATION_UNSURE;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49; // "II"
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return ORIENTATION_UNSURE; // nor "MM"
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  if (view.getUint16(2, little) !== 42) return ORIENTATION_UNSURE;
  const ifd = view.getUint32(4, little);
  if (ifd < 8 || ifd + 2 > tiff.length) return ORIENTATION_UNSURE;
  const count = view.getUint16(ifd, little);
  if (ifd + 2 + count * 12 > tiff.length) return ORIENTATION_UNSURE;
  let orientation = 1;
  let seen = false;
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (view.getUint16(entry, little) !== ORIENTATION_TAG) continue;
    if (seen || view.getUint16(entry + 2, little) !== SHORT || view.getUint32(entry + 4, little) !== 1) return ORIENTATION_UNSURE;
    seen = true;
    orientation = view.getUint16(entry + 8, little);
    if (orientation < 1 || orientation > 8) return ORIENTATION_UNSURE;
  }
  return orientation;
}
