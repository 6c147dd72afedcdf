/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
/**
 * Stride-1 undilated convolutions from one input channel to six (LeNet-5's first layer on grey images;
 * same rules as kernels.ts: the tfjs wasm backend's memory, byte-offset pointers, float32 channels-last
 * tensors, no allocation). Built with it by ./build.sh. Two neighbouring pixels' six channels are
 * exactly three SIMD vectors, so every lane is useful and outputs are stored as they lie.
 */

/**
 * Forward: y[b, r, q, o] = Σ_{i, j} xp[b, r + i, q + j] · W[i, j, 0, o]. wr is the filter as 12 floats
 * per tap (i, j): W[o0..o3], W[o4 o5 o0 o1], W[o2..o5], so that for a pixel pair (a, b) the three output
 * vectors take a·wr0, (a a b b)·wr1 and b·wr2. Blocks of 6 pixels (three pairs, 9 accumulators, every
 * broadcast a shuffle of two x loads: 15 live vectors, V8's x64 register file without a spill), then
 * 4, then a pair, then a single pixel.
 */
export function conv2dOneToSix(
  xp: usize, wr: usize, out: usize,
  batch: i32, hp: i32, wp: i32, oh: i32, ow: i32, co: i32, kh: i32, kw: i32,
): void {
  oneToSix(xp, wr, 0, out, batch, hp, wp, oh, ow, kh, kw, false);
}

/**
 * conv2dOneToSix with a bias and a ReLU applied as each output vector is stored: max(y + b, 0) in
 * registers, no pass of its own. pat: the bias repeated (12 floats: a pixel pair's three vectors).
 */
export function conv2dOneToSixBiasRelu(
  xp: usize, wr: usize, pat: usize, out: usize,
  batch: i32, hp: i32, wp: i32, oh: i32, ow: i32, co: i32, kh: i32, kw: i32,
): void {
  oneToSix(xp, wr, pat, out, batch, hp, wp, oh, ow, kh, kw, true);
}

/** Stores v at o + k, with the bias (pattern float k/4 mod 12) and ReLU when `fused`. */
@inline
function put(o: usize, k: usize, v: v128, pat: usize, fused: bool): void {
  v128.store(o + k, fused ? f32x4.pmax(f32x4.add(v, v128.load(pat + k % 48)), f32x4.splat(0)) : v);
}

