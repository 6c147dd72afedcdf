/**
 * A fast path for small baseline JPEG files, decoded here instead of through a libvips pipeline, whose fixed
 * cost (~1.2 ms of CPU a file, whatever its size) is most of a small file's decode and, on a machine whose
 * cores all train, slows the epoch that reads a folder (issue 17, item 4).
 *
 * The pixels must be the ones sharp gives (its libvips reads JPEG with mozjpeg, i.e. libjpeg-turbo's decoder,
 * default settings), so this is that decoder's arithmetic, step for step:
 * - the "islow" integer IDCT (jidctint.c: 13-bit constants, 2 extra bits between the passes), samples limited
 *   to 0…255;
 * - "fancy" chroma upsampling (jdsample.c): the triangle filter with its alternating rounding, edge samples
 *   repeated, for 2×1 and 2×2 subsampling when the chroma plane is more than 2 samples wide (else repetition);
 * - YCbCr → RGB with jdcolor.c's 16-bit fixed-point tables.
 * libjpeg-turbo's SIMD code gives the same bytes as its C code for valid data; where they could differ (a
 * dequantized coefficient or an IDCT intermediate outside 16 bits, an IDCT result far outside 0…255: only
 * corrupt or hand-made files) this path answers null.
 *
 * It answers null — and the caller decodes the file with sharp as before, which also gives corrupt files their
 * reason — for anything else: progressive, arithmetic-coded, 12-bit, lossless or hierarchical files; colour
 * spaces other than YCbCr and grey (Adobe RGB/CMYK, 'R','G','B' component ids); subsampling other than 4:4:4,
 * 4:2:2, 4:2:0; EXIF orientation other than 1; and any irregularity libjpeg would warn about (data running
 * out, a bad Huffman code, a missing restart marker, extra bytes before a marker).
 * jpegDecode.test.ts compares the bytes with sharp's.
 */
import { exifOrientation } from './exifOrientation.ts';
import { toRgb } from './jpegColour.ts';
import { idctIslow } from './jpegIdct.ts';

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

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** Zigzag position → natural (row-major) position in an 8×8 block. */
const NATURAL = Uint8Array.from([
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21,
  28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61,
  54, 47, 55, 62, 63,
]);

interface Component {
  readonly id: number;
  readonly h: number;
  readonly v: number;
  readonly tq: number;
  /** Blocks per row and rows of blocks in the plane (MCU-padded when interleaved). */
  blocksW: number;
  blocksH: number;
  /** The samples, blocksW·8 wide (clamped: the IDCT's stores limit to 0…255). */
  plane: Uint8ClampedArray;
  dc: number;
  dcTable: HuffmanTable | undefined;
  acTable: HuffmanTable | undefined;
}

/** A Huffman table: 9-bit lookahead (length << 8 | value, 0 = longer code) and the slow path's limits. */
interface HuffmanTable {
  readonly lookup: Uint16Array;
  readonly maxCode: Int32Array;
  readonly valOffset: Int32Array;
  readonly values: Uint8Array;
}

const LOOKAHEAD = 9;

/** jdhuff.c's derived table; null for a table libjpeg would call bogus. */
function buildHuffman(counts: Uint8Array, values: Uint8Array): HuffmanTable | null {
  const maxCode = new Int32Array(18).fill(-1);
  const valOffset = new Int32Array(18);
  const lookup = new Uint16Array(1 << LOOKAHEAD);
  let code = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    const n = counts[len - 1];
    valOffset[len] = k - code;
    for (let i = 0; i < n; i++, k++, code++) {
      if (len <= LOOKAHEAD) {
        const shift = LOOKAHEAD - len;
        for (let j = 0; j < 1 << shift; j++) lookup[(code << shift) | j] = (len << 8) | values[k];
      }
    }
    if (n > 0) maxCode[len] = code - 1;
    // A code of `len` bits cannot reach 2^len: the table would be bogus (jdhuff.c's check).
    if (code > 1 << len) return null;
    code <<= 1;
  }
  maxCode[17] = 0x7fffffff;
  return { lookup, maxCode, valOffset, values };
}

/** Why decoding stopped: not a failure of the file, only of this path. */
class NotHandled extends Error {}
const notHandled = new NotHandled();

/** The file's pixels (rows top to bottom, RGB bytes), or null when this path does not handle it. */
export function decodeSmallJpeg(bytes: Uint8Array): DecodedJpeg | null {
  try {
    return decode(bytes);
  } catch (err) {
    if (err === notHandled) return null;
    throw err;
  }
}

