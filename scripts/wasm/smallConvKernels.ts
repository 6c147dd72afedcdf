/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
/**
 * LayerLoom's kernels for convolutions with few input channels (LeNet-5's 1 and 6; same rules as
 * kernels.ts: the tfjs wasm backend's memory, byte-offset pointers, float32 channels-last tensors, no
 * allocation). Built with it by ./build.sh.
 */

/**
 * Input gradient of a stride-1 undilated convolution as a scatter: every dy pixel adds its row of
 * dy[r, q, :] · W[i, :, :, :] into the padded input gradient dxp[r + i, q .. q + kw − 1, :], which for
 * one filter row i is seg = kw·ci contiguous floats. Gathering (conv2dInputGrad) with ci < 8 pads the
 * channels to 8 and multiplies the zero border of dy; here every multiply-add is useful but for the
 * chunk overlap below (LeNet-5's 6-channel layer: 150 columns done as 160).
 *
 * wp is the filter prepared by the caller as [kh, chunks, co, 8]: chunk k covers columns start_k ..
 * start_k + 7 of a row's seg, start_k = min(8k, seg − 8) (needs seg ≥ 8); columns an earlier chunk
 * already covers are zero in the last chunk, so adding its 8 lanes adds 0 to them.
 * dxp is [batch, hp, wp, ci] (hp = oh + kh − 1, wpx = ow + kw − 1), zeroed here then accumulated in a
 * fixed order per image (a thread split by image gives the same bits).
 * Blocks of 4 dy pixels × 8 columns in registers; a row's last 1–3 pixels in a block of 2 and of 1.
 */
export function conv2dInputGradScatter(
  dy: usize, wp: usize, dxp: usize,
  batch: i32, oh: i32, ow: i32, co: i32, hp: i32, wpx: i32, ci: i32, kh: i32, chunks: i32, seg: i32,
): void {
  memory.fill(dxp, 0, (<usize>batch * <usize>hp * <usize>wpx * <usize>ci) << 2);
  const pix = <usize>co << 2; // bytes between dy pixels
  const pixOut = <usize>ci << 2; // bytes between dxp pixels
  const chunkBytes = <usize>co << 5; // one chunk of wp: co × 8 floats
  // A block's 4 pixels lie gap apart, so that their 8 columns do not overlap (gap·ci ≥ 8): adding into
  // what the previous store is still writing stalls the load (LeNet-5's 6 channels: 0.98 -> 0.81 ms a call).
  const gap = (8 + ci - 1) / ci;
  const span = 4 * gap;
  const whole = ow - ow % span;
  const pixGap = pix * <usize>gap;
  const outGap = pixOut * <usize>gap;
  for (let b = 0; b < batch; b++) {
    for (let r = 0; r < oh; r++) {
      const dyRow = dy + (<usize>((b * oh + r) * ow) * pix);
      for (let i = 0; i < kh; i++) {
        const outRow = dxp + (<usize>((b * hp + r + i) * wpx) * pixOut);
        let pwRow = wp + <usize>(i * chunks) * chunkBytes;
        for (let k = 0; k < chunks; k++) {
          const start = <usize>min(8 * k, seg - 8) << 2;
          for (let g = 0; g < whole; g += span) {
            for (let m = 0; m < gap; m++) {
              const q = g + m;
              let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
              let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
              let a2 = f32x4.splat(0); let b2 = f32x4.splat(0);
              let a3 = f32x4.splat(0); let b3 = f32x4.splat(0);
              let pd = dyRow + <usize>q * pix;
              let pw = pwRow;
              for (let o = 0; o < co; o++) {
                const g = v128.load(pw);
                const h = v128.load(pw + 16);
                let d = v128.load32_splat(pd);
                a0 = madd(d, g, a0); b0 = madd(d, h, b0);
                d = v128.load32_splat(pd + pixGap);
                a1 = madd(d, g, a1); b1 = madd(d, h, b1);
                d = v128.load32_splat(pd + 2 * pixGap);
                a2 = madd(d, g, a2); b2 = madd(d, h, b2);
                d = v128.load32_splat(pd + 3 * pixGap);
                a3 = madd(d, g, a3); b3 = madd(d, h, b3);
                pd += 4;
                pw += 32;
              }
              const p = outRow + <usize>q * pixOut + start;
              addTo(p, a0, b0);
              addTo(p + outGap, a1, b1);
              addTo(p + 2 * outGap, a2, b2);
              addTo(p + 3 * outGap, a3, b3);
            }
          }
          let q = whole;
          for (; q < ow; q++) {
            let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
            let pd = dyRow + <usize>q * pix;
            let pw = pwRow;
            for (let o = 0; o < co; o++) {
              const d = v128.load32_splat(pd);
              a0 = madd(d, v128.load(pw), a0); b0 = madd(d, v128.load(pw + 16), b0);
              pd += 4;
              pw += 32;
            }
            addTo(outRow + <usize>q * pixOut + start, a0, b0);
          }
          pwRow += chunkBytes;
        }
      }
    }
  }
}

function addTo(p: usize, a: v128, b: v128): void {
  v128.store(p, f32x4.add(v128.load(p), a));
  v128.store(p + 16, f32x4.add(v128.load(p + 16), b));
}