@inline
function oneToSix(
  xp: usize, wr: usize, pat: usize, out: usize,
  batch: i32, hp: i32, wp: i32, oh: i32, ow: i32, kh: i32, kw: i32, fused: bool,
): void {
  const rowBytes = <usize>wp << 2;
  for (let b = 0; b < batch; b++) {
    for (let r = 0; r < oh; r++) {
      const xRow = xp + (<usize>((b * hp + r) * wp) << 2);
      const outRow = out + (<usize>((b * oh + r) * ow * 6) << 2);
      let u = 0;
      for (; u + 6 <= ow; u += 6) {
        let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0);
        let e0 = f32x4.splat(0), e1 = f32x4.splat(0), e2 = f32x4.splat(0);
        let f0 = f32x4.splat(0), f1 = f32x4.splat(0), f2 = f32x4.splat(0);
        let pw = wr;
        for (let i = 0; i < kh; i++) {
          let px = xRow + <usize>i * rowBytes + (<usize>u << 2);
          for (let j = 0; j < kw; j++) {
            const xv = v128.load(px);
            const xw = v128.load64_zero(px + 16);
            const w0 = v128.load(pw), w1 = v128.load(pw, 16), w2 = v128.load(pw, 32);
            a0 = madd(i32x4.shuffle(xv, xv, 0, 0, 0, 0), w0, a0);
            a1 = madd(i32x4.shuffle(xv, xv, 0, 0, 1, 1), w1, a1);
            a2 = madd(i32x4.shuffle(xv, xv, 1, 1, 1, 1), w2, a2);
            e0 = madd(i32x4.shuffle(xv, xv, 2, 2, 2, 2), w0, e0);
            e1 = madd(i32x4.shuffle(xv, xv, 2, 2, 3, 3), w1, e1);
            e2 = madd(i32x4.shuffle(xv, xv, 3, 3, 3, 3), w2, e2);
            f0 = madd(i32x4.shuffle(xw, xw, 0, 0, 0, 0), w0, f0);
            f1 = madd(i32x4.shuffle(xw, xw, 0, 0, 1, 1), w1, f1);
            f2 = madd(i32x4.shuffle(xw, xw, 1, 1, 1, 1), w2, f2);
            px += 4;
            pw += 48;
          }
        }
        const o = outRow + (<usize>(u * 6) << 2);
        put(o, 0, a0, pat, fused); put(o, 16, a1, pat, fused); put(o, 32, a2, pat, fused);
        put(o, 48, e0, pat, fused); put(o, 64, e1, pat, fused); put(o, 80, e2, pat, fused);
        put(o, 96, f0, pat, fused); put(o, 112, f1, pat, fused); put(o, 128, f2, pat, fused);
      }
      for (; u + 4 <= ow; u += 4) {
        let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0);
        let e0 = f32x4.splat(0), e1 = f32x4.splat(0), e2 = f32x4.splat(0);
        let pw = wr;
        for (let i = 0; i < kh; i++) {
          let px = xRow + <usize>i * rowBytes + (<usize>u << 2);
          for (let j = 0; j < kw; j++) {
            const xv = v128.load(px);
            const w0 = v128.load(pw), w1 = v128.load(pw, 16), w2 = v128.load(pw, 32);
            a0 = madd(i32x4.shuffle(xv, xv, 0, 0, 0, 0), w0, a0);
            a1 = madd(i32x4.shuffle(xv, xv, 0, 0, 1, 1), w1, a1);
            a2 = madd(i32x4.shuffle(xv, xv, 1, 1, 1, 1), w2, a2);
            e0 = madd(i32x4.shuffle(xv, xv, 2, 2, 2, 2), w0, e0);
            e1 = madd(i32x4.shuffle(xv, xv, 2, 2, 3, 3), w1, e1);
            e2 = madd(i32x4.shuffle(xv, xv, 3, 3, 3, 3), w2, e2);
            px += 4;
            pw += 48;
          }
        }
        const o = outRow + (<usize>(u * 6) << 2);
        put(o, 0, a0, pat, fused); put(o, 16, a1, pat, fused); put(o, 32, a2, pat, fused);
        put(o, 48, e0, pat, fused); put(o, 64, e1, pat, fused); put(o, 80, e2, pat, fused);
      }
      for (; u + 2 <= ow; u += 2) {
        let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0);
        let pw = wr;
        for (let i = 0; i < kh; i++) {
          let px = xRow + <usize>i * rowBytes + (<usize>u << 2);
          for (let j = 0; j < kw; j++) {
            const xv = v128.load64_zero(px);
            a0 = madd(i32x4.shuffle(xv, xv, 0, 0, 0, 0), v128.load(pw), a0);
            a1 = madd(i32x4.shuffle(xv, xv, 0, 0, 1, 1), v128.load(pw, 16), a1);
            a2 = madd(i32x4.shuffle(xv, xv, 1, 1, 1, 1), v128.load(pw, 32), a2);
            px += 4;
            pw += 48;
          }
        }
        const o = outRow + (<usize>(u * 6) << 2);
        put(o, 0, a0, pat, fused); put(o, 16, a1, pat, fused); put(o, 32, a2, pat, fused);
      }
      if (u < ow) {
        // One pixel: the first vector and the first two lanes of the second (W[o4 o5]).
        let a0 = f32x4.splat(0), a1 = f32x4.splat(0);
        let pw = wr;
        for (let i = 0; i < kh; i++) {
          let px = xRow + <usize>i * rowBytes + (<usize>u << 2);
          for (let j = 0; j < kw; j++) {
            const s = v128.load32_splat(px);
            a0 = madd(s, v128.load(pw), a0);
            a1 = madd(s, v128.load(pw, 16), a1);
            px += 4;
            pw += 48;
          }
        }
        const o = outRow + (<usize>(u * 6) << 2);
        put(o, 0, a0, pat, fused);
        v128.store64_lane(o + 16, fused ? f32x4.pmax(f32x4.add(a1, v128.load(pat + 16)), f32x4.splat(0)) : a1, 0);
      }
    }
  }
}

