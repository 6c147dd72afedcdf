/**
 * A JPEG scan's entropy-coded data into quantized coefficients, as libjpeg's Huffman decoders (jdhuff.c for
 * sequential scans, jdphuff.c for progressive ones) read it: sequential (every coefficient at once), and the
 * four progressive kinds (DC first and refinement, AC first and refinement with end-of-band runs), restart
 * markers included. Whatever libjpeg would warn about or refuse — a bad code, data running out, a missing
 * restart marker, extra bytes before a marker, a bogus progression — throws {@link notHandled}: the caller
 * leaves the file to sharp.
 */

/** Why decoding stopped: not a failure of the file, only of this path. */
export class NotHandled extends Error {}
export const notHandled = new NotHandled('not handled without libvips');

/** Zigzag position → natural (row-major) position in an 8×8 block. */
export const NATURAL = Uint8Array.from([
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21,
  28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61,
  54, 47, 55, 62, 63,
]);

/** A Huffman table: 9-bit lookahead (length << 8 | value, 0 = longer code) and the slow path's limits. */
export interface HuffmanTable {
  readonly lookup: Uint16Array;
  readonly maxCode: Int32Array;
  readonly valOffset: Int32Array;
  readonly values: Uint8Array;
}

const LOOKAHEAD = 9;

