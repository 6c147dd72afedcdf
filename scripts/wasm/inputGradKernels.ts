/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
/**
 * LayerLoom's input-gradient kernel (same rules as kernels.ts: the tfjs wasm backend's memory,
 * byte-offset pointers, float32 channels-last tensors, no allocation). Built with it by ./build.sh.
 */

/**
 * Input gradient of a stride-1, undilated convolution, only over taps that land inside dy:
 *   dx[b, t, u, c] = Σ_{i, j, o} dy[b, t·sh + top − i, u·sw + left − j, o] · w[i, j, o, c]
 * (sh, sw = strideH, strideW: 1 for an input gradient; a strided forward convolution, with the filter
 * rotated, reads its input every s pixels)
 * (wt is the filter with its channel axes swapped and its columns reversed: wt[i, kw − 1 − j, o, c] =
 * w[i, j, o, c], so that a row's taps and dy pixels run the same way). dy rows outside [0, oh) are
 * skipped, so a convolution on a zero-padded input costs no more than its forward pass (XNNPACK's
 * correlation multiplies the full padding); dyp is dy with its columns padded by padL zeros on the left
 * (owp columns in all), and a tap past its left or right edge reads zeros: the blocks it touches read
 * such taps from `zeros` (co zero floats; not read when the columns are padded), so the caller need not
 * pad dy's columns at all (one channel in excepted: co = 1 needs them padded).
 * Register blocks of 4 output pixels × 8 input channels (2 pixels for a short tail). The last pixel
 * block and channel block overlap the previous ones when w or ci is not a multiple of 4 or 8 (the same
 * values are stored twice); maps under 4 pixels wide take 2-pixel blocks. Needs ci ≥ 8. dx has cOut channels per pixel: ci, or fewer when
 * the filter was padded with zero channels up to 8 (then only the first cOut lanes are stored).
 * Each filter row is one loop over its kw·co dy floats (one channel in, co = 1: a grey first layer's
 * forward pass, no channel loop per tap; LeNet-5's first layer: 1.33 -> 0.71-0.77 ms at batch 64, best of
 * 200, when that was a path of its own).
 */
