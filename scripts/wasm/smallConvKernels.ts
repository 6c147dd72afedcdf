/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
import { padImage, zeroPadded } from "./padImage";
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
 * Blocks of 4 dy pixels × 8 columns in registers; the pixels after the last whole group in blocks of
 * 4 rows at one column, the rows left over in 2 neighbours, then 1.
 */
export function conv2dInputGradScatter(
  dy: usize, wp: usize, dxp: usize,
  batch: i32, oh: i32, ow: i32, co: i32, hp: i32, wpx: i32, ci: i32, kh: i32, chunks: i32, seg: i32,
): void {
  // LeNet-5's second layer (6 channels in, 16 out) with its strides as constants: 0.71 -> 0.67 ms a call.
  if (co === 16 && ci === 6) scatter(dy, wp, dxp, batch, oh, ow, 16, hp, wpx, 6, kh, chunks, seg);
  else scatter(dy, wp, dxp, batch, oh, ow, co, hp, wpx, ci, kh, chunks, seg);
}

@inline
function scatter(
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
  const rowGap = <usize>ow * pix; // bytes between dy rows
  const outRowGap = <usize>wpx * pixOut; // bytes between dxp rows
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
              scatterFour(dyRow + <usize>q * pix, pwRow, outRow + <usize>q * pixOut + start, co, pixGap, outGap);
            }
          }
          pwRow += chunkBytes;
        }
      }
    }
    // The pixels after the last whole group (LeNet-5's 10-wide rows: 2 of 10): a block is 4 dy rows at
    // one column, whose outputs lie in 4 different dxp rows (neighbour pairs, 4 accumulators, each waited
    // on its own multiply-add's latency: 0.66 -> 0.62 ms a call); the rows left over in pairs, then alone.
    let r = 0;
    for (; r + 4 <= oh; r += 4) {
      for (let q = whole; q < ow; q++) {
        const pd = dy + (<usize>((b * oh + r) * ow + q) * pix);
        for (let i = 0; i < kh; i++) {
          const out = dxp + (<usize>((b * hp + r + i) * wpx + q) * pixOut);
          let pwRow = wp + <usize>(i * chunks) * chunkBytes;
          for (let k = 0; k < chunks; k++) {
            scatterFour(pd, pwRow, out + (<usize>min(8 * k, seg - 8) << 2), co, rowGap, outRowGap);
            pwRow += chunkBytes;
          }
        }
      }
    }
    for (; r < oh; r++) {
      const dyRow = dy + (<usize>((b * oh + r) * ow) * pix);
      for (let i = 0; i < kh; i++) {
        const outRow = dxp + (<usize>((b * hp + r + i) * wpx) * pixOut);
        let pwRow = wp + <usize>(i * chunks) * chunkBytes;
        for (let k = 0; k < chunks; k++) {
          const start = <usize>min(8 * k, seg - 8) << 2;
          let q = whole;
          for (; q + 2 <= ow; q += 2) {
            // Neighbours: the second add waits for the first's store, still cheaper than one pixel at a time.
            let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
            let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
            let pd = dyRow + <usize>q * pix;
            let pw = pwRow;
            for (let o = 0; o < co; o++) {
              const g = v128.load(pw);
              const h = v128.load(pw + 16);
              let d = v128.load32_splat(pd);
              a0 = madd(d, g, a0); b0 = madd(d, h, b0);
              d = v128.load32_splat(pd + pix);
              a1 = madd(d, g, a1); b1 = madd(d, h, b1);
              pd += 4;
              pw += 32;
            }
            const p = outRow + <usize>q * pixOut + start;
            addTo(p, a0, b0);
            addTo(p + pixOut, a1, b1);
          }
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

/**
 * conv2dInputGradScatter's block: 4 dy pixels (from pd, `pixGap` bytes apart) × one chunk's 8 columns
 * (weights at pw), added into dxp at p, p + outGap, … (blocks whose columns do not overlap).
 */
@inline
function scatterFour(pd: usize, pw: usize, p: usize, co: i32, pixGap: usize, outGap: usize): void {
  let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
  let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
  let a2 = f32x4.splat(0); let b2 = f32x4.splat(0);
  let a3 = f32x4.splat(0); let b3 = f32x4.splat(0);
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
  addTo(p, a0, b0);
  addTo(p + outGap, a1, b1);
  addTo(p + 2 * outGap, a2, b2);
  addTo(p + 3 * outGap, a3, b3);
}

function addTo(p: usize, a: v128, b: v128): void {
  v128.store(p, f32x4.add(v128.load(p), a));
  v128.store(p + 16, f32x4.add(v128.load(p + 16), b));
}

/**
 * Forward convolution of a one-channel input (a first layer on grey images: LeNet-5's 28×28×1 → 6),
 * stride 1, no dilation: out[b, t, u, o] = Σ_{i, j} xp[b, t + i, u + j] · w[i, j, o], xp padded so that
 * every tap is inside ([batch, hp, wp], hp ≥ oh + kh − 1, wp ≥ ow + kw − 1), w as [kh, kw, co].
 * One channel means xp's rows are contiguous pixels: SIMD lanes are 4 neighbouring output pixels, a
 * block is 8 pixels × 4 channels (then 2, then 1), every lane useful (the channel-lane kernel pads 6
 * channels to 8), transposed to channels-last by shuffles on the way out; a row's last 1–4 pixels a
 * 4-pixel block (0.44-0.46 -> 0.42-0.43 ms on LeNet-5's 28-wide rows), 5–7 an 8-pixel block
 * overlapping the one before (same values stored twice). Needs ow ≥ 8.
 */
export function conv2dOneChannel(
  xp: usize, w: usize, out: usize,
  batch: i32, hp: i32, wp: i32, oh: i32, ow: i32, co: i32, kh: i32, kw: i32,
): void {
  const pixOut = <usize>co << 2;
  const tapStep = <usize>co << 2;
  for (let b = 0; b < batch; b++) {
    for (let t = 0; t < oh; t++) {
      const xRow = xp + (<usize>((b * hp + t) * wp) << 2);
      const outRow = out + <usize>((b * oh + t) * ow) * pixOut;
      // A tail of 1–4 pixels takes a 4-pixel block (LeNet-5's 28-wide rows: 3 × 8 + 4), of 5–7 an
      // overlapping 8-pixel one.
      const tail = ow & 7;
      const wEnd = tail > 4 ? ow + 7 - tail + 1 : ow - tail;
      if (tail > 0 && tail <= 4) oneChannelFourPixels(xRow + (<usize>(ow - 4) << 2), w, outRow + <usize>(ow - 4) * pixOut, wp, co, kh, kw);
      for (let u0 = 0; u0 < wEnd; u0 += 8) {
        const u = min(u0, ow - 8);
        const px0 = xRow + (<usize>u << 2);
        const o0 = outRow + <usize>u * pixOut;
        let g = 0;
        for (; g + 4 <= co; g += 4) {
          let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
          let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
          let a2 = f32x4.splat(0); let b2 = f32x4.splat(0);
          let a3 = f32x4.splat(0); let b3 = f32x4.splat(0);
          for (let i = 0; i < kh; i++) {
            let px = px0 + (<usize>(i * wp) << 2);
            let pw = w + (<usize>(i * kw * co + g) << 2);
            for (let j = 0; j < kw; j++) {
              const x0 = v128.load(px);
              const x1 = v128.load(px + 16);
              let k = v128.load32_splat(pw);
              a0 = madd(x0, k, a0); b0 = madd(x1, k, b0);
              k = v128.load32_splat(pw + 4);
              a1 = madd(x0, k, a1); b1 = madd(x1, k, b1);
              k = v128.load32_splat(pw + 8);
              a2 = madd(x0, k, a2); b2 = madd(x1, k, b2);
              k = v128.load32_splat(pw + 12);
              a3 = madd(x0, k, a3); b3 = madd(x1, k, b3);
              px += 4;
              pw += tapStep;
            }
          }
          const p = o0 + (<usize>g << 2);
          storeQuad(p, a0, a1, a2, a3, pixOut);
          storeQuad(p + 4 * pixOut, b0, b1, b2, b3, pixOut);
        }
        for (; g + 2 <= co; g += 2) {
          let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
          let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
          for (let i = 0; i < kh; i++) {
            let px = px0 + (<usize>(i * wp) << 2);
            let pw = w + (<usize>(i * kw * co + g) << 2);
            for (let j = 0; j < kw; j++) {
              const x0 = v128.load(px);
              const x1 = v128.load(px + 16);
              let k = v128.load32_splat(pw);
              a0 = madd(x0, k, a0); b0 = madd(x1, k, b0);
              k = v128.load32_splat(pw + 4);
              a1 = madd(x0, k, a1); b1 = madd(x1, k, b1);
              px += 4;
              pw += tapStep;
            }
          }
          const p = o0 + (<usize>g << 2);
          storePair(p, a0, a1, pixOut);
          storePair(p + 4 * pixOut, b0, b1, pixOut);
        }
        // The last odd channel.
        for (; g < co; g++) {
          let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
          for (let i = 0; i < kh; i++) {
            let px = px0 + (<usize>(i * wp) << 2);
            let pw = w + (<usize>(i * kw * co + g) << 2);
            for (let j = 0; j < kw; j++) {
              const k = v128.load32_splat(pw);
              a0 = madd(v128.load(px), k, a0); b0 = madd(v128.load(px + 16), k, b0);
              px += 4;
              pw += tapStep;
            }
          }
          const p = o0 + (<usize>g << 2);
          storeLanes(p, a0, pixOut);
          storeLanes(p + 4 * pixOut, b0, pixOut);
        }
      }
    }
  }
}

/** conv2dOneChannel's 4 output pixels from px0 (out at o0), every channel: 4 channels, then 2, then 1 at a time. */
function oneChannelFourPixels(px0: usize, w: usize, o0: usize, wp: i32, co: i32, kh: i32, kw: i32): void {
  const pixOut = <usize>co << 2;
  const tapStep = <usize>co << 2;
  let g = 0;
  for (; g + 4 <= co; g += 4) {
    let a0 = f32x4.splat(0); let a1 = f32x4.splat(0); let a2 = f32x4.splat(0); let a3 = f32x4.splat(0);
    for (let i = 0; i < kh; i++) {
      let px = px0 + (<usize>(i * wp) << 2);
      let pw = w + (<usize>(i * kw * co + g) << 2);
      for (let j = 0; j < kw; j++) {
        const x0 = v128.load(px);
        a0 = madd(x0, v128.load32_splat(pw), a0);
        a1 = madd(x0, v128.load32_splat(pw + 4), a1);
        a2 = madd(x0, v128.load32_splat(pw + 8), a2);
        a3 = madd(x0, v128.load32_splat(pw + 12), a3);
        px += 4;
        pw += tapStep;
      }
    }
    storeQuad(o0 + (<usize>g << 2), a0, a1, a2, a3, pixOut);
  }
  for (; g + 2 <= co; g += 2) {
    let a0 = f32x4.splat(0); let a1 = f32x4.splat(0);
    for (let i = 0; i < kh; i++) {
      let px = px0 + (<usize>(i * wp) << 2);
      let pw = w + (<usize>(i * kw * co + g) << 2);
      for (let j = 0; j < kw; j++) {
        const x0 = v128.load(px);
        a0 = madd(x0, v128.load32_splat(pw), a0);
        a1 = madd(x0, v128.load32_splat(pw + 4), a1);
        px += 4;
        pw += tapStep;
      }
    }
    storePair(o0 + (<usize>g << 2), a0, a1, pixOut);
  }
  for (; g < co; g++) {
    let a0 = f32x4.splat(0);
    for (let i = 0; i < kh; i++) {
      let px = px0 + (<usize>(i * wp) << 2);
      let pw = w + (<usize>(i * kw * co + g) << 2);
      for (let j = 0; j < kw; j++) {
        a0 = madd(v128.load(px), v128.load32_splat(pw), a0);
        px += 4;
        pw += tapStep;
      }
    }
    storeLanes(o0 + (<usize>g << 2), a0, pixOut);
  }
}

/** Four channels (c0..c3, lanes = 4 pixels) stored as each pixel's 4 consecutive floats, pixels `step` bytes apart. */
function storeQuad(p: usize, c0: v128, c1: v128, c2: v128, c3: v128, step: usize): void {
  const t0 = f32x4.shuffle(c0, c1, 0, 4, 1, 5);
  const t1 = f32x4.shuffle(c2, c3, 0, 4, 1, 5);
  const t2 = f32x4.shuffle(c0, c1, 2, 6, 3, 7);
  const t3 = f32x4.shuffle(c2, c3, 2, 6, 3, 7);
  v128.store(p, f32x4.shuffle(t0, t1, 0, 1, 4, 5));
  v128.store(p + step, f32x4.shuffle(t0, t1, 2, 3, 6, 7));
  v128.store(p + 2 * step, f32x4.shuffle(t2, t3, 0, 1, 4, 5));
  v128.store(p + 3 * step, f32x4.shuffle(t2, t3, 2, 3, 6, 7));
}

/** Two channels (lanes = 4 pixels) stored as each pixel's 2 consecutive floats. */
function storePair(p: usize, c0: v128, c1: v128, step: usize): void {
  const lo = f32x4.shuffle(c0, c1, 0, 4, 1, 5);
  const hi = f32x4.shuffle(c0, c1, 2, 6, 3, 7);
  v128.store64_lane(p, lo, 0);
  v128.store64_lane(p + step, lo, 1);
  v128.store64_lane(p + 2 * step, hi, 0);
  v128.store64_lane(p + 3 * step, hi, 1);
}

/** One channel (lanes = 4 pixels) stored one float per pixel. */
function storeLanes(p: usize, c: v128, step: usize): void {
  store<f32>(p, f32x4.extract_lane(c, 0));
  store<f32>(p + step, f32x4.extract_lane(c, 1));
  store<f32>(p + 2 * step, f32x4.extract_lane(c, 2));
  store<f32>(p + 3 * step, f32x4.extract_lane(c, 3));
}

/**
 * Forward convolution with few input channels (2–7: LeNet-5's 14×14×6 → 16), stride 1, no dilation:
 * out[b, t, u, o] = Σ_i Σ_s xp[b, t + i, u·ci + s] · w[i, s, o] over s < kw·ci, where a filter row's
 * kw·ci taps and an input row's pixels are both contiguous (xp is [batch, hp, wp, ci], padded so every
 * tap is inside; w is the filter [kh, kw, ci, co] as it is). One loop of kw·ci steps per filter row
 * (the correlation kernel runs kw loops of ci). Blocks of 4 pixels × 8 channels, a row's last 1–2
 * pixels a 2-pixel block (× 16 channels where co ≥ 16); the last channel block (and pixel block for a tail of 3) overlaps the one
 * before when co is not a multiple of 8 (same values stored twice). Needs ow ≥ 4 and co ≥ 8.
 * With `scratch` (hp·wp·ci floats of the thread's own; 0 or left out: none), xp is x unpadded,
 * [batch, h, wx, ci], padded image by image into scratch at row top, column left (padImage.ts).
 */
export function conv2dFewChannels(
  xp: usize, w: usize, out: usize,
  batch: i32, hp: i32, wp: i32, ci: i32, oh: i32, ow: i32, co: i32, kh: i32, kw: i32,
  scratch: usize, h: i32, wx: i32, top: i32, left: i32,
): void {
  if (scratch === 0) {
    fewChannels(xp, w, 0, out, batch, hp, wp, ci, oh, ow, co, kh, kw, false);
    return;
  }
  // x unpadded ([batch, h, wx, ci]): each image padded into the thread's scratch ([hp, wp, ci]) first.
  zeroPadded(scratch, hp, wp, ci);
  const outImage = (<usize>(oh * ow) * <usize>co) << 2;
  for (let b = 0; b < batch; b++) {
    padImage(xp, b, scratch, h, wx, ci, wp, top, left);
    fewChannels(scratch, w, 0, out + <usize>b * outImage, 1, hp, wp, ci, oh, ow, co, kh, kw, false);
  }
}

/**
 * conv2dFewChannels with a bias and a ReLU applied as each output vector is stored: max(y + b, 0) in
 * registers, no pass of its own. bias: [co] (or the bias repeated: its first co floats).
 */
export function conv2dFewChannelsBiasRelu(
  xp: usize, w: usize, bias: usize, out: usize,
  batch: i32, hp: i32, wp: i32, ci: i32, oh: i32, ow: i32, co: i32, kh: i32, kw: i32,
): void {
  fewChannels(xp, w, bias, out, batch, hp, wp, ci, oh, ow, co, kh, kw, true);
}

/** Stores v at p, plus the bias vector at b and through a ReLU when `fused`. */
@inline
function putOut(p: usize, v: v128, b: usize, fused: bool): void {
  v128.store(p, fused ? f32x4.pmax(f32x4.add(v, v128.load(b)), f32x4.splat(0)) : v);
}

@inline
function fewChannels(
  xp: usize, w: usize, bias: usize, out: usize,
  batch: i32, hp: i32, wp: i32, ci: i32, oh: i32, ow: i32, co: i32, kh: i32, kw: i32, fused: bool,
): void {
  const seg = kw * ci;
  const pix = <usize>ci << 2; // bytes between input pixels
  const pixOut = <usize>co << 2;
  const wRow = <usize>co << 2; // bytes between filter taps s
  for (let b = 0; b < batch; b++) {
    for (let t = 0; t < oh; t++) {
      const xRow = xp + (<usize>((b * hp + t) * wp) * pix);
      const outRow = out + <usize>((b * oh + t) * ow) * pixOut;
      // A tail of 1 or 2 pixels takes a 2-pixel block (LeNet-5's 10-wide rows: 4 + 4 + 2), of 3 an overlapping 4-pixel one.
      const tail = ow & 3;
      const wEnd = tail === 3 ? ow + 1 : ow - tail;
      if (tail === 1 || tail === 2) fewChannelsTwoPixels(xRow, w, bias, outRow + <usize>(ow - 2) * pixOut, ow - 2, wp, ci, co, kh, seg, fused);
      for (let u0 = 0; u0 < wEnd; u0 += 4) {
        const u = min(u0, ow - 4);
        for (let c0 = 0; c0 < co; c0 += 8) {
          const c = min(c0, co - 8);
          let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
          let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
          let a2 = f32x4.splat(0); let b2 = f32x4.splat(0);
          let a3 = f32x4.splat(0); let b3 = f32x4.splat(0);
          for (let i = 0; i < kh; i++) {
            let px = xRow + (<usize>(i * wp + u) * pix);
            let pw = w + ((<usize>(i * seg) * <usize>co + <usize>c) << 2);
            for (let s = 0; s < seg; s++) {
              const g = v128.load(pw);
              const h = v128.load(pw + 16);
              let d = v128.load32_splat(px);
              a0 = madd(d, g, a0); b0 = madd(d, h, b0);
              d = v128.load32_splat(px + pix);
              a1 = madd(d, g, a1); b1 = madd(d, h, b1);
              d = v128.load32_splat(px + 2 * pix);
              a2 = madd(d, g, a2); b2 = madd(d, h, b2);
              d = v128.load32_splat(px + 3 * pix);
              a3 = madd(d, g, a3); b3 = madd(d, h, b3);
              px += 4;
              pw += wRow;
            }
          }
          const p = outRow + <usize>u * pixOut + (<usize>c << 2);
          const q = bias + (<usize>c << 2);
          putOut(p, a0, q, fused); putOut(p + 16, b0, q + 16, fused);
          putOut(p + pixOut, a1, q, fused); putOut(p + pixOut + 16, b1, q + 16, fused);
          putOut(p + 2 * pixOut, a2, q, fused); putOut(p + 2 * pixOut + 16, b2, q + 16, fused);
          putOut(p + 3 * pixOut, a3, q, fused); putOut(p + 3 * pixOut + 16, b3, q + 16, fused);
        }
      }
    }
  }
}

/** conv2dFewChannels's output pixels u and u + 1 of one row (xRow, out at pixel u), every channel block. */
function fewChannelsTwoPixels(xRow: usize, w: usize, bias: usize, out: usize, u: i32, wp: i32, ci: i32, co: i32, kh: i32, seg: i32, fused: bool): void {
  const pix = <usize>ci << 2;
  const pixOut = <usize>co << 2;
  const wRow = <usize>co << 2;
  // 16 channels a block where there are 16 (8 accumulators: with 4, each waits on its own last
  // multiply-add's latency; LeNet-5's 10-wide rows end in such a block: 0.67 -> 0.60 ms a call). The last
  // block overlaps the one before when co is not a multiple of 16 (same values stored twice).
  if (co >= 16) {
    for (let c0 = 0; c0 < co; c0 += 16) {
      const c = min(c0, co - 16);
      let a0 = f32x4.splat(0); let b0 = f32x4.splat(0); let e0 = f32x4.splat(0); let f0 = f32x4.splat(0);
      let a1 = f32x4.splat(0); let b1 = f32x4.splat(0); let e1 = f32x4.splat(0); let f1 = f32x4.splat(0);
      for (let i = 0; i < kh; i++) {
        let px = xRow + (<usize>(i * wp + u) * pix);
        let pw = w + ((<usize>(i * seg) * <usize>co + <usize>c) << 2);
        for (let s = 0; s < seg; s++) {
          const d0 = v128.load32_splat(px);
          const d1 = v128.load32_splat(px + pix);
          let g = v128.load(pw);
          a0 = madd(d0, g, a0); a1 = madd(d1, g, a1);
          g = v128.load(pw, 16);
          b0 = madd(d0, g, b0); b1 = madd(d1, g, b1);
          g = v128.load(pw, 32);
          e0 = madd(d0, g, e0); e1 = madd(d1, g, e1);
          g = v128.load(pw, 48);
          f0 = madd(d0, g, f0); f1 = madd(d1, g, f1);
          px += 4;
          pw += wRow;
        }
      }
      const p = out + (<usize>c << 2);
      const q = bias + (<usize>c << 2);
      putOut(p, a0, q, fused); putOut(p + 16, b0, q + 16, fused); putOut(p + 32, e0, q + 32, fused); putOut(p + 48, f0, q + 48, fused);
      putOut(p + pixOut, a1, q, fused); putOut(p + pixOut + 16, b1, q + 16, fused);
      putOut(p + pixOut + 32, e1, q + 32, fused); putOut(p + pixOut + 48, f1, q + 48, fused);
    }
    return;
  }
  for (let c0 = 0; c0 < co; c0 += 8) {
    const c = min(c0, co - 8);
    let a0 = f32x4.splat(0); let b0 = f32x4.splat(0);
    let a1 = f32x4.splat(0); let b1 = f32x4.splat(0);
    for (let i = 0; i < kh; i++) {
      let px = xRow + (<usize>(i * wp + u) * pix);
      let pw = w + ((<usize>(i * seg) * <usize>co + <usize>c) << 2);
      for (let s = 0; s < seg; s++) {
        const g = v128.load(pw);
        const h = v128.load(pw + 16);
        let d = v128.load32_splat(px);
        a0 = madd(d, g, a0); b0 = madd(d, h, b0);
        d = v128.load32_splat(px + pix);
        a1 = madd(d, g, a1); b1 = madd(d, h, b1);
        px += 4;
        pw += wRow;
      }
    }
    const p = out + (<usize>c << 2);
    const q = bias + (<usize>c << 2);
    putOut(p, a0, q, fused); putOut(p + 16, b0, q + 16, fused);
    putOut(p + pixOut, a1, q, fused); putOut(p + pixOut + 16, b1, q + 16, fused);
  }
}
