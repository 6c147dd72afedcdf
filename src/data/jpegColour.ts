/**
 * A baseline JPEG's planes to RGB as libjpeg-turbo does it by default: "fancy" chroma upsampling (jdsample.c)
 * and YCbCr → RGB with jdcolor.c's 16-bit fixed-point tables; grey repeated into R, G and B, as libvips'
 * conversion to sRGB gives it.
 */

/** A decoded component: its samples, `blocksW`·8 wide, and its sampling factors. */
export interface Plane {
  readonly plane: Uint8ClampedArray;
  readonly blocksW: number;
  readonly h: number;
  readonly v: number;
}

/** jdcolor.c's YCbCr → RGB tables. */
const CR_R = new Int32Array(256), CB_B = new Int32Array(256), CR_G = new Int32Array(256), CB_G = new Int32Array(256);
for (let i = 0, x = -128; i < 256; i++, x++) {
  const fix = (f: number) => Math.floor(f * 65536 + 0.5);
  CR_R[i] = (fix(1.402) * x + 32768) >> 16;
  CB_B[i] = (fix(1.772) * x + 32768) >> 16;
  CR_G[i] = -fix(0.71414) * x;
  CB_G[i] = -fix(0.34414) * x + 32768;
}


/** Upsampled chroma and colour conversion (or grey repeated) into RGB rows (a clamped array: stores limit to 0…255). */
export function toRgb(components: readonly Plane[], width: number, height: number): Uint8Array {
  const out = new Uint8ClampedArray(width * height * 3);
  const [y] = components;
  const ys = y.blocksW * 8;
  const lum = y.plane;
  if (components.length === 1) {
    for (let r = 0; r < height; r++) {
      for (let x = 0, o = r * width * 3, i = r * ys; x < width; x++, o += 3, i++) out[o] = out[o + 1] = out[o + 2] = lum[i];
    }
    return new Uint8Array(out.buffer);
  }
  const cb = new ChromaRows(components[1], y.h, y.v, width, height);
  const cr = new ChromaRows(components[2], y.h, y.v, width, height);
  for (let r = 0; r < height; r++) {
    const b = cb.row(r), c = cr.row(r);
    for (let x = 0, o = r * width * 3, i = r * ys; x < width; x++, o += 3, i++) {
      const l = lum[i], bx = b[x], cx = c[x];
      out[o] = l + CR_R[cx];
      out[o + 1] = l + ((CB_G[bx] + CR_G[cx]) >> 16);
      out[o + 2] = l + CB_B[bx];
    }
  }
  return new Uint8Array(out.buffer);
}

/**
 * A chroma plane's rows at full size, by libjpeg-turbo's choice of upsampler for the luma's factors (fh, fv):
 * the same samples (1×1); the triangle filter ("fancy", jdsample.c: 3/4 nearer + 1/4 further sample, rounding
 * alternately up and down, edge samples repeated) when the chroma plane is more than 2 samples wide; else
 * each sample repeated.
 */
class ChromaRows {
  private readonly out: Uint8ClampedArray;
  private readonly sums: Int32Array;
  private readonly stride: number;
  private readonly cw: number;
  private readonly ch: number;
  constructor(private readonly c: Plane, private readonly fh: number, private readonly fv: number, width: number, height: number) {
    this.stride = c.blocksW * 8;
    this.cw = Math.ceil(width / fh);
    this.ch = Math.ceil(height / fv);
    this.out = new Uint8ClampedArray(this.cw * fh);
    this.sums = new Int32Array(this.cw);
  }

  row(r: number): Uint8ClampedArray {
    const { c, fh, fv, cw, stride, out } = this;
    const p = c.plane;
    const near = (fv === 2 ? r >> 1 : r) * stride;
    if (fh === 1) return p.subarray(near, near + cw);
    if (cw <= 2) {
      for (let k = 0; k < cw; k++) out[2 * k] = out[2 * k + 1] = p[near + k];
      return out;
    }
    const last = cw - 1;
    if (fv === 1) {
      out[0] = p[near];
      out[1] = (p[near] * 3 + p[near + 1] + 2) >> 2;
      for (let k = 1; k < last; k++) {
        const v = p[near + k] * 3;
        out[2 * k] = (v + p[near + k - 1] + 1) >> 2;
        out[2 * k + 1] = (v + p[near + k + 1] + 2) >> 2;
      }
      out[2 * last] = (p[near + last] * 3 + p[near + last - 1] + 1) >> 2;
      out[2 * last + 1] = p[near + last];
      return out;
    }
    // 2×2: column sums of 3 × the nearer row + the further row (the first and last rows repeat), then across.
    const cr = r >> 1;
    const far = (r & 1 ? Math.min(cr + 1, this.ch - 1) : Math.max(cr - 1, 0)) * stride;
    const s = this.sums;
    for (let k = 0; k < cw; k++) s[k] = p[near + k] * 3 + p[far + k];
    out[0] = (s[0] * 4 + 8) >> 4;
    out[1] = (s[0] * 3 + s[1] + 7) >> 4;
    for (let k = 1; k < last; k++) {
      const v = s[k] * 3;
      out[2 * k] = (v + s[k - 1] + 8) >> 4;
      out[2 * k + 1] = (v + s[k + 1] + 7) >> 4;
    }
    out[2 * last] = (s[last] * 3 + s[last - 1] + 8) >> 4;
    out[2 * last + 1] = (s[last] * 4 + 7) >> 4;
    return out;
  }
}
