/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
/**
 * 3×3, stride-1 convolution padded by 1 on every side ('same'), by Winograd's F(2×2, 3×3): each 2×2
 * block of outputs comes from a 4×4 input tile with 16 multiplications per input/output channel pair
 * instead of 36 (2.25× fewer). Same rules as kernels.ts (byte-offset pointers, float32 channels-last).
 *   x [batch, h, w, ci], u [16, ci, co] (the filter transformed by G·g·Gᵀ, see winogradConv.ts),
 *   out [batch, h, w, co]; ci a multiple of 4, co a multiple of 8.
 * Tiles go four at a time along a row: their transformed inputs V [16, 4, ci] and products
 * M [16, 4, 8] live in `scratch` (16·4·ci + 512 floats, small enough for L1), so nothing round-trips
 * through memory at full size.
 */
export function winograd3x3(x: usize, u: usize, out: usize, batch: i32, h: i32, w: i32, ci: i32, co: i32, scratch: usize): void {
  const th = (h + 1) >> 1;
  const tw = (w + 1) >> 1;
  const vAt = scratch;
  const mAt = scratch + ((<usize>(64 * ci)) << 2);
  const pix = <usize>ci << 2; // bytes between x pixels
  const zero = f32x4.splat(0);
  for (let b = 0; b < batch; b++) {
    for (let ty = 0; ty < th; ty++) {
      const r0 = 2 * ty - 1;
      for (let tx0 = 0; tx0 < tw; tx0 += 4) {
        // Input transform V = Bᵀ·d·B of four tiles, four channels at a time.
        for (let t = 0; t < 4; t++) {
          const c0 = 2 * (tx0 + t) - 1;
          for (let k = 0; k < ci; k += 4) {
            const kb = <usize>k << 2;
            // Rows of the tile, each transformed along its columns first: e = d·B.
            let e00 = zero, e01 = zero, e02 = zero, e03 = zero;
            let e10 = zero, e11 = zero, e12 = zero, e13 = zero;
            let e20 = zero, e21 = zero, e22 = zero, e23 = zero;
            let e30 = zero, e31 = zero, e32 = zero, e33 = zero;
            for (let i = 0; i < 4; i++) {
              const r = r0 + i;
              let d0 = zero, d1 = zero, d2 = zero, d3 = zero;
              if (r >= 0 && r < h) {
                const row = x + ((<usize>((b * h + r) * w)) * pix) + kb;
                if (c0 >= 0 && c0 < w) d0 = v128.load(row + <usize>c0 * pix);
                if (c0 + 1 < w) d1 = v128.load(row + <usize>(c0 + 1) * pix);
                if (c0 + 2 < w) d2 = v128.load(row + <usize>(c0 + 2) * pix);
                if (c0 + 3 < w) d3 = v128.load(row + <usize>(c0 + 3) * pix);
              }
              const f0 = f32x4.sub(d0, d2);
              const f1 = f32x4.add(d1, d2);
              const f2 = f32x4.sub(d2, d1);
              const f3 = f32x4.sub(d1, d3);
              if (i === 0) { e00 = f0; e01 = f1; e02 = f2; e03 = f3; }
              else if (i === 1) { e10 = f0; e11 = f1; e12 = f2; e13 = f3; }
              else if (i === 2) { e20 = f0; e21 = f1; e22 = f2; e23 = f3; }
              else { e30 = f0; e31 = f1; e32 = f2; e33 = f3; }
            }
            // Then along rows: V = Bᵀ·e. V[p] for p = 4·i + j goes to vAt + ((p·4 + t)·ci + k)·4.
            const step = <usize>(4 * ci) << 2; // bytes between V positions
            let pv = vAt + ((<usize>(t * ci + k)) << 2);
            v128.store(pv, f32x4.sub(e00, e20)); v128.store(pv + step, f32x4.sub(e01, e21));
            v128.store(pv + 2 * step, f32x4.sub(e02, e22)); v128.store(pv + 3 * step, f32x4.sub(e03, e23));
            pv += 4 * step;
            v128.store(pv, f32x4.add(e10, e20)); v128.store(pv + step, f32x4.add(e11, e21));
            v128.store(pv + 2 * step, f32x4.add(e12, e22)); v128.store(pv + 3 * step, f32x4.add(e13, e23));
            pv += 4 * step;
            v128.store(pv, f32x4.sub(e20, e10)); v128.store(pv + step, f32x4.sub(e21, e11));
            v128.store(pv + 2 * step, f32x4.sub(e22, e12)); v128.store(pv + 3 * step, f32x4.sub(e23, e13));
            pv += 4 * step;
            v128.store(pv, f32x4.sub(e10, e30)); v128.store(pv + step, f32x4.sub(e11, e31));
            v128.store(pv + 2 * step, f32x4.sub(e12, e32)); v128.store(pv + 3 * step, f32x4.sub(e13, e33));
          }
        }
        for (let c = 0; c < co; c += 8) {
          // 16 products M[p] = V[p] (4 tiles × ci) · U[p] (ci × 8 output channels).
          for (let p = 0; p < 16; p++) {
            let a0 = zero, b0 = zero, a1 = zero, b1 = zero, a2 = zero, b2 = zero, a3 = zero, b3 = zero;
            let pv = vAt + ((<usize>(p * 4 * ci)) << 2);
            let pu = u + ((<usize>(p * ci) * <usize>co + <usize>c) << 2);
            const uStep = <usize>co << 2;
            for (let k = 0; k < ci; k++) {
              const g = v128.load(pu);
              const q = v128.load(pu + 16);
              let d = v128.load32_splat(pv);
              a0 = madd(d, g, a0); b0 = madd(d, q, b0);
              d = v128.load32_splat(pv + pix);
              a1 = madd(d, g, a1); b1 = madd(d, q, b1);
              d = v128.load32_splat(pv + 2 * pix);
              a2 = madd(d, g, a2); b2 = madd(d, q, b2);
              d = v128.load32_splat(pv + 3 * pix);
              a3 = madd(d, g, a3); b3 = madd(d, q, b3);
              pv += 4;
              pu += uStep;
            }
            const pm = mAt + (<usize>(p * 32) << 2);
            v128.store(pm, a0); v128.store(pm + 16, b0);
            v128.store(pm + 32, a1); v128.store(pm + 48, b1);
            v128.store(pm + 64, a2); v128.store(pm + 80, b2);
            v128.store(pm + 96, a3); v128.store(pm + 112, b3);
          }
          // Output transform Y = Aᵀ·M·A per tile, 8 channels as two halves.
          for (let t = 0; t < 4; t++) {
            const ox = 2 * (tx0 + t);
            if (ox >= w) break;
            for (let half = 0; half < 2; half++) {
              const pm = mAt + (<usize>(t * 8 + half * 4) << 2);
              // s[r][j] = (Aᵀ·M)[r][j]: row 0 = m0j + m1j + m2j, row 1 = m1j − m2j − m3j.
              const m00 = v128.load(pm), m01 = v128.load(pm + 128), m02 = v128.load(pm + 256), m03 = v128.load(pm + 384);
              const m10 = v128.load(pm + 512), m11 = v128.load(pm + 640), m12 = v128.load(pm + 768), m13 = v128.load(pm + 896);
              const m20 = v128.load(pm + 1024), m21 = v128.load(pm + 1152), m22 = v128.load(pm + 1280), m23 = v128.load(pm + 1408);
              const m30 = v128.load(pm + 1536), m31 = v128.load(pm + 1664), m32 = v128.load(pm + 1792), m33 = v128.load(pm + 1920);
              const s00 = f32x4.add(f32x4.add(m00, m10), m20), s01 = f32x4.add(f32x4.add(m01, m11), m21);
              const s02 = f32x4.add(f32x4.add(m02, m12), m22), s03 = f32x4.add(f32x4.add(m03, m13), m23);
              const s10 = f32x4.sub(f32x4.sub(m10, m20), m30), s11 = f32x4.sub(f32x4.sub(m11, m21), m31);
              const s12 = f32x4.sub(f32x4.sub(m12, m22), m32), s13 = f32x4.sub(f32x4.sub(m13, m23), m33);
              const cb = <usize>(c + half * 4) << 2;
              const oRow = out + ((<usize>((b * h + 2 * ty) * w + ox) * <usize>co) << 2) + cb;
              const oPix = <usize>co << 2;
              const right = ox + 1 < w;
              v128.store(oRow, f32x4.add(f32x4.add(s00, s01), s02));
              if (right) v128.store(oRow + oPix, f32x4.sub(f32x4.sub(s01, s02), s03));
              if (2 * ty + 1 < h) {
                const oRow1 = oRow + <usize>w * oPix;
                v128.store(oRow1, f32x4.add(f32x4.add(s10, s11), s12));
                if (right) v128.store(oRow1 + oPix, f32x4.sub(f32x4.sub(s11, s12), s13));
              }
            }
          }
        }
      }
    }
  }
}
