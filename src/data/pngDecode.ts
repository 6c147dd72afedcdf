/**
 * A fast path for small 8-bit RGB and RGBA PNG files: the zlib stream inflated by node and the rows
 * unfiltered here, instead of a libvips pipeline, whose fixed cost (~1.2 ms of CPU a file, whatever its size)
 * is most of a 64×64 file's decode and, on a machine whose cores all train, slows the epoch that reads a folder
 * (issue 17, item 4). PNG is lossless, so the bytes are the ones libvips gives (pngDecode.test.ts compares them).
 * Anything else — another colour type or depth, interlacing, a chunk that could change the pixels libvips
 * returns (transparency, EXIF orientation, …), a bad CRC, data of the wrong length — answers null, and the
 * caller decodes the file with sharp as before, which also gives corrupt files their reason.
 */
import { crc32, inflate } from 'node:zlib';
import { MAX_INPUT_PIXELS } from './decode.ts';

export interface DecodedPng {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Chunks that carry no pixel information (gamma, colour profiles, transparency, orientation: to sharp). */
const HARMLESS = new Set(['IHDR', 'IDAT', 'IEND', 'pHYs', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

function inflateTo(data: Uint8Array, length: number): Promise<Buffer | null> {
  return new Promise((done) => {
    inflate(data, { maxOutputLength: length + 1 }, (err, out) => done(err || out.length !== length ? null : out));
  });
}

/** The file's pixels (rows top to bottom, RGB or RGBA bytes), or null when this path does not handle it. */
export async function decodeSmallPng(bytes: Uint8Array): Promise<DecodedPng | null> {
  if (!isPng(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0, height = 0, channels: 3 | 4 = 3;
  const idat: Uint8Array[] = [];
  let ended = false;
  for (let at = 8; at + 12 <= bytes.length && !ended;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
    const end = at + 12 + length;
    if (end > bytes.length || !HARMLESS.has(type)) return null;
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) return null;
    if (type === 'IHDR') {
      if (at !== 8 || length !== 13) return null;
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, compression, filter, interlace] = body.subarray(8, 13);
      if (depth !== 8 || (colour !== 2 && colour !== 6) || compression !== 0 || filter !== 0 || interlace !== 0) return null;
      channels = colour === 2 ? 3 : 4;
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      ended = true;
    }
    at = end;
  }
  if (!ended || !width || !height || width * height > MAX_INPUT_PIXELS || idat.length === 0) return null;
  const stride = width * channels;
  const raw = await inflateTo(Buffer.concat(idat), height * (stride + 1));
  if (!raw) return null;
  return unfilter(raw, width, height, channels);
}

/** PNG's five row filters undone (the PNG specification, section 9), bytes per pixel = channels. */
function unfilter(raw: Uint8Array, width: number, height: number, channels: 3 | 4): DecodedPng | null {
  const stride = width * channels;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const up = row - stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[row + i - channels] : 0;
      const b = y > 0 ? out[up + i] : 0;
      const x = raw[src + i];
      let v: number;
      switch (filter) {
        case 0: v = x; break;
        case 1: v = x + a; break;
        case 2: v = x + b; break;
        case 3: v = x + ((a + b) >> 1); break;
        case 4: {
          const c = i >= channels && y > 0 ? out[up + i - channels] : 0;
          const p = a + b - c;
          const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
          v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default: return null;
      }
      out[row + i] = v & 0xff;
    }
  }
  return { data: out, width, height, channels };
}
