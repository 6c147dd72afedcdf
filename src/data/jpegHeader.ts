/**
 * A JPEG's size, colour and EXIF orientation from its header bytes, without libvips: the segments up to the
 * first scan checked as libjpeg's jpeg_read_header checks them (jdmarker.c, jdinput.c initial_setup), so a
 * header libvips would refuse is never answered here. Anything unusual answers null and the caller asks
 * sharp, which also gives a bad file its reason.
 */
import { segmentsOrientation } from './exifOrientation.ts';
import type { StoredImageHeader } from './imageHeader.ts';
import { jpegSegments, type JpegSegment } from './jpegSegments.ts';

/** SOF kinds libjpeg reads a header of: baseline, extended, progressive, lossless, and their arithmetic-coded forms. */
const READABLE_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc9, 0xca, 0xcb]);
/** SOF kinds it refuses (hierarchical): sharp gives those their reason. */
const OTHER_SOF = new Set([0xc5, 0xc6, 0xc7, 0xcd, 0xce, 0xcf]);
/** libjpeg's JPEG_MAX_DIMENSION. */
const MAX_DIMENSION = 65500;

interface Frame {
  readonly width: number;
  readonly height: number;
  readonly ids: readonly number[];
}

/**
 * The stored header ('truncated' when the bytes end before the first scan: read more), or null when this
 * reader is not sure (not a JPEG, a malformed or unusual header, a damaged EXIF block).
 */
export function jpegHeader(bytes: Uint8Array): StoredImageHeader | 'truncated' | null {
  const walk = jpegSegments(bytes);
  if (!walk || walk.end === 'malformed') return null;
  if (walk.end === 'truncated') return 'truncated';
  let frame: Frame | null = null;
  for (const { marker, body } of walk.segments) {
    if (READABLE_SOF.has(marker)) {
      if (frame) return null;
      frame = readFrame(body);
      if (!frame) return null;
    } else if (OTHER_SOF.has(marker)) {
      return null;
    } else if (marker === 0xda) {
      if (!frame || !scanMatches(body, frame)) return null;
    } else if (!segmentIsSound(marker, body)) {
      return null;
    }
  }
  const orientation = segmentsOrientation(walk.segments);
  if (!frame || orientation === 0) return null;
  return { width: frame.width, height: frame.height, colourBands: frame.ids.length >= 3, orientation };
}

/** SOFn: 8-bit samples, 1 (grey), 3 or 4 (CMYK) components with sampling factors 1–4, distinct ids. */
function readFrame(b: JpegSegment['body']): Frame | null {
  if (b.length < 6 || b[0] !== 8) return null;
  const height = (b[1] << 8) | b[2];
  const width = (b[3] << 8) | b[4];
  const n = b[5];
  if (!width || !height || width > MAX_DIMENSION || height > MAX_DIMENSION) return null;
  if ((n !== 1 && n !== 3 && n !== 4) || b.length !== 6 + 3 * n) return null;
  const ids: number[] = [];
  for (let c = 0; c < n; c++) {
    const id = b[6 + 3 * c], h = b[7 + 3 * c] >> 4, v = b[7 + 3 * c] & 15;
    if (ids.includes(id) || h < 1 || h > 4 || v < 1 || v > 4 || b[8 + 3 * c] > 3) return null;
    ids.push(id);
  }
  return { width, height, ids };
}

/** SOS: 1–4 distinct components of the frame, and the length that says so. */
function scanMatches(b: JpegSegment['body'], frame: Frame): boolean {
  const n = b[0];
  if (n < 1 || n > 4 || b.length !== 4 + 2 * n) return false;
  const seen = new Set<number>();
  for (let c = 0; c < n; c++) {
    const id = b[1 + 2 * c];
    if (!frame.ids.includes(id) || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

/** The table segments libjpeg parses in a header, checked as it checks them; others (APPn, COM, DNL) it skips. */
function segmentIsSound(marker: number, b: JpegSegment['body']): boolean {
  switch (marker) {
    case 0xdb: // DQT: tables of 64 bytes (8-bit) or 128 (16-bit), ids 0–3, filling the segment exactly
      for (let at = 0; at < b.length;) {
        const precision = b[at] >> 4;
        if (precision > 1 || (b[at] & 15) > 3) return false;
        at += 1 + 64 * (precision + 1);
        if (at > b.length) return false;
      }
      return true;
    case 0xc4: // DHT: class 0/1, ids 0–3, at most 256 symbols, filling the segment exactly
      for (let at = 0; at < b.length;) {
        if (b[at] >> 4 > 1 || (b[at] & 15) > 3 || at + 17 > b.length) return false;
        let symbols = 0;
        for (let i = 1; i <= 16; i++) symbols += b[at + i];
        if (symbols > 256) return false;
        at += 17 + symbols;
        if (at > b.length) return false;
      }
      return true;
    case 0xcc: // DAC: (table, value) pairs, tables 0–31, a DC table's lower bound not above its upper
      if (b.length % 2) return false;
      for (let at = 0; at < b.length; at += 2) {
        if (b[at] >= 32 || (b[at] < 16 && (b[at + 1] & 15) > b[at + 1] >> 4)) return false;
      }
      return true;
    case 0xdd: // DRI
      return b.length === 2;
    default:
      return true;
  }
}
