/**
 * libjpeg-turbo's "islow" inverse DCT (jidctint.c, jpeg_idct_islow), integer for integer, so that a JPEG decoded
 * here has the samples sharp's libvips (mozjpeg, libjpeg-turbo's decoder) gives: 13-bit constants, two extra
 * bits of precision between the column and row passes, results limited to 0…255.
 */
/** libjpeg-turbo's islow IDCT constants (FIX(x) = round(x · 2^13)). */
const F0_298 = 2446, F0_390 = 3196, F0_541 = 4433, F0_765 = 6270, F0_899 = 7373, F1_175 = 9633, F1_501 = 12299;
const F1_847 = 15137, F1_961 = 16069, F2_053 = 16819, F2_562 = 20995, F3_072 = 25172;

/**
 * jidctint.c's jpeg_idct_islow on the block of quantized coefficients at `coefs[from]` (natural order), dequantized
 * by `q`, writing 8×8 samples at `out[at + y·stride + x]`.
 * Inputs and first-pass values under 2^14 in magnitude keep every sum inside 32 bits (so `>>` is C's shift);
 * larger ones, far beyond what 8-bit pictures give and where libjpeg-turbo's 16-bit SIMD lanes could differ
 * from its C code anyway, answer false (the block is not written whole: the caller gives up on the file).
 */
export function idctIslow(coefs: Int32Array, from: number, q: Int32Array, ws: Int32Array, out: Uint8ClampedArray, at: number, stride: number): boolean {
  for (let col = 0; col < 8; col++) {
    const i = from + col;
    const c0 = coefs[i] * q[col], c1 = coefs[i + 8] * q[8 + col], c2 = coefs[i + 16] * q[16 + col], c3 = coefs[i + 24] * q[24 + col];
    const c4 = coefs[i + 32] * q[32 + col], c5 = coefs[i + 40] * q[40 + col], c6 = coefs[i + 48] * q[48 + col], c7 = coefs[i + 56] * q[56 + col];
    if ((c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7) === 0) {
      for (let r = 0; r < 64; r += 8) ws[r + col] = 0;
      continue;
    }
    if (!inRange(c0) || !inRange(c1) || !inRange(c2) || !inRange(c3) || !inRange(c4) || !inRange(c5) || !inRange(c6) || !inRange(c7)) return false;
    if ((c1 | c2 | c3 | c4 | c5 | c6 | c7) === 0) {
      const dc = c0 << 2;
      for (let r = 0; r < 64; r += 8) ws[r + col] = dc;
      continue;
    }
    let z1 = (c2 + c6) * F0_541;
    const t2 = z1 - c6 * F1_847;
    const t3 = z1 + c2 * F0_765;
    const t0 = (c0 + c4) << 13;
    const t1 = (c0 - c4) << 13;
    const t10 = t0 + t3, t13 = t0 - t3, t11 = t1 + t2, t12 = t1 - t2;
    z1 = c7 + c1;
    let z2 = c5 + c3;
    let z3 = c7 + c3;
    let z4 = c5 + c1;
    const z5 = (z3 + z4) * F1_175;
    z1 *= -F0_899; z2 *= -F2_562; z3 = z3 * -F1_961 + z5; z4 = z4 * -F0_390 + z5;
    const o0 = c7 * F0_298 + z1 + z3, o1 = c5 * F2_053 + z2 + z4, o2 = c3 * F3_072 + z2 + z3, o3 = c1 * F1_501 + z1 + z4;
    ws[col] = (t10 + o3 + 1024) >> 11;
    ws[56 + col] = (t10 - o3 + 1024) >> 11;
    ws[8 + col] = (t11 + o2 + 1024) >> 11;
    ws[48 + col] = (t11 - o2 + 1024) >> 11;
    ws[16 + col] = (t12 + o1 + 1024) >> 11;
    ws[40 + col] = (t12 - o1 + 1024) >> 11;
    ws[24 + col] = (t13 + o0 + 1024) >> 11;
    ws[32 + col] = (t13 - o0 + 1024) >> 11;
  }
  for (let w = 0, o = at; w < 64; w += 8, o += stride) {
    const w0 = ws[w], w1 = ws[w + 1], w2 = ws[w + 2], w3 = ws[w + 3], w4 = ws[w + 4], w5 = ws[w + 5], w6 = ws[w + 6], w7 = ws[w + 7];
    if (!inRange(w0) || !inRange(w1) || !inRange(w2) || !inRange(w3) || !inRange(w4) || !inRange(w5) || !inRange(w6) || !inRange(w7)) return false;
    if ((w1 | w2 | w3 | w4 | w5 | w6 | w7) === 0) {
      const v = (w0 + 16) >> 5;
      if (outside(v)) return false;
      for (let x = 0; x < 8; x++) out[o + x] = v + 128;
      continue;
    }
    let z1 = (w2 + w6) * F0_541;
    const t2 = z1 - w6 * F1_847;
    const t3 = z1 + w2 * F0_765;
    const t0 = (w0 + w4) << 13;
    const t1 = (w0 - w4) << 13;
    const t10 = t0 + t3, t13 = t0 - t3, t11 = t1 + t2, t12 = t1 - t2;
    z1 = w7 + w1;
    let z2 = w5 + w3;
    let z3 = w7 + w3;
    let z4 = w5 + w1;
    const z5 = (z3 + z4) * F1_175;
    z1 *= -F0_899; z2 *= -F2_562; z3 = z3 * -F1_961 + z5; z4 = z4 * -F0_390 + z5;
    const o0 = w7 * F0_298 + z1 + z3, o1 = w5 * F2_053 + z2 + z4, o2 = w3 * F3_072 + z2 + z3, o3 = w1 * F1_501 + z1 + z4;
    const r0 = (t10 + o3 + 131072) >> 18, r7 = (t10 - o3 + 131072) >> 18, r1 = (t11 + o2 + 131072) >> 18, r6 = (t11 - o2 + 131072) >> 18;
    const r2 = (t12 + o1 + 131072) >> 18, r5 = (t12 - o1 + 131072) >> 18, r3 = (t13 + o0 + 131072) >> 18, r4 = (t13 - o0 + 131072) >> 18;
    if (outside(r0) || outside(r1) || outside(r2) || outside(r3) || outside(r4) || outside(r5) || outside(r6) || outside(r7)) return false;
    // Centred on 0; the clamped array limits to 0…255.
    out[o] = r0 + 128;
    out[o + 1] = r1 + 128;
    out[o + 2] = r2 + 128;
    out[o + 3] = r3 + 128;
    out[o + 4] = r4 + 128;
    out[o + 5] = r5 + 128;
    out[o + 6] = r6 + 128;
    out[o + 7] = r7 + 128;
  }
  return true;
}

const inRange = (v: number) => v < 16384 && v > -16384;

/** Far outside 0…255 (centred on 0), libjpeg-turbo's C table wraps where its SIMD code saturates: not handled. */
const outside = (x: number) => x < -384 || x > 383;