export function conv2dInputGrad(
  dyp: usize, wt: usize, dx: usize,
  batch: i32, h: i32, w: i32, ci: i32, oh: i32, owp: i32, co: i32,
  kh: i32, kw: i32, top: i32, left: i32, padL: i32, cOut: i32, strideH: i32, strideW: i32, zeros: usize,
): void {
  const pixB = <usize>co << 2; // bytes between dy pixels
  const pixS = pixB * <usize>strideW; // bytes between the dy pixels of neighbouring outputs
  const wStep = <usize>ci << 2; // bytes between filter rows (one o)
  const oStep = <usize>cOut << 2; // bytes between dx pixels
  const pixB2 = pixS * 2;
  const pixB3 = pixS * 3;
  for (let b = 0; b < batch; b++) {
    for (let t = 0; t < h; t++) {
      // Filter rows i whose dy row r = t + top − i is inside dy.
      const iLo = max(0, t * strideH + top - oh + 1);
      const iHi = min(kh, t * strideH + top + 1);
      // Blocks of 4 pixels; a tail of 1 or 2 pixels takes a 2-pixel block (less recomputation than an
      // overlapping 4-pixel one: ResNet's 10- and 18-wide padded maps), a tail of 3 the overlapping block.
      const tail = w & 3;
      const wEnd = w < 4 ? 0 : tail === 3 ? w + 1 : w - tail;
      for (let u0 = 0; u0 < wEnd; u0 += 4) {
        const u = min(u0, w - 4);
        if (co !== 1 && (u * strideW + left + padL - kw + 1 < 0 || (u + 3) * strideW + left + padL >= owp)) {
          // A tap past dyp's left or right edge (dy not padded by the caller): a block of its own, out of
          // this loop (its four pointers would crowd the registers here).
          edgeBlock(dyp, wt, dx, b, t, h, w, ci, oh, owp, co, kw, top, left, padL, cOut, strideH, strideW, iLo, iHi, u, zeros);
          continue;
        }
        for (let c0 = 0; c0 < ci; c0 += 8) {
          const c = min(c0, ci - 8);
          let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
          let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
          let a2 = f32x4.splat(0); let b2 = f32x4.splat(0);
          let a3 = f32x4.splat(0); let b3 = f32x4.splat(0);
          for (let i = iLo; i < iHi; i++) {
            // The row's taps j = kw − 1 … 0 read dy pixels left to right, their filter rows in that order
            // too (wt's columns reversed): one run of kw·co dy floats and filter rows (3×3 with 16
            // channels: one loop of 48 instead of three of 16).
            const r = t * strideH + top - i;
            let pd = dyp + ((<usize>((b * oh + r) * owp + u * strideW + left - kw + 1 + padL) * <usize>co) << 2);
            let pw = wt + ((<usize>(i * kw * co) * <usize>ci + <usize>c) << 2);
            const end = pd + ((<usize>(kw * co)) << 2);
            while (pd < end) {
              // One dy value live at a time: 8 accumulators + 2 filter vectors + 1 leave V8 spare registers.
              const g = v128.load(pw);
              const k = v128.load(pw + 16);
              let d = v128.load32_splat(pd);
              a0 = madd(d, g, a0); b0 = madd(d, k, b0);
              d = v128.load32_splat(pd + pixS);
              a1 = madd(d, g, a1); b1 = madd(d, k, b1);
              d = v128.load32_splat(pd + pixB2);
              a2 = madd(d, g, a2); b2 = madd(d, k, b2);
              d = v128.load32_splat(pd + pixB3);
              a3 = madd(d, g, a3); b3 = madd(d, k, b3);
              pd += 4;
              pw += wStep;
            }
          }
          const out = dx + ((<usize>(((b * h + t) * w + u) * cOut + c)) << 2);
          storeFour(out, oStep, cOut, a0, b0, a1, b1, a2, b2, a3, b3);
        }
      }
      if (w < 4) {
        // Narrow maps: 2-pixel blocks at 0 and (three pixels) 1; one pixel stores only the first.
        twoPixels(dyp, wt, dx, b, t, h, w, ci, oh, owp, co, kw, top, left, padL, cOut, strideH, strideW, iLo, iHi, 0, w > 1, zeros);
        if (w === 3) twoPixels(dyp, wt, dx, b, t, h, w, ci, oh, owp, co, kw, top, left, padL, cOut, strideH, strideW, iLo, iHi, 1, true, zeros);
      } else if (tail === 1 || tail === 2) {
        twoPixels(dyp, wt, dx, b, t, h, w, ci, oh, owp, co, kw, top, left, padL, cOut, strideH, strideW, iLo, iHi, w - 2, true, zeros);
      }
    }
  }
}

/**
 * Output pixels u … u + 3 of row t (a conv2dInputGrad block), every channel block, where some taps fall
 * past dyp's columns: each pixel reads through its own pointer, which for such a tap walks `zeros`.
 */
function edgeBlock(
  dyp: usize, wt: usize, dx: usize, b: i32, t: i32, h: i32, w: i32, ci: i32, oh: i32, owp: i32, co: i32,
  kw: i32, top: i32, left: i32, padL: i32, cOut: i32, strideH: i32, strideW: i32, iLo: i32, iHi: i32, u: i32, zeros: usize,
): void {
  const pixB = <usize>co << 2;
  const wStep = <usize>ci << 2;
  const oStep = <usize>cOut << 2;
  for (let c0 = 0; c0 < ci; c0 += 8) {
    const c = min(c0, ci - 8);
    let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
    let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
    let a2 = f32x4.splat(0); let b2 = f32x4.splat(0);
    let a3 = f32x4.splat(0); let b3 = f32x4.splat(0);
    for (let i = iLo; i < iHi; i++) {
      const dyRow = dyp + ((<usize>((b * oh + t * strideH + top - i) * owp) * <usize>co) << 2);
      for (let j = kw - 1; j >= 0; j--) { // the main blocks' order: the same sums where dy is padded
        const col = u * strideW + left - j + padL;
        let p0 = tapAt(dyRow, col, owp, pixB, zeros);
        let p1 = tapAt(dyRow, col + strideW, owp, pixB, zeros);
        let p2 = tapAt(dyRow, col + 2 * strideW, owp, pixB, zeros);
        let p3 = tapAt(dyRow, col + 3 * strideW, owp, pixB, zeros);
        let pw = wt + ((<usize>((i * kw + kw - 1 - j) * co) * <usize>ci + <usize>c) << 2);
        for (let o = 0; o < co; o++) {
          const g = v128.load(pw);
          const k = v128.load(pw + 16);
          let d = v128.load32_splat(p0);
          a0 = madd(d, g, a0); b0 = madd(d, k, b0);
          d = v128.load32_splat(p1);
          a1 = madd(d, g, a1); b1 = madd(d, k, b1);
          d = v128.load32_splat(p2);
          a2 = madd(d, g, a2); b2 = madd(d, k, b2);
          d = v128.load32_splat(p3);
          a3 = madd(d, g, a3); b3 = madd(d, k, b3);
          p0 += 4; p1 += 4; p2 += 4; p3 += 4;
          pw += wStep;
        }
      }
    }
    const out = dx + ((<usize>(((b * h + t) * w + u) * cOut + c)) << 2);
    storeFour(out, oStep, cOut, a0, b0, a1, b1, a2, b2, a3, b3);
  }
}