/**
 * Filter gradient of a stride-1 undilated convolution from one input channel to six.
 *
 * dW[i, j, 0, o] = Σ_{b, r, q} xp[b, r + i, q + j] · dy[b, r, q, o]. Two neighbouring dy pixels are
 * 12 contiguous floats, three SIMD vectors d0 = (p0: o0..o3), d1 = (p0: o4 o5, p1: o0 o1),
 * d2 = (p1: o2..o5), so every lane of every multiply-add is useful (the patch-sum kernel pads six
 * channels to eight and 25 taps to 28: two thirds of its lanes were useful). For tap (i, j), with
 * a = xp[r + i, q + j] and b = xp[r + i, q + 1 + j], the accumulators take d0·a, d1·(a a b b) and
 * d2·b; their 12 lanes are folded into the tap's six sums at the end.
 *
 * acc: the thread's scratch of kh·kw·12 floats. The sums run image by image in a fixed order, so a
 * split of the batch by image only changes which partials are added (runSplitByBatch's sum).
 */
export function conv2dFilterGradOneToSix(
  xp: usize, dy: usize, dw: usize, acc: usize,
  batch: i32, hp: i32, wp: i32, oh: i32, ow: i32, kh: i32, kw: i32,
): void {
  const taps = kh * kw;
  memory.fill(acc, 0, <usize>(taps * 12) << 2);
  const xImage = <usize>(hp * wp) << 2;
  const dyImage = <usize>(oh * ow * 6) << 2;
  for (let b = 0; b < batch; b++) {
    const xb = xp + <usize>b * xImage;
    const gb = dy + <usize>b * dyImage;
    for (let i = 0; i < kh; i++) {
      // Blocks of three taps, then two (read from column j − 1: never past the row), then one.
      let j = 0;
      for (; j + 3 <= kw; j += 3) threeTaps(xb + (<usize>(i * wp + j) << 2), gb, acc + (<usize>((i * kw + j) * 12) << 2), wp, oh, ow);
      for (; j > 0 && j + 2 <= kw; j += 2) twoTaps(xb + (<usize>(i * wp + j - 1) << 2), gb, acc + (<usize>((i * kw + j) * 12) << 2), wp, oh, ow);
      for (; j < kw; j++) oneTap(xb + (<usize>(i * wp + j) << 2), gb, acc + (<usize>((i * kw + j) * 12) << 2), wp, oh, ow);
    }
  }
  // Fold each tap's 12 lanes: pixel p0's o0..o5 are lanes 0–3 of the first and 0–1 of the second
  // accumulator, pixel p1's are lanes 2–3 of the second and 0–3 of the third.
  for (let t = 0; t < taps; t++) {
    const a = acc + (<usize>(t * 12) << 2);
    const out = dw + (<usize>(t * 6) << 2);
    store<f32>(out, load<f32>(a) + load<f32>(a, 24));
    store<f32>(out, load<f32>(a, 4) + load<f32>(a, 28), 4);
    store<f32>(out, load<f32>(a, 8) + load<f32>(a, 32), 8);
    store<f32>(out, load<f32>(a, 12) + load<f32>(a, 36), 12);
    store<f32>(out, load<f32>(a, 16) + load<f32>(a, 40), 16);
    store<f32>(out, load<f32>(a, 20) + load<f32>(a, 44), 20);
  }
}

/**
 * Taps j, j + 1, j + 2 of one filter row over one image: x at px (the image's row i, column j), the
 * 9 accumulators at acc. Pixel pairs read x[q + j .. q + j + 3] as one vector (its lanes are a and b
 * of the three taps); an odd last pixel of a row takes the pair's first half alone.
 */
