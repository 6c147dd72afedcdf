/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
/**
 * LayerLoom's filter-gradient kernels beyond kernels.ts (same rules: the tfjs wasm backend's memory,
 * byte-offset pointers, float32 channels-last tensors, no allocation). Built with it by ./build.sh.

 */
/**
 * Filter gradient for few input channels (a first layer on grey or RGB images), where conv2dFilterGrad's
 * 4-input-channel blocks are mostly empty: dW viewed as [K = kh·kw·ci, co4] is the sum over output
 * pixels of patch[k] · dy[pixel, :], with patch[k] = xp[pixel's corner + offset(k)]. A block of 4 patch
 * entries × 8 output channels stays in registers for the whole sum over every pixel of the batch.
 * dw is [K, co4] with co4 = co rounded up to 4: the lanes past co read the next pixel's dy (the
 * caller guarantees 32 readable bytes after dy) and their sums are cut off by the caller.
 */
export function conv2dFilterGradPatches(
  xp: usize, dy: usize, dw: usize,
  batch: i32, hp: i32, wp: i32, ci: i32, oh: i32, ow: i32, co: i32, co4: i32,
  kh: i32, kw: i32, sh: i32, sw: i32, dh: i32, dwid: i32,
): void {
  const K = kh * kw * ci;
  const xStep = <usize>(sw * ci) << 2;
  const dyStep = <usize>co << 2;
  const outStep = <usize>co4 << 2;
  let k = 0;
  for (; k + 4 <= K; k += 4) {
    const o0 = <usize>patchOffset(k, kw, ci, wp, dh, dwid) << 2;
    const o1 = <usize>patchOffset(k + 1, kw, ci, wp, dh, dwid) << 2;
    const o2 = <usize>patchOffset(k + 2, kw, ci, wp, dh, dwid) << 2;
    const o3 = <usize>patchOffset(k + 3, kw, ci, wp, dh, dwid) << 2;
    let o = 0;
    for (; o + 8 <= co4; o += 8) {
      let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
      let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
      let a2 = f32x4.splat(0); let b2 = f32x4.splat(0);
      let a3 = f32x4.splat(0); let b3 = f32x4.splat(0);
      for (let b = 0; b < batch; b++) {
        for (let r = 0; r < oh; r++) {
          let px = xp + ((<usize>((b * hp + r * sh) * wp) * <usize>ci) << 2);
          let pg = dy + ((<usize>((b * oh + r) * ow) * <usize>co + <usize>o) << 2);
          for (let q = 0; q < ow; q++) {
            const g = v128.load(pg);
            const h = v128.load(pg + 16);
            const x0 = v128.load32_splat(px + o0);
            const x1 = v128.load32_splat(px + o1);
            const x2 = v128.load32_splat(px + o2);
            const x3 = v128.load32_splat(px + o3);
            a0 = madd(x0, g, a0); b0 = madd(x0, h, b0);
            a1 = madd(x1, g, a1); b1 = madd(x1, h, b1);
            a2 = madd(x2, g, a2); b2 = madd(x2, h, b2);
            a3 = madd(x3, g, a3); b3 = madd(x3, h, b3);
            px += xStep;
            pg += dyStep;
          }
        }
      }
      const out = dw + ((<usize>k * <usize>co4 + <usize>o) << 2);
      v128.store(out, a0); v128.store(out + 16, b0);
      v128.store(out + outStep, a1); v128.store(out + outStep + 16, b1);
      v128.store(out + 2 * outStep, a2); v128.store(out + 2 * outStep + 16, b2);
      v128.store(out + 3 * outStep, a3); v128.store(out + 3 * outStep + 16, b3);
    }
    for (; o < co4; o += 4) {
      let a0 = f32x4.splat(0); let a1 = f32x4.splat(0); let a2 = f32x4.splat(0); let a3 = f32x4.splat(0);
      for (let b = 0; b < batch; b++) {
        for (let r = 0; r < oh; r++) {
          let px = xp + ((<usize>((b * hp + r * sh) * wp) * <usize>ci) << 2);
          let pg = dy + ((<usize>((b * oh + r) * ow) * <usize>co + <usize>o) << 2);
          for (let q = 0; q < ow; q++) {
            const g = v128.load(pg);
            a0 = madd(v128.load32_splat(px + o0), g, a0);
            a1 = madd(v128.load32_splat(px + o1), g, a1);
            a2 = madd(v128.load32_splat(px + o2), g, a2);
            a3 = madd(v128.load32_splat(px + o3), g, a3);
            px += xStep;
            pg += dyStep;
          }
        }
      }
      const out = dw + ((<usize>k * <usize>co4 + <usize>o) << 2);
      v128.store(out, a0);
      v128.store(out + outStep, a1);
      v128.store(out + 2 * outStep, a2);
      v128.store(out + 3 * outStep, a3);
    }
  }
  // Patch entries left over after the blocks of 4: one at a time, 4 output channels per pass.
  for (; k < K; k++) {
    const o0 = <usize>patchOffset(k, kw, ci, wp, dh, dwid) << 2;
    for (let o = 0; o < co4; o += 4) {
      let a0 = f32x4.splat(0);
      for (let b = 0; b < batch; b++) {
        for (let r = 0; r < oh; r++) {
          let px = xp + ((<usize>((b * hp + r * sh) * wp) * <usize>ci) << 2) + o0;
          let pg = dy + ((<usize>((b * oh + r) * ow) * <usize>co + <usize>o) << 2);
          for (let q = 0; q < ow; q++) {
            a0 = madd(v128.load32_splat(px), v128.load(pg), a0);
            px += xStep;
            pg += dyStep;
          }
        }
      }
      v128.store(dw + ((<usize>k * <usize>co4 + <usize>o) << 2), a0);
    }
  }
}

/** Floats from a window's corner in xp ([hp, wp, ci] per image) to patch entry k = (i·kw + j)·ci + c. */
function patchOffset(k: i32, kw: i32, ci: i32, wp: i32, dh: i32, dwid: i32): i32 {
  const c = k % ci;
  const tap = k / ci;
  const i = tap / kw;
  const j = tap % kw;
  return (i * dh * wp + j * dwid) * ci + c;
}
