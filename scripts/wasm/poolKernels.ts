/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { windowGrad } from "./poolWindow";
/**
 * LayerLoom's pooling-gradient kernels beyond kernels.ts (same rules: the tfjs wasm backend's memory,
 * byte-offset pointers, float32 channels-last tensors, no allocation). Built with it by ./build.sh.
 */

/**
 * Max-pool gradient when windows do not overlap (stride ≥ window, no dilation, no padding: LeNet's and
 * most CNNs' 2×2/2 pooling): every input is in at most one window, so each window's taps are written
 * once (dy where the tap is the first strictly largest, else 0) instead of accumulated. Four channels
 * at a time; with ch ≥ 4 not a multiple of 4 the last block overlaps the previous one (same values).
 * Inputs no window covers (a ragged edge, stride > window) are zeroed first.
 */
export function maxPoolGradDisjoint(
  x: usize, dy: usize, dx: usize,
  batch: i32, h: i32, w: i32, ch: i32, oh: i32, ow: i32, kh: i32, kw: i32, sh: i32, sw: i32,
): void {
  if (oh * sh !== h || ow * sw !== w || sh !== kh || sw !== kw) {
    memory.fill(dx, 0, (<usize>batch * <usize>h * <usize>w * <usize>ch) << 2);
  }
  const last = ch - 4;
  const rowBytes = <usize>(w * ch) << 2;
  for (let b = 0; b < batch; b++) {
    for (let yr = 0; yr < oh; yr++) {
      for (let yc = 0; yc < ow; yc++) {
        const corner = (<usize>(((b * h + yr * sh) * w + yc * sw) * ch)) << 2;
        const g0 = dy + ((<usize>(((b * oh + yr) * ow + yc) * ch)) << 2);
        for (let d = 0; d < ch; d += 4) {
          const dd = d > last ? last : d;
          const off = corner + (<usize>dd << 2);
          if (kh === 2 && kw === 2) {
            // 2×2 windows (most CNNs' pooling) unrolled: the first strictly largest tap gets dy.
            windowGrad(x + off, g0 + (<usize>dd << 2), dx + off, rowBytes, <usize>ch << 2, false);
            continue;
          }
          // Pass 1: the largest value and the first tap holding it, per lane.
          let best = f32x4.splat(-Infinity);
          let at = i32x4.splat(-1);
          let tap = 0;
          for (let i = 0; i < kh; i++) {
            let p = x + off + <usize>i * rowBytes;
            for (let j = 0; j < kw; j++) {
              const v = v128.load(p);
              const gt = f32x4.gt(v, best);
              best = v128.bitselect(v, best, gt);
              at = v128.bitselect(i32x4.splat(tap), at, gt);
              p += <usize>ch << 2;
              tap++;
            }
          }
          // Pass 2: dy at that tap, zero elsewhere.
          const g = v128.load(g0 + (<usize>dd << 2));
          const zero = f32x4.splat(0);
          tap = 0;
          for (let i = 0; i < kh; i++) {
            let q = dx + off + <usize>i * rowBytes;
            for (let j = 0; j < kw; j++) {
              v128.store(q, v128.bitselect(g, zero, i32x4.eq(at, i32x4.splat(tap))));
              q += <usize>ch << 2;
              tap++;
            }
          }
        }
      }
    }
  }
}

/**
 * Max pooling when windows do not overlap (maxPoolGradDisjoint's case, the same conditions): each
 * output is the largest of its window, taken as the cpu backend takes it (from −∞, a strictly larger
 * tap takes over: NaN never does). Four channels at a time, the last block overlapping the one before
 * when ch is not a multiple of 4 (ch ≥ 4); 2×2 windows unrolled.
 */
export function maxPoolDisjoint(
  x: usize, y: usize,
  batch: i32, h: i32, w: i32, ch: i32, oh: i32, ow: i32, kh: i32, kw: i32, sh: i32, sw: i32,
): void {
  const last = ch - 4;
  const rowBytes = <usize>(w * ch) << 2;
  const cb = <usize>ch << 2;
  for (let b = 0; b < batch; b++) {
    for (let yr = 0; yr < oh; yr++) {
      for (let yc = 0; yc < ow; yc++) {
        const corner = x + ((<usize>(((b * h + yr * sh) * w + yc * sw) * ch)) << 2);
        const out = y + ((<usize>(((b * oh + yr) * ow + yc) * ch)) << 2);
        for (let d = 0; d < ch; d += 4) {
          const dd = <usize>(d > last ? last : d) << 2;
          const p = corner + dd;
          let best = f32x4.splat(-Infinity);
          if (kh === 2 && kw === 2) {
            best = f32x4.pmax(best, v128.load(p));
            best = f32x4.pmax(best, v128.load(p + cb));
            best = f32x4.pmax(best, v128.load(p + rowBytes));
            best = f32x4.pmax(best, v128.load(p + rowBytes + cb));
          } else {
            for (let i = 0; i < kh; i++) {
              let q = p + <usize>i * rowBytes;
              for (let j = 0; j < kw; j++) {
                best = f32x4.pmax(best, v128.load(q));
                q += cb;
              }
            }
          }
          v128.store(out + dd, best);
        }
      }
    }
  }
}