function threeTaps(px0: usize, gb: usize, acc: usize, wp: i32, oh: i32, ow: i32): void {
  let a0 = v128.load(acc), a1 = v128.load(acc, 16), a2 = v128.load(acc, 32);
  let b0 = v128.load(acc, 48), b1 = v128.load(acc, 64), b2 = v128.load(acc, 80);
  let c0 = v128.load(acc, 96), c1 = v128.load(acc, 112), c2 = v128.load(acc, 128);
  const pairs = ow >> 1;
  const rowBytes = <usize>wp << 2;
  let pg = gb;
  let pxRow = px0;
  for (let r = 0; r < oh; r++) {
    let px = pxRow;
    for (let q = 0; q < pairs; q++) {
      // Every broadcast a shuffle of one load of x, so that few values are live: 9 accumulators, xv,
      // the dy vectors and one operand (separate broadcast loads are hoisted by the engine and pushed
      // an accumulator to the stack, 13 cycles an iteration through store-to-load forwarding).
      const xv = v128.load(px);
      const d0 = v128.load(pg), d1 = v128.load(pg, 16), d2 = v128.load(pg, 32);
      a0 = madd(i32x4.shuffle(xv, xv, 0, 0, 0, 0), d0, a0);
      b0 = madd(i32x4.shuffle(xv, xv, 1, 1, 1, 1), d0, b0);
      c0 = madd(i32x4.shuffle(xv, xv, 2, 2, 2, 2), d0, c0);
      a1 = madd(i32x4.shuffle(xv, xv, 0, 0, 1, 1), d1, a1);
      b1 = madd(i32x4.shuffle(xv, xv, 1, 1, 2, 2), d1, b1);
      c1 = madd(i32x4.shuffle(xv, xv, 2, 2, 3, 3), d1, c1);
      a2 = madd(i32x4.shuffle(xv, xv, 1, 1, 1, 1), d2, a2);
      b2 = madd(i32x4.shuffle(xv, xv, 2, 2, 2, 2), d2, b2);
      c2 = madd(i32x4.shuffle(xv, xv, 3, 3, 3, 3), d2, c2);
      px += 8;
      pg += 48;
    }
    if (ow & 1) {
      const d0 = v128.load(pg), d1 = v128.load64_zero(pg + 16);
      const s0 = v128.load32_splat(px), s1 = v128.load32_splat(px, 4), s2 = v128.load32_splat(px, 8);
      a0 = madd(s0, d0, a0); a1 = madd(s0, d1, a1);
      b0 = madd(s1, d0, b0); b1 = madd(s1, d1, b1);
      c0 = madd(s2, d0, c0); c1 = madd(s2, d1, c1);
      pg += 24;
    }
    pxRow += rowBytes;
  }
  v128.store(acc, a0); v128.store(acc, a1, 16); v128.store(acc, a2, 32);
  v128.store(acc, b0, 48); v128.store(acc, b1, 64); v128.store(acc, b2, 80);
  v128.store(acc, c0, 96); v128.store(acc, c1, 112); v128.store(acc, c2, 128);
}

/**
 * Taps j and j + 1 as threeTaps, x read from column j − 1 (px): lanes 1–3 hold the taps' a and b.
 */