/** The dy pixel at column `col` of the row at dyRow, or `zeros` (co zero floats) past its edges. */
@inline
function tapAt(dyRow: usize, col: i32, owp: i32, pixB: usize, zeros: usize): usize {
  return col >= 0 && col < owp ? dyRow + <usize>col * pixB : zeros;
}

/**
 * Output pixels u and u + 1 of row t (conv2dInputGrad's 2-pixel block), every channel block. With
 * `second` false (a one-pixel-wide map) the second pixel reads the first's input and is not stored.
 */
function twoPixels(
  dyp: usize, wt: usize, dx: usize, b: i32, t: i32, h: i32, w: i32, ci: i32, oh: i32, owp: i32, co: i32,
  kw: i32, top: i32, left: i32, padL: i32, cOut: i32, strideH: i32, strideW: i32, iLo: i32, iHi: i32, u: i32, second: bool, zeros: usize,
): void {
  const pixB = <usize>co << 2;
  const wStep = <usize>ci << 2;
  const oStep = <usize>cOut << 2;
  for (let c0 = 0; c0 < ci; c0 += 8) {
    const c = min(c0, ci - 8);
    let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
    let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
    for (let i = iLo; i < iHi; i++) {
      const dyRow = dyp + ((<usize>((b * oh + t * strideH + top - i) * owp) * <usize>co) << 2);
      for (let j = kw - 1; j >= 0; j--) {
        // Each pixel reads through its own pointer, which walks `zeros` for a tap past dyp's edges.
        const col = u * strideW + left - j + padL;
        let p0 = tapAt(dyRow, col, owp, pixB, zeros);
        let p1 = second ? tapAt(dyRow, col + strideW, owp, pixB, zeros) : p0;
        let pw = wt + ((<usize>((i * kw + kw - 1 - j) * co) * <usize>ci + <usize>c) << 2);
        for (let o = 0; o < co; o++) {
          const g = v128.load(pw);
          const k = v128.load(pw + 16);
          const d0 = v128.load32_splat(p0);
          const d1 = v128.load32_splat(p1);
          a0 = madd(d0, g, a0); b0 = madd(d0, k, b0);
          a1 = madd(d1, g, a1); b1 = madd(d1, k, b1);
          p0 += 4; p1 += 4;
          pw += wStep;
        }
      }
    }
    const out = dx + ((<usize>(((b * h + t) * w + u) * cOut + c)) << 2);
    if (cOut >= 8) {
      v128.store(out, a0); v128.store(out + 16, b0);
      if (second) { v128.store(out + oStep, a1); v128.store(out + oStep + 16, b1); }
    } else {
      storeFirst(out, a0, b0, cOut);
      if (second) storeFirst(out + oStep, a1, b1, cOut);
    }
  }
}

/**
 * Input gradient of a strided, undilated convolution in one pass, without multiplying zeros:
 *   dx[b, t, u, c] = Σ dy[b, (t + top − i)/sh, (u + left − j)/sw, o] · w[i, j, o, c]
 * over the taps i ≡ t + top (mod sh), j ≡ u + left (mod sw) whose dy pixel is inside dy (dy is read as
 * it is, no padding). wt is the filter in blocks of 8 input channels, [ci/8][kh][kw][co][8] (block k
 * holds channels min(8k, ci − 8)…+8: the last overlaps the one before when ci is not a multiple of 8),
 * so one channel block's taps are contiguous and stay in L1 over a row. The columns of one residue
 * u ≡ ru (mod sw) meet the same taps and read consecutive dy pixels: register blocks of 4 such columns
 * (dx pixels u, u + sw, u + 2·sw, u + 3·sw) × 8 channels; a block with taps past dy's columns reads them
 * from co zero floats that follow the filter's blocks in wt (residues under 4 columns take one pixel at a
 * time with bounds checks). Every dx pixel is written once (zero where
 * no tap reaches it), so a split by image gives the same floats as one call. Needs ci ≥ 8 (the filter
 * padded with zero channels, only the first cOut stored).
 */