/** jdhuff.c's derived table; null for a table libjpeg would call bogus. */
export function buildHuffman(counts: Uint8Array, values: Uint8Array): HuffmanTable | null {
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

/** A frame's component as the scans fill it. */
export interface JpegComponent {
  readonly id: number;
  readonly h: number;
  readonly v: number;
  readonly tq: number;
  /** Blocks per row and rows of blocks stored (MCU-padded when the frame has several components). */
  readonly blocksW: number;
  readonly blocksH: number;
  /** The blocks a scan of this component alone covers: ⌈component size / 8⌉ each way. */
  readonly usedW: number;
  readonly usedH: number;
  /** Quantized coefficients, 64 a block in natural order, blocks row by row. */
  readonly coefs: Int32Array;
  /** Per coefficient, the bit position reached so far (-1: never sent), as libjpeg's coef_bits. */
  readonly coefBits: Int8Array;
  /** Set by each scan that includes the component. */
  dc: number;
  dcTable: HuffmanTable | undefined;
  acTable: HuffmanTable | undefined;
}

export interface Scan {
  /** In the scan's order. */
  readonly components: readonly JpegComponent[];
  readonly progressive: boolean;
  readonly ss: number;
  readonly se: number;
  readonly ah: number;
  readonly al: number;
  readonly restartInterval: number;
  /** The frame's MCUs per row and rows of MCUs (used when the scan has several components). */
  readonly mcusX: number;
  readonly mcusY: number;
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

/** A coefficient as libjpeg stores it (JCOEF, 16 bits); larger ones (corrupt data) are not handled. */
function coefficient(v: number): number {
  if (v > 32767 || v < -32768) throw notHandled;
  return v;
}

/**
 * Decodes one scan starting at `dataStart` into its components' coefficients, after libjpeg's checks of the
 * progression (jdphuff.c start_pass_phuff_decoder). Returns the position of the marker that follows.
 */
export function decodeScan(bytes: Uint8Array, dataStart: number, scan: Scan): number {
  const { components, progressive, ss, se, ah, al, restartInterval } = scan;
  if (progressive) checkProgression(scan);
  else if (ss !== 0 || se !== 63 || ah !== 0 || al !== 0) throw notHandled; // libjpeg warns: not sequential
  const needDc = !progressive || (ss === 0 && ah === 0);
  const needAc = !progressive || ss > 0;
  for (const c of components) if ((needDc && !c.dcTable) || (needAc && !c.acTable)) throw notHandled;

  const reader = new BitReader(bytes, dataStart);
  const block = new BlockDecoder(reader, scan);
  const single = components.length === 1;
  const mcusX = single ? components[0].usedW : scan.mcusX;
  const total = single ? components[0].usedW * components[0].usedH : scan.mcusX * scan.mcusY;
  for (const c of components) c.dc = 0;
  let restarts = 0;
  for (let m = 0; m < total; m++) {
    if (restartInterval && m > 0 && m % restartInterval === 0) {
      let p = reader.finish();
      while (bytes[p] === 0xff) p++;
      if (bytes[p] !== 0xd0 + (restarts & 7)) throw notHandled;
      restarts++;
      reader.pos = p + 1;
      for (const c of components) c.dc = 0;
      block.restart();
    }
    const mx = m % mcusX, my = (m - mx) / mcusX;
    if (single) {
      const c = components[0];
      block.decode(c, (my * c.blocksW + mx) * 64);
      continue;
    }
    for (const c of components) {
      for (let v = 0; v < c.v; v++) {
        for (let h = 0; h < c.h; h++) block.decode(c, ((my * c.v + v) * c.blocksW + mx * c.h + h) * 64);
      }
    }
  }
  return reader.finish();
}

/** jdphuff.c's checks: structural errors make libjpeg fail the file, bogus progressions make it warn. */
function checkProgression({ components, ss, se, ah, al }: Scan): void {
  if (ss === 0 ? se !== 0 : ss > se || se > 63 || components.length !== 1) throw notHandled;
  if ((ah !== 0 && al !== ah - 1) || al > 13) throw notHandled;
  for (const c of components) {
    if (ss > 0 && c.coefBits[0] < 0) throw notHandled; // AC before DC
    for (let k = ss; k <= se; k++) {
      if (ah !== Math.max(0, c.coefBits[k])) throw notHandled;
      c.coefBits[k] = al;
    }
  }
}

/** The block decoders of ITU T.81 F.2.2 (sequential) and G.1.2 (progressive), one scan's state. */
class BlockDecoder {
  private eobrun = 0;
  private readonly p1: number;
  private readonly m1: number;
  /** 0 sequential, 1 DC first, 2 DC refinement, 3 AC first, 4 AC refinement. */
  readonly kind: number;

  constructor(private readonly reader: BitReader, { progressive, ss, se, ah, al }: Scan) {
    this.kind = !progressive ? 0 : ss === 0 ? (ah === 0 ? 1 : 2) : ah === 0 ? 3 : 4;
    this.ss = ss;
    this.se = se;
    this.al = al;
    this.p1 = 1 << al;
    this.m1 = -1 << al;
  }

  private readonly ss: number;
  private readonly se: number;
  private readonly al: number;

  restart(): void {
    this.eobrun = 0;
  }

  decode(c: JpegComponent, at: number): void {
    switch (this.kind) {
      case 0: return this.sequential(c, at);
      case 1: return this.dcFirst(c, at);
      case 2: return this.dcRefine(c, at);
      case 3: return this.acFirst(c, at);
      default: return this.acRefine(c, at);
    }
  }

  private dcDiff(c: JpegComponent): number {
    const t = this.reader.huffman(c.dcTable!);
    if (t > 11) throw notHandled;
    if (t) c.dc += this.reader.signed(t);
    return c.dc;
  }

  private sequential(c: JpegComponent, at: number): void {
    const { reader } = this;
    const coefs = c.coefs;
    coefs[at] = coefficient(this.dcDiff(c));
    const ac = c.acTable!;
    for (let k = 1; k < 64; k++) {
      const rs = reader.huffman(ac);
      const r = rs >> 4, s = rs & 15;
      if (s) {
        k += r;
        if (k > 63 || s > 10) throw notHandled;
        coefs[at + NATURAL[k]] = reader.signed(s);
      } else if (r === 15) {
        k += 15;
      } else break;
    }
  }

  private dcFirst(c: JpegComponent, at: number): void {
    c.coefs[at] = coefficient(this.dcDiff(c) * this.p1);
  }

  private dcRefine(c: JpegComponent, at: number): void {
    if (this.reader.bits(1)) c.coefs[at] |= this.p1;
  }

  private acFirst(c: JpegComponent, at: number): void {
    if (this.eobrun > 0) {
      this.eobrun--;
      return;
    }
    const { reader, se } = this;
    const coefs = c.coefs;
    const ac = c.acTable!;
    for (let k = this.ss; k <= se; k++) {
      const rs = reader.huffman(ac);
      const r = rs >> 4, s = rs & 15;
      if (s) {
        k += r;
        if (k > se || s > 10) throw notHandled;
        coefs[at + NATURAL[k]] = coefficient(reader.signed(s) * this.p1);
      } else if (r === 15) {
        k += 15;
      } else {
        this.eobrun = (1 << r) - 1;
        if (r) this.eobrun += reader.bits(r);
        break;
      }
    }
  }

  /** A correction bit for an already-nonzero coefficient: its magnitude grows by p1 when the bit is 1. */
  private refine(coefs: Int32Array, z: number): void {
    if (this.reader.bits(1) && (coefs[z] & this.p1) === 0) coefs[z] += coefs[z] >= 0 ? this.p1 : this.m1;
  }

  private acRefine(c: JpegComponent, at: number): void {
    const { reader, se } = this;
    const coefs = c.coefs;
    let k = this.ss;
    if (this.eobrun === 0) {
      const ac = c.acTable!;
      for (; k <= se; k++) {
        const rs = reader.huffman(ac);
        let r = rs >> 4;
        let s = rs & 15;
        if (s) {
          if (s !== 1) throw notHandled; // libjpeg warns: bad code
          s = reader.bits(1) ? this.p1 : this.m1;
        } else if (r !== 15) {
          this.eobrun = 1 << r;
          if (r) this.eobrun += reader.bits(r);
          break; // the rest of the block is the end-of-band run's
        }
        // Past already-nonzero coefficients (each gets its correction bit) and r zero ones.
        for (; k <= se; k++) {
          const z = at + NATURAL[k];
          if (coefs[z] !== 0) this.refine(coefs, z);
          else if (--r < 0) break;
        }
        if (s) {
          if (k > se) throw notHandled;
          coefs[at + NATURAL[k]] = s;
        }
      }
    }
    if (this.eobrun > 0) {
      for (; k <= se; k++) {
        const z = at + NATURAL[k];
        if (coefs[z] !== 0) this.refine(coefs, z);
      }
      this.eobrun--;
    }
  }
}
