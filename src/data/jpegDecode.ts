/**
 * A fast path for small JPEG files (sequential or progressive, Huffman-coded), decoded here instead of through a
 * libvips pipeline, whose fixed cost (~1.2 ms of CPU a file, whatever its size) is most of a small file's decode
 * and, on a machine whose cores all train, slows the epoch that reads a folder (issue 17, item 4).
 *
 * The pixels must be the ones sharp gives (its libvips reads JPEG with mozjpeg, i.e. libjpeg-turbo's decoder,
 * default settings), so this is that decoder's arithmetic, step for step: the scans into coefficients
 * (jpegScan.ts), the "islow" integer IDCT (jpegIdct.ts), fancy chroma upsampling and YCbCr → RGB (jpegColour.ts).
 * libjpeg-turbo's SIMD code gives the same bytes as its C code for valid data; where they could differ (a
 * dequantized coefficient or an IDCT intermediate outside 16 bits, an IDCT result far outside 0…255: only
 * corrupt or hand-made files) this path answers null.
 *
 * It answers null — and the caller decodes the file with sharp as before, which also gives corrupt files their
 * reason — for anything else: arithmetic-coded, 12-bit, lossless or hierarchical files; colour spaces other
 * than YCbCr and grey (Adobe RGB/CMYK, 'R','G','B' component ids); subsampling other than 4:4:4, 4:2:2, 4:2:0;
 * EXIF orientation other than 1; a progressive file whose coefficients are not all complete (libjpeg would smooth
 * its blocks); and any irregularity libjpeg would warn about (data running out, a bad Huffman code, a missing
 * restart marker, extra bytes before a marker, a bogus progression). jpegDecode.test.ts compares the bytes with
 * sharp's.
 */
import { exifOrientation } from './exifOrientation.ts';
import { toRgb } from './jpegColour.ts';
import { idctIslow } from './jpegIdct.ts';
import { buildHuffman, decodeScan, NATURAL, notHandled, type HuffmanTable, type JpegComponent } from './jpegScan.ts';
import { isJpeg } from './jpegSegments.ts';

export interface DecodedJpeg {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** Always 3: grey files are given as R = G = B, as libvips' conversion to sRGB gives them. */
  readonly channels: 3;
}

/**
 * Pictures up to this many pixels (256 × 256) take this path: about 0.2 ms of CPU at 64 × 64 against libvips'
 * 0.7–1.8, even at 256 × 256; larger ones decode faster in libjpeg-turbo's SIMD code.
 */
export const FAST_JPEG_MAX_PIXELS = 1 << 16;

/**
 * The file's pixels (rows top to bottom, RGB bytes), or null when this path does not handle it. Any other
 * error here answers null too: sharp then decodes the file, so a fault of this path never costs a good image.
 */
export function decodeSmallJpeg(bytes: Uint8Array): DecodedJpeg | null {
  try {
    return decode(bytes);
  } catch {
    return null;
  }
}