export function conv2dInputGradStrided(
  dy: usize, wt: usize, dx: usize, batch: i32, h: i32, w: i32, ci: i32, oh: i32, ow: i32, co: i32,
  kh: i32, kw: i32, sh: i32, sw: i32, top: i32, left: i32, cOut: i32,
): void {
  const blockBytes = (<usize>(kh * kw * co)) << 5; // one channel block of the filter
  const zeros = wt + <usize>((ci + 7) >> 3) * blockBytes; // co zero floats after the filter's blocks
  for (let b = 0; b < batch; b++) {
    for (let t = 0; t < h; t++) {
      // Row taps i0, i0 + sh, … reach dy rows (t + top − i)/sh; the first inside dy is iLo.
      const i0 = (t + top) % sh;
      const over = (t + top - i0) / sh - (oh - 1); // dy rows past the last for tap i0
      const iLo = over > 0 ? i0 + over * sh : i0;
      const rowAt = dy + ((<usize>(b * oh) * <usize>ow * <usize>co) << 2);
      const outRow = dx + ((<usize>((b * h + t) * w) * <usize>cOut) << 2);
      if (iLo >= kh) {
        // No tap reaches this row (a 1×1 or stride-3 layer's rows between the sampled ones): zeros.
        memory.fill(outRow, 0, (<usize>(w * cOut)) << 2);
        continue;
      }
      for (let c0 = 0, blk = wt; c0 < ci; c0 += 8, blk += blockBytes) {
        const c = min(c0, ci - 8);
        for (let ru = 0; ru < min(sw, w); ru++) {
          const n = (w - ru + sw - 1) / sw; // columns of this residue
          const j0 = (ru + left) % sw;
          const q0 = (ru + left - j0) / sw; // dy column of tap j0 at the residue's first column
          const outC = outRow + ((<usize>(ru * cOut + c)) << 2);
          if (n >= 4) {
            // Every column in blocks of 4 (the last overlapping the one before when n is not a multiple
            // of 4), taps past dy's edges read from zeros. The edge columns had taken one pixel at a time
            // (two dependent chains of multiply-adds) and the rest blocks with one pointer: ResNet-20's
            // stride-2 layers had one such pixel and one recomputed pixel in every other residue's row.
            for (let m0 = 0; m0 < n; m0 += 4) {
              const m = min(m0, n - 4);
              stridedBlock(rowAt, blk, outC + ((<usize>(m * sw * cOut)) << 2), t, oh, ow, co, kh, kw, sh, sw, top, cOut, iLo, j0, q0 + m, zeros);
            }
          } else {
            for (let m = 0; m < n; m++) stridedPixel(rowAt, blk, outC, t, oh, ow, co, kh, kw, sh, sw, top, cOut, iLo, j0, q0, m);
          }
        }
      }
    }
  }
}

/**
 * Four dx pixels of one residue (out, out + sw pixels, …), one channel block (its filter at blk); q: the
 * dy column of tap j0 for the first of them. Each pixel reads through its own pointer, which for a tap
 * past dy's columns walks `zeros` (co zero floats): as fast as one pointer for all four (stridedAB.ts,
 * 3×3 within 1%, 1×1 1-4% faster).
 */
