/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
import { padImage, zeroPadded } from "./padImage";
/**
 * LayerLoom's filter-gradient kernels beyond kernels.ts (same rules: the tfjs wasm backend's memory,
 * byte-offset pointers, float32 channels-last tensors, no allocation). Built with it by ./build.sh.

 */
/**
 * Filter gradient for few input channels (a first layer on grey or RGB images), where conv2dFilterGrad's
 * 4-input-channel blocks are mostly empty: dW viewed as [K = kh·kw·ci, co4] is the sum over output
 * pixels of patch[k] · dy[pixel, :], with patch[k] = xp[pixel's corner + offset(k)]. Image by image (its
 * x and dy stay in L2 for every block, where summing each block over the whole batch re-read a 4 MB dy
 * from memory 14 times on ResNet-20's first layer), a block of 4 patch entries × 8 output channels in
 * registers over every pixel, carried from image to image through dw (the same sums in the same order).
 * dw is [K, co4] with co4 = co rounded up to 4: the lanes past co read the next pixel's dy (the
 * caller guarantees 32 readable bytes after dy) and their sums are cut off by the caller.
 * With `scratch` (hp·wp·ci floats of the thread's own; 0 or left out: none), xp is x unpadded,
 * [batch, h, w, ci], padded image by image into scratch at row top, column left (padImage.ts).
 */
export function conv2dFilterGradPatches(
  xp: usize, dy: usize, dw: usize,
  batch: i32, hp: i32, wp: i32, ci: i32, oh: i32, ow: i32, co: i32, co4: i32,
  kh: i32, kw: i32, sh: i32, sw: i32, dh: i32, dwid: i32,
  scratch: usize, h: i32, w: i32, top: i32, left: i32,
): void {
  const xImage = (<usize>(hp * wp) * <usize>ci) << 2;
  const dyImage = (<usize>(oh * ow) * <usize>co) << 2;
  if (scratch !== 0) {
    // x unpadded ([batch, h, w, ci]): each image padded into the thread's scratch ([hp, wp, ci]) first.
    zeroPadded(scratch, hp, wp, ci);
    for (let b = 0; b < batch; b++) {
      padImage(xp, b, scratch, h, w, ci, wp, top, left);
      patchSums(scratch, dy + <usize>b * dyImage, dw, hp, wp, ci, oh, ow, co, co4, kh, kw, sh, sw, dh, dwid, b > 0);
    }
    return;
  }
  for (let b = 0; b < batch; b++) {
    // LeNet-5's second layer (6 channels in, 16 out, stride 1) with its strides as constants: 0.65 -> 0.60 ms a call.
    if (ci === 6 && co === 16 && co4 === 16 && sh === 1 && sw === 1) patchSums(xp + <usize>b * xImage, dy + <usize>b * dyImage, dw, hp, wp, 6, oh, ow, 16, 16, kh, kw, 1, 1, dh, dwid, b > 0);
    else patchSums(xp + <usize>b * xImage, dy + <usize>b * dyImage, dw, hp, wp, ci, oh, ow, co, co4, kh, kw, sh, sw, dh, dwid, b > 0);
  }
}

/** One image's patch sums into dw: added to what dw holds when `carry`, else written. */
@inline
function patchSums(
  xp: usize, dy: usize, dw: usize,
  hp: i32, wp: i32, ci: i32, oh: i32, ow: i32, co: i32, co4: i32,
  kh: i32, kw: i32, sh: i32, sw: i32, dh: i32, dwid: i32, carry: bool,
): void {
  const K = kh * kw * ci;
  const xStep = <usize>(sw * ci) << 2;
  const dyStep = <usize>co << 2;
  const outStep = <usize>co4 << 2;
  const zero = f32x4.splat(0);
  // Blocks of 4 patch entries; the last block's entries past K (K = 27 for a 3×3 RGB layer) repeat its
  // first and are neither carried nor stored (one entry at a time ran a single dependent chain of
  // multiply-adds: those 3 entries took as long as the other 24).
  for (let k = 0; k < K; k += 4) {
    const n = min(4, K - k);
    const o0 = <usize>patchOffset(k, kw, ci, wp, dh, dwid) << 2;
    const o1 = n > 1 ? <usize>patchOffset(k + 1, kw, ci, wp, dh, dwid) << 2 : o0;
    const o2 = n > 2 ? <usize>patchOffset(k + 2, kw, ci, wp, dh, dwid) << 2 : o0;
    const o3 = n > 3 ? <usize>patchOffset(k + 3, kw, ci, wp, dh, dwid) << 2 : o0;
    const c1 = carry && n > 1, c2 = carry && n > 2, c3 = carry && n > 3;
    let o = 0;
    for (; o + 8 <= co4; o += 8) {
      const out = dw + ((<usize>k * <usize>co4 + <usize>o) << 2);
      let a0 = carry ? v128.load(out) : zero; let b0 = carry ? v128.load(out + 16) : zero;
      let a1 = c1 ? v128.load(out + outStep) : zero; let b1 = c1 ? v128.load(out + outStep + 16) : zero;
      let a2 = c2 ? v128.load(out + 2 * outStep) : zero; let b2 = c2 ? v128.load(out + 2 * outStep + 16) : zero;
      let a3 = c3 ? v128.load(out + 3 * outStep) : zero; let b3 = c3 ? v128.load(out + 3 * outStep + 16) : zero;
      for (let r = 0; r < oh; r++) {
        let px = xp + ((<usize>(r * sh * wp) * <usize>ci) << 2);
        let pg = dy + ((<usize>(r * ow) * <usize>co + <usize>o) << 2);
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
      v128.store(out, a0); v128.store(out + 16, b0);
      if (n > 1) { v128.store(out + outStep, a1); v128.store(out + outStep + 16, b1); }
      if (n > 2) { v128.store(out + 2 * outStep, a2); v128.store(out + 2 * outStep + 16, b2); }
      if (n > 3) { v128.store(out + 3 * outStep, a3); v128.store(out + 3 * outStep + 16, b3); }
    }
    for (; o < co4; o += 4) {
      const out = dw + ((<usize>k * <usize>co4 + <usize>o) << 2);
      let a0 = carry ? v128.load(out) : zero; let a1 = c1 ? v128.load(out + outStep) : zero;
      let a2 = c2 ? v128.load(out + 2 * outStep) : zero; let a3 = c3 ? v128.load(out + 3 * outStep) : zero;
      for (let r = 0; r < oh; r++) {
        let px = xp + ((<usize>(r * sh * wp) * <usize>ci) << 2);
        let pg = dy + ((<usize>(r * ow) * <usize>co + <usize>o) << 2);
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
      v128.store(out, a0);
      if (n > 1) v128.store(out + outStep, a1);
      if (n > 2) v128.store(out + 2 * outStep, a2);
      if (n > 3) v128.store(out + 3 * outStep, a3);
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