function decode(bytes: Uint8Array): DecodedJpeg {
  if (!isJpeg(bytes)) throw notHandled;
  const quant: (Int32Array | undefined)[] = [];
  const dcTables: (HuffmanTable | undefined)[] = [];
  const acTables: (HuffmanTable | undefined)[] = [];
  let components: Component[] = [];
  let width = 0, height = 0, restartInterval = 0;
  let sawJfif = false, adobeTransform = -1, scanned = false, checkedExif = false;
  let pos = 2;
  const u16 = (at: number) => (bytes[at] << 8) | bytes[at + 1];
  for (;;) {
    if (pos >= bytes.length || bytes[pos] !== 0xff) throw notHandled;
    while (bytes[pos] === 0xff) pos++; // fill bytes
    if (pos >= bytes.length) throw notHandled;
    const marker = bytes[pos++];
    if (marker === 0xd9) {
      if (!scanned) throw notHandled;
      break;
    }
    if (scanned) throw notHandled; // one scan, then EOI: anything else (DNL, a second scan …) goes to sharp
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
    } else if (marker === 0xc0 || marker === 0xc1) {
      if (components.length || length < 8) throw notHandled;
      const precision = bytes[start];
      height = u16(start + 1);
      width = u16(start + 3);
      const n = bytes[start + 5];
      if (precision !== 8 || !width || !height || width * height > FAST_JPEG_MAX_PIXELS || (n !== 1 && n !== 3) || length !== 8 + 3 * n) throw notHandled;
      for (let i = 0; i < n; i++) {
        const at = start + 6 + 3 * i;
        const h = bytes[at + 1] >> 4, v = bytes[at + 1] & 15;
        if (h < 1 || h > 4 || v < 1 || v > 4 || bytes[at + 2] > 3) throw notHandled;
        components.push({ id: bytes[at], h, v, tq: bytes[at + 2], blocksW: 0, blocksH: 0, plane: new Uint8ClampedArray(0), dc: 0, dcTable: undefined, acTable: undefined });
      }
    } else if (marker === 0xda) {
      if (!components.length) throw notHandled;
      const ns = bytes[start];
      if (ns !== components.length || length !== 6 + 2 * ns) throw notHandled;
      const order: Component[] = [];
      for (let i = 0; i < ns; i++) {
        const comp = components.find((c) => c.id === bytes[start + 1 + 2 * i]);
        if (!comp || order.includes(comp)) throw notHandled;
        comp.dcTable = dcTables[bytes[start + 2 + 2 * i] >> 4];
        comp.acTable = acTables[bytes[start + 2 + 2 * i] & 15];
        if (!comp.dcTable || !comp.acTable || !quant[comp.tq]) throw notHandled;
        order.push(comp);
      }
      const ss = bytes[start + 1 + 2 * ns], se = bytes[start + 2 + 2 * ns], a = bytes[start + 3 + 2 * ns];
      if (ss !== 0 || se !== 63 || a !== 0) throw notHandled;
      components = checkColour(components, sawJfif, adobeTransform);
      pos = decodeScan(bytes, end, order, components, quant as Int32Array[], width, height, restartInterval);
      scanned = true;
      continue;
    } else {
      // Progressive, lossless, arithmetic, hierarchical, JPEG-LS, stray restart markers: sharp's.
      throw notHandled;
    }
    pos = end;
  }
  return { data: toRgb(components, width, height), width, height, channels: 3 };
}

/** libjpeg's colour-space guess (jdapimin.c): only YCbCr (and grey) stay on this path; supported sampling only. */
function checkColour(components: Component[], sawJfif: boolean, adobeTransform: number): Component[] {
  if (components.length === 1) return components;
  if (!sawJfif) {
    if (adobeTransform >= 0 && adobeTransform !== 1) throw notHandled;
    if (adobeTransform < 0 && components[0].id === 82 && components[1].id === 71 && components[2].id === 66) throw notHandled;
  }
  const [y, cb, cr] = components;
  if (cb.h !== 1 || cb.v !== 1 || cr.h !== 1 || cr.v !== 1) throw notHandled;
  if (!((y.h === 1 && y.v === 1) || (y.h === 2 && y.v === 1) || (y.h === 2 && y.v === 2))) throw notHandled;
  return components;
}

/**
 * The entropy-coded data's bit reader: whole bytes (0xFF00 is a stuffed 0xFF); at a marker (or the end of the
 * bytes) it gives zero bits, counted in `pad`, as libjpeg does; an interval that used any of them is not handled.
 */
class BitReader {
  buf = 0;
  count = 0;
  pad = 0;
  atMarker = false;
  constructor(readonly bytes: Uint8Array, public pos: number) {}

  fill(): void {
    const bytes = this.bytes;
    while (this.count <= 24) {
      let b = 0;
      if (!this.atMarker && this.pos < bytes.length) {
        b = bytes[this.pos];
        if (b !== 0xff) this.pos++;
        else if (bytes[this.pos + 1] === 0) this.pos += 2;
        else {
          this.atMarker = true;
          b = 0;
        }
      } else this.atMarker = true;
      if (this.atMarker) this.pad += 8;
      this.buf = (this.buf << 8) | b;
      this.count += 8;
    }
  }