function stridedBlock(
  rowAt: usize, blk: usize, out: usize, t: i32, oh: i32, ow: i32, co: i32,
  kh: i32, kw: i32, sh: i32, sw: i32, top: i32, cOut: i32, iLo: i32, j0: i32, q: i32, zeros: usize,
): void {
  const pixB = <usize>co << 2;
  const oStep = (<usize>(cOut * sw)) << 2;
  let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
  let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
  let a2 = f32x4.splat(0); let b2 = f32x4.splat(0);
  let a3 = f32x4.splat(0); let b3 = f32x4.splat(0);
  for (let i = iLo; i < kh; i += sh) {
    const r = (t + top - i) / sh;
    if (r < 0) break;
    const dyRow = rowAt + ((<usize>(r * ow) * <usize>co) << 2);
    for (let j = j0, qj = q; j < kw; j += sw, qj--) {
      let p0 = tapAt(dyRow, qj, ow, pixB, zeros);
      let p1 = tapAt(dyRow, qj + 1, ow, pixB, zeros);
      let p2 = tapAt(dyRow, qj + 2, ow, pixB, zeros);
      let p3 = tapAt(dyRow, qj + 3, ow, pixB, zeros);
      let pw = blk + ((<usize>((i * kw + j) * co)) << 5);
      for (let o = 0; o < co; o++) {
        const g = v128.load(pw);
        const k = v128.load(pw + 16);
        let d = v128.load32_splat(p0);
        a0 = madd(d, g, a0); b0 = madd(d, k, b0);
        d = v128.load32_splat(p1);
        a1 = madd(d, g, a1); b1 = madd(d, k, b1);
        d = v128.load32_splat(p2);
        a2 = madd(d, g, a2); b2 = madd(d, k, b2);
        d = v128.load32_splat(p3);
        a3 = madd(d, g, a3); b3 = madd(d, k, b3);
        p0 += 4; p1 += 4; p2 += 4; p3 += 4;
        pw += 32;
      }
    }
  }
  storeFour(out, oStep, cOut, a0, b0, a1, b1, a2, b2, a3, b3);
}

/** One dx pixel (column m of the residue at outC) of conv2dInputGradStrided, taps checked against dy's width. */
function stridedPixel(
  rowAt: usize, blk: usize, outC: usize, t: i32, oh: i32, ow: i32, co: i32,
  kh: i32, kw: i32, sh: i32, sw: i32, top: i32, cOut: i32, iLo: i32, j0: i32, q0: i32, m: i32,
): void {
  let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
  for (let i = iLo; i < kh; i += sh) {
    const r = (t + top - i) / sh;
    if (r < 0) break;
    const dyRow = rowAt + ((<usize>(r * ow) * <usize>co) << 2);
    for (let j = j0, qj = q0 + m; j < kw; j += sw, qj--) {
      if (qj < 0) break;
      if (qj >= ow) continue;
      let pd = dyRow + ((<usize>qj * <usize>co) << 2);
      let pw = blk + ((<usize>((i * kw + j) * co)) << 5);
      for (let o = 0; o < co; o++) {
        const d = v128.load32_splat(pd);
        a0 = madd(d, v128.load(pw), a0); b0 = madd(d, v128.load(pw + 16), b0);
        pd += 4;
        pw += 32;
      }
    }
  }
  const o = outC + ((<usize>(m * sw * cOut)) << 2);
  if (cOut >= 8) {
    v128.store(o, a0); v128.store(o + 16, b0);
  } else {
    storeFirst(o, a0, b0, cOut);
  }
}

/** A block of 4 pixels × 8 channels (pixel k: ak, bk) at p, p + oStep, …: every lane, or the first cOut (< 8). */
@inline
function storeFour(p: usize, oStep: usize, cOut: i32, a0: v128, b0: v128, a1: v128, b1: v128, a2: v128, b2: v128, a3: v128, b3: v128): void {
  if (cOut >= 8) {
    v128.store(p, a0); v128.store(p + 16, b0);
    v128.store(p + oStep, a1); v128.store(p + oStep + 16, b1);
    v128.store(p + 2 * oStep, a2); v128.store(p + 2 * oStep + 16, b2);
    v128.store(p + 3 * oStep, a3); v128.store(p + 3 * oStep + 16, b3);
  } else {
    storeFirst(p, a0, b0, cOut); storeFirst(p + oStep, a1, b1, cOut);
    storeFirst(p + 2 * oStep, a2, b2, cOut); storeFirst(p + 3 * oStep, a3, b3, cOut);
  }
}

/** The first n (1–7) lanes of an 8-lane block (a, b) at p. */
function storeFirst(p: usize, a: v128, b: v128, n: i32): void {
  if (n >= 4) {
    v128.store(p, a);
    storeLanes(p + 16, b, n - 4);
  } else {
    storeLanes(p, a, n);
  }
}

function storeLanes(p: usize, v: v128, n: i32): void {
  if (n > 0) store<f32>(p, f32x4.extract_lane(v, 0));
  if (n > 1) store<f32>(p + 4, f32x4.extract_lane(v, 1));
  if (n > 2) store<f32>(p + 8, f32x4.extract_lane(v, 2));
  if (n > 3) store<f32>(p + 12, f32x4.extract_lane(v, 3));
}