function decode(bytes: Uint8Array): DecodedJpeg {
  if (!isJpeg(bytes)) throw notHandled;
  const quant: (Int32Array | undefined)[] = [];
  const dcTables: (HuffmanTable | undefined)[] = [];
  const acTables: (HuffmanTable | undefined)[] = [];
  let frame: Frame | undefined;
  let restartInterval = 0;
  let sawJfif = false, adobeTransform = -1, checkedExif = false;
  let pos = 2;
  const u16 = (at: number) => (bytes[at] << 8) | bytes[at + 1];
  for (;;) {
    if (pos >= bytes.length || bytes[pos] !== 0xff) throw notHandled;
    while (bytes[pos] === 0xff) pos++; // fill bytes
    if (pos >= bytes.length) throw notHandled;
    const marker = bytes[pos++];
    if (marker === 0xd9) break;
    if (pos + 2 > bytes.length) throw notHandled;
    const length = u16(pos);
    const start = pos + 2;
    const end = pos + length;
    if (length < 2 || end > bytes.length) throw notHandled;
    if (marker === 0xe0) {
      if (length >= 7 && bytes[start] === 0x4a && bytes[start + 1] === 0x46 && bytes[start + 2] === 0x49 && bytes[start + 3] === 0x46 && bytes[start + 4] === 0) sawJfif = true;
    } else if (marker === 0xe1) {
      // EXIF: a rotated or mirrored picture (or one whose orientation is unsure) is left to libvips' autoOrient.
      if (!checkedExif && exifOrientation(bytes) !== 1) throw notHandled;
      checkedExif = true;
    } else if (marker === 0xee) {
      if (length >= 14 && String.fromCharCode(...bytes.subarray(start, start + 5)) === 'Adobe') adobeTransform = bytes[start + 11];
    } else if ((marker >= 0xe2 && marker <= 0xef) || marker === 0xfe) {
      // Other application data and comments: no pixel information.
    } else if (marker === 0xdb) {
      for (let at = start; at < end;) {
        const pq = bytes[at] >> 4, tq = bytes[at] & 15;
        if (pq > 1 || tq > 3 || at + 1 + 64 * (pq + 1) > end) throw notHandled;
        const table = new Int32Array(64);
        for (let i = 0; i < 64; i++) {
          const q = pq ? u16(at + 1 + 2 * i) : bytes[at + 1 + i];
          // libjpeg-turbo's SIMD IDCT multiplies in 16 bits.
          if (q > 32767) throw notHandled;
          table[NATURAL[i]] = q;
        }
        quant[tq] = table;
        at += 1 + 64 * (pq + 1);
      }
    } else if (marker === 0xc4) {
      for (let at = start; at < end;) {
        if (at + 17 > end) throw notHandled;
        const tc = bytes[at] >> 4, th = bytes[at] & 15;
        const counts = bytes.subarray(at + 1, at + 17);
        let total = 0;
        for (const c of counts) total += c;
        if (tc > 1 || th > 3 || total > 256 || at + 17 + total > end) throw notHandled;
        const values = bytes.slice(at + 17, at + 17 + total);
        // libjpeg refuses a DC table with a symbol over 15 even if it is never used (and sharp fails the file).
        const table = tc === 0 && values.some((v) => v > 15) ? null : buildHuffman(counts, values);
        if (!table) throw notHandled;
        (tc === 0 ? dcTables : acTables)[th] = table;
        at += 17 + total;
      }
    } else if (marker === 0xdd) {
      if (length !== 4) throw notHandled;
      restartInterval = u16(start);
    } else if (marker === 0xc0 || marker === 0xc1 || marker === 0xc2) {
      if (frame) throw notHandled;
      frame = readFrame(bytes.subarray(start, end), marker === 0xc2);
    } else if (marker === 0xda) {
      if (!frame) throw notHandled;
      if (!frame.scans) checkColour(frame.components, sawJfif, adobeTransform);
      const ns = bytes[start];
      if (ns < 1 || ns > frame.components.length || length !== 6 + 2 * ns) throw notHandled;
      const components: JpegComponent[] = [];
      for (let i = 0; i < ns; i++) {
        const c = frame.components.find((x) => x.id === bytes[start + 1 + 2 * i]);
        if (!c || components.includes(c)) throw notHandled;
        c.dcTable = dcTables[bytes[start + 2 + 2 * i] >> 4];
        c.acTable = acTables[bytes[start + 2 + 2 * i] & 15];
        // libjpeg latches a component's quantization table at its first scan.
        const k = frame.components.indexOf(c);
        frame.quant[k] ??= quant[c.tq];
        if (!frame.quant[k]) throw notHandled;
        if (!frame.progressive && frame.scanned[k]++) throw notHandled; // sequential: each component once
        components.push(c);
      }
      const a = bytes[start + 3 + 2 * ns];
      pos = decodeScan(bytes, end, {
        components, progressive: frame.progressive, ss: bytes[start + 1 + 2 * ns], se: bytes[start + 2 + 2 * ns], ah: a >> 4, al: a & 15,
        restartInterval, mcusX: frame.mcusX, mcusY: frame.mcusY,
      });
      frame.scans++;
      continue;
    } else {
      // Lossless, arithmetic, hierarchical, JPEG-LS, DNL, stray restart markers: sharp's.
      throw notHandled;
    }
    pos = end;
  }
  if (!frame || !frame.scans) throw notHandled;
  // Every coefficient of every component complete: else libjpeg smooths a progressive image's blocks, or a
  // sequential one lacks a component.
  frame.components.forEach((c, k) => {
    if (frame.progressive ? c.coefBits.some((b) => b !== 0) : !frame.scanned[k]) throw notHandled;
  });
  const planes = frame.components.map((c, k) => ({ plane: inverseDct(c, frame.quant[k]!), blocksW: c.blocksW, h: c.h, v: c.v }));
  return { data: toRgb(planes, frame.width, frame.height), width: frame.width, height: frame.height, channels: 3 };
}