  /** `n` (1…16) bits as an unsigned number. */
  bits(n: number): number {
    if (this.count < n) this.fill();
    this.count -= n;
    return (this.buf >>> this.count) & ((1 << n) - 1);
  }

  /** `s` bits as JPEG's signed value (receive and extend, F.2.2.1). */
  signed(s: number): number {
    const v = this.bits(s);
    return v < 1 << (s - 1) ? v - (1 << s) + 1 : v;
  }

  huffman(t: HuffmanTable): number {
    if (this.count < 16) this.fill();
    const e = t.lookup[(this.buf >>> (this.count - LOOKAHEAD)) & ((1 << LOOKAHEAD) - 1)];
    if (e) {
      this.count -= e >> 8;
      return e & 255;
    }
    for (let len = LOOKAHEAD + 1; len <= 16; len++) {
      const code = (this.buf >>> (this.count - len)) & ((1 << len) - 1);
      if (code <= t.maxCode[len]) {
        this.count -= len;
        return t.values[code + t.valOffset[len]];
      }
    }
    throw notHandled; // no such code
  }

  /** Ends an interval: no zero bits used, no whole byte left over. Returns the position of the 0xFF starting the next marker. */
  finish(): number {
    const left = this.count - this.pad;
    if (left < 0 || left >= 8) throw notHandled;
    const bytes = this.bytes;
    if (!this.atMarker && (this.pos >= bytes.length || bytes[this.pos] !== 0xff || bytes[this.pos + 1] === 0)) throw notHandled;
    this.buf = this.count = this.pad = 0;
    this.atMarker = false;
    return this.pos;
  }
}

/** Decodes the scan's entropy-coded data into each component's plane; returns the position of the marker after it. */
function decodeScan(
  bytes: Uint8Array, dataStart: number, order: Component[], components: Component[], quant: Int32Array[],
  width: number, height: number, restartInterval: number,
): number {
  const hmax = Math.max(...components.map((c) => c.h));
  const vmax = Math.max(...components.map((c) => c.v));
  const interleaved = order.length > 1;
  const mcusX = interleaved ? Math.ceil(width / (8 * hmax)) : Math.ceil(Math.ceil((width * order[0].h) / hmax) / 8);
  const mcusY = interleaved ? Math.ceil(height / (8 * vmax)) : Math.ceil(Math.ceil((height * order[0].v) / vmax) / 8);
  for (const c of components) {
    c.blocksW = interleaved ? mcusX * c.h : mcusX;
    c.blocksH = interleaved ? mcusY * c.v : mcusY;
    c.plane = new Uint8ClampedArray(c.blocksW * c.blocksH * 64);
  }
  const reader = new BitReader(bytes, dataStart);
  const coef = new Int32Array(64);
  const work = new Int32Array(64);
  const total = mcusX * mcusY;
  let restarts = 0;
  for (let m = 0; m < total; m++) {
    if (restartInterval && m > 0 && m % restartInterval === 0) {
      let p = reader.finish();
      while (bytes[p] === 0xff) p++;
      if (bytes[p] !== 0xd0 + (restarts & 7)) throw notHandled;
      restarts++;
      reader.pos = p + 1;
      for (const c of components) c.dc = 0;
    }
    const mx = m % mcusX, my = (m - mx) / mcusX;
    if (interleaved) {
      for (const c of order) {
        for (let v = 0; v < c.v; v++) for (let h = 0; h < c.h; h++) decodeBlock(reader, c, quant[c.tq], coef, work, mx * c.h + h, my * c.v + v);
      }
    } else decodeBlock(reader, order[0], quant[order[0].tq], coef, work, mx, my);
  }
  return reader.finish();
}

/** One block's coefficients (F.2.2), dequantized, through the IDCT into the component's plane at block (bx, by). */
function decodeBlock(reader: BitReader, c: Component, q: Int32Array, coef: Int32Array, work: Int32Array, bx: number, by: number): void {
  coef.fill(0);
  const t = reader.huffman(c.dcTable!);
  if (t > 11) throw notHandled;
  if (t) c.dc += reader.signed(t);
  coef[0] = c.dc * q[0];
  const ac = c.acTable!;
  for (let k = 1; k < 64; k++) {
    const rs = reader.huffman(ac);
    const r = rs >> 4, s = rs & 15;
    if (s) {
      k += r;
      if (k > 63 || s > 10) throw notHandled;
      const z = NATURAL[k];
      coef[z] = reader.signed(s) * q[z];
    } else if (r === 15) {
      k += 15;
    } else break;
  }
  const stride = c.blocksW * 8;
  if (!idctIslow(coef, work, c.plane, by * 8 * stride + bx * 8, stride)) throw notHandled;
}