function twoTaps(px0: usize, gb: usize, acc: usize, wp: i32, oh: i32, ow: i32): void {
  let a0 = v128.load(acc), a1 = v128.load(acc, 16), a2 = v128.load(acc, 32);
  let b0 = v128.load(acc, 48), b1 = v128.load(acc, 64), b2 = v128.load(acc, 80);
  const pairs = ow >> 1;
  const rowBytes = <usize>wp << 2;
  let pg = gb;
  let pxRow = px0;
  for (let r = 0; r < oh; r++) {
    let px = pxRow;
    for (let q = 0; q < pairs; q++) {
      const xv = v128.load(px);
      const d0 = v128.load(pg), d1 = v128.load(pg, 16), d2 = v128.load(pg, 32);
      a0 = madd(i32x4.shuffle(xv, xv, 1, 1, 1, 1), d0, a0);
      b0 = madd(i32x4.shuffle(xv, xv, 2, 2, 2, 2), d0, b0);
      a1 = madd(i32x4.shuffle(xv, xv, 1, 1, 2, 2), d1, a1);
      b1 = madd(i32x4.shuffle(xv, xv, 2, 2, 3, 3), d1, b1);
      a2 = madd(i32x4.shuffle(xv, xv, 2, 2, 2, 2), d2, a2);
      b2 = madd(i32x4.shuffle(xv, xv, 3, 3, 3, 3), d2, b2);
      px += 8;
      pg += 48;
    }
    if (ow & 1) {
      const d0 = v128.load(pg), d1 = v128.load64_zero(pg + 16);
      const s0 = v128.load32_splat(px, 4), s1 = v128.load32_splat(px, 8);
      a0 = madd(s0, d0, a0); a1 = madd(s0, d1, a1);
      b0 = madd(s1, d0, b0); b1 = madd(s1, d1, b1);
      pg += 24;
    }
    pxRow += rowBytes;
  }
  v128.store(acc, a0); v128.store(acc, a1, 16); v128.store(acc, a2, 32);
  v128.store(acc, b0, 48); v128.store(acc, b1, 64); v128.store(acc, b2, 80);
}

/** One tap (a filter row's last, or both of a 2-wide filter), two pixel pairs at a time, as threeTaps. */
function oneTap(px0: usize, gb: usize, acc: usize, wp: i32, oh: i32, ow: i32): void {
  let a0 = v128.load(acc), a1 = v128.load(acc, 16), a2 = v128.load(acc, 32);
  let e0 = f32x4.splat(0), e1 = f32x4.splat(0), e2 = f32x4.splat(0);
  const pairs = ow >> 1;
  const rowBytes = <usize>wp << 2;
  let pg = gb;
  let pxRow = px0;
  for (let r = 0; r < oh; r++) {
    let px = pxRow;
    let q = 0;
    // Two pairs at a time into two sets of accumulators (one set is a single dependent chain).
    for (; q + 2 <= pairs; q += 2) {
      const xv = v128.load(px);
      a0 = madd(i32x4.shuffle(xv, xv, 0, 0, 0, 0), v128.load(pg), a0);
      a1 = madd(i32x4.shuffle(xv, xv, 0, 0, 1, 1), v128.load(pg, 16), a1);
      a2 = madd(i32x4.shuffle(xv, xv, 1, 1, 1, 1), v128.load(pg, 32), a2);
      e0 = madd(i32x4.shuffle(xv, xv, 2, 2, 2, 2), v128.load(pg, 48), e0);
      e1 = madd(i32x4.shuffle(xv, xv, 2, 2, 3, 3), v128.load(pg, 64), e1);
      e2 = madd(i32x4.shuffle(xv, xv, 3, 3, 3, 3), v128.load(pg, 80), e2);
      px += 16;
      pg += 96;
    }
    for (; q < pairs; q++) {
      const xv = v128.load64_splat(px);
      a0 = madd(i32x4.shuffle(xv, xv, 0, 0, 0, 0), v128.load(pg), a0);
      a1 = madd(i32x4.shuffle(xv, xv, 0, 0, 1, 1), v128.load(pg, 16), a1);
      a2 = madd(i32x4.shuffle(xv, xv, 1, 1, 1, 1), v128.load(pg, 32), a2);
      px += 8;
      pg += 48;
    }
    if (ow & 1) {
      const s0 = v128.load32_splat(px);
      a0 = madd(s0, v128.load(pg), a0); a1 = madd(s0, v128.load64_zero(pg + 16), a1);
      pg += 24;
    }
    pxRow += rowBytes;
  }
  v128.store(acc, f32x4.add(a0, e0)); v128.store(acc, f32x4.add(a1, e1), 16); v128.store(acc, f32x4.add(a2, e2), 32);
}