interface Frame {
  readonly width: number;
  readonly height: number;
  readonly progressive: boolean;
  readonly components: JpegComponent[];
  readonly mcusX: number;
  readonly mcusY: number;
  /** Each component's quantization table, latched at its first scan. */
  readonly quant: (Int32Array | undefined)[];
  /** Sequential scans per component. */
  readonly scanned: number[];
  scans: number;
}

/** A SOF segment's body: 8-bit samples, 1 or 3 components, at most FAST_JPEG_MAX_PIXELS. */
function readFrame(body: Uint8Array, progressive: boolean): Frame {
  const n = body[5];
  if (body.length !== 6 + 3 * n || body[0] !== 8 || (n !== 1 && n !== 3)) throw notHandled;
  const height = (body[1] << 8) | body[2];
  const width = (body[3] << 8) | body[4];
  if (!width || !height || width * height > FAST_JPEG_MAX_PIXELS) throw notHandled;
  const factors = Array.from({ length: n }, (_, i) => ({ id: body[6 + 3 * i], h: body[7 + 3 * i] >> 4, v: body[7 + 3 * i] & 15, tq: body[8 + 3 * i] }));
  if (factors.some((f) => f.h < 1 || f.h > 4 || f.v < 1 || f.v > 4 || f.tq > 3)) throw notHandled;
  const hmax = Math.max(...factors.map((f) => f.h));
  const vmax = Math.max(...factors.map((f) => f.v));
  const mcusX = Math.ceil(width / (8 * hmax));
  const mcusY = Math.ceil(height / (8 * vmax));
  const components = factors.map((f): JpegComponent => {
    const usedW = Math.ceil(Math.ceil((width * f.h) / hmax) / 8);
    const usedH = Math.ceil(Math.ceil((height * f.v) / vmax) / 8);
    const blocksW = n > 1 ? mcusX * f.h : usedW;
    const blocksH = n > 1 ? mcusY * f.v : usedH;
    return {
      ...f, blocksW, blocksH, usedW, usedH, coefs: new Int32Array(blocksW * blocksH * 64), coefBits: new Int8Array(64).fill(-1),
      dc: 0, dcTable: undefined, acTable: undefined,
    };
  });
  return { width, height, progressive, components, mcusX, mcusY, quant: [], scanned: new Array<number>(n).fill(0), scans: 0 };
}

/** Every block of a component dequantized and through the IDCT: its samples, blocksW·8 wide. */
function inverseDct(c: JpegComponent, q: Int32Array): Uint8ClampedArray {
  const stride = c.blocksW * 8;
  const plane = new Uint8ClampedArray(stride * c.blocksH * 8);
  const work = new Int32Array(64);
  for (let by = 0, at = 0; by < c.blocksH; by++) {
    for (let bx = 0; bx < c.blocksW; bx++, at += 64) {
      if (!idctIslow(c.coefs, at, q, work, plane, by * 8 * stride + bx * 8, stride)) throw notHandled;
    }
  }
  return plane;
}

/** libjpeg's colour-space guess (jdapimin.c): only YCbCr (and grey) stay on this path; supported sampling only. */
function checkColour(components: readonly JpegComponent[], sawJfif: boolean, adobeTransform: number): void {
  if (components.length === 1) return;
  if (!sawJfif) {
    if (adobeTransform >= 0 && adobeTransform !== 1) throw notHandled;
    if (adobeTransform < 0 && components[0].id === 82 && components[1].id === 71 && components[2].id === 66) throw notHandled;
  }
  const [y, cb, cr] = components;
  if (cb.h !== 1 || cb.v !== 1 || cr.h !== 1 || cr.v !== 1) throw notHandled;
  if (!((y.h === 1 && y.v === 1) || (y.h === 2 && y.v === 1) || (y.h === 2 && y.v === 2))) throw notHandled;
}
