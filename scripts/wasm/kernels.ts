/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
/**
 * LayerLoom's WebAssembly SIMD training kernels. They run on the tfjs wasm backend's own memory (the
 * module imports it), so they read and write tensors in place at the backend's pointers: no copies.
 * No allocation, no static data: the module never writes outside the pointers it is given.
 * Pointers are byte offsets; every tensor is float32, channels last.
 */

/** out[c] = Σ_r x[r·cols + c]: the sum over every leading axis of a [rows, cols] view. */
export function sumRows(x: usize, rows: i32, cols: i32, out: usize): void {
  if ((cols & 15) === 0) {
    // 16 channels at a time with the sums in registers (no load and store of out per row).
    const stride = <usize>cols << 2;
    for (let c = 0; c < cols; c += 16) {
      let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
      let p = x + (<usize>c << 2);
      for (let r = 0; r < rows; r++) {
        a0 = f32x4.add(a0, v128.load(p)); a1 = f32x4.add(a1, v128.load(p + 16));
        a2 = f32x4.add(a2, v128.load(p + 32)); a3 = f32x4.add(a3, v128.load(p + 48));
        p += stride;
      }
      const o = out + (<usize>c << 2);
      v128.store(o, a0); v128.store(o + 16, a1); v128.store(o + 32, a2); v128.store(o + 48, a3);
    }
    return;
  }
  memory.fill(out, 0, <usize>cols << 2);
  // Few channels (a bias gradient of 1–8 channels): the rows as one stream whose channel pattern repeats
  // every span = lcm(cols, 4) floats (2 rows of 6), summed into span/4 ≤ 8 vectors in registers, then
  // folded onto the channels; the rows after the last whole span go through the loop below.
  const span = cols % 4 === 0 ? cols : cols % 2 === 0 ? 2 * cols : 4 * cols;
  let first = 0;
  if (span <= 32) {
    const per = span / cols; // rows per span
    const spans = rows / per;
    const k = span >> 2;
    let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
    let a4 = f32x4.splat(0), a5 = f32x4.splat(0), a6 = f32x4.splat(0), a7 = f32x4.splat(0);
    let p = x;
    const step = <usize>span << 2;
    for (let i = 0; i < spans; i++) {
      a0 = f32x4.add(a0, v128.load(p));
      if (k > 1) a1 = f32x4.add(a1, v128.load(p + 16));
      if (k > 2) a2 = f32x4.add(a2, v128.load(p + 32));
      if (k > 3) a3 = f32x4.add(a3, v128.load(p + 48));
      if (k > 4) a4 = f32x4.add(a4, v128.load(p + 64));
      if (k > 5) a5 = f32x4.add(a5, v128.load(p + 80));
      if (k > 6) a6 = f32x4.add(a6, v128.load(p + 96));
      if (k > 7) a7 = f32x4.add(a7, v128.load(p + 112));
      p += step;
    }
    // Fold: lane j of vector v is float 4v + j of the span, channel (4v + j) mod cols.
    foldLanes(a0, 0, cols, out);
    if (k > 1) foldLanes(a1, 1, cols, out);
    if (k > 2) foldLanes(a2, 2, cols, out);
    if (k > 3) foldLanes(a3, 3, cols, out);
    if (k > 4) foldLanes(a4, 4, cols, out);
    if (k > 5) foldLanes(a5, 5, cols, out);
    if (k > 6) foldLanes(a6, 6, cols, out);
    if (k > 7) foldLanes(a7, 7, cols, out);
    first = spans * per;
  }
  const vecCols = cols & ~3;
  for (let r = first; r < rows; r++) {
    const row = x + ((<usize>r * <usize>cols) << 2);
    let c = 0;
    for (; c < vecCols; c += 4) {
      const o = out + (<usize>c << 2);
      v128.store(o, f32x4.add(v128.load(o), v128.load(row + (<usize>c << 2))));
    }
    for (; c < cols; c++) {
      const o = out + (<usize>c << 2);
      store<f32>(o, load<f32>(o) + load<f32>(row + (<usize>c << 2)));
    }
  }
}

/** Adds lane j of a (float 4v + j of a repeating span) into out[(4v + j) mod cols]. */
function foldLanes(a: v128, v: i32, cols: i32, out: usize): void {
  addAt(out, (4 * v) % cols, f32x4.extract_lane(a, 0));
  addAt(out, (4 * v + 1) % cols, f32x4.extract_lane(a, 1));
  addAt(out, (4 * v + 2) % cols, f32x4.extract_lane(a, 2));
  addAt(out, (4 * v + 3) % cols, f32x4.extract_lane(a, 3));
}

/** out[r, c] = x[r, c] · gain[c]. */
export function scaleChannels(x: usize, gain: usize, rows: i32, cols: i32, out: usize): void {
  const vecCols = cols & ~3;
  for (let r = 0; r < rows; r++) {
    const base = (<usize>r * <usize>cols) << 2;
    let c = 0;
    for (; c < vecCols; c += 4) {
      const k = <usize>c << 2;
      v128.store(out + base + k, f32x4.mul(v128.load(x + base + k), v128.load(gain + k)));
    }
    for (; c < cols; c++) {
      const k = <usize>c << 2;
      store<f32>(out + base + k, load<f32>(x + base + k) * load<f32>(gain + k));
    }
  }
}

/**
 * Max-pool gradient: each output's dy goes to the first strictly largest input of its window (the cpu
 * backend's rule), windows clipped at the padding. Branch-free: four channels at a time with SIMD
 * compare-and-select, so random data costs no mispredicted branches.
 */
export function maxPoolGrad(
  x: usize, dy: usize, dx: usize,
  batch: i32, h: i32, w: i32, ch: i32, oh: i32, ow: i32,
  kh: i32, kw: i32, sh: i32, sw: i32, dh: i32, dw: i32, padTop: i32, padLeft: i32,
): void {
  memory.fill(dx, 0, (<usize>batch * <usize>h * <usize>w * <usize>ch) << 2);
  const vecCh = ch & ~3;
  const lanes = i32x4(0, 1, 2, 3);
  for (let b = 0; b < batch; b++) {
    const xb = b * h * w * ch;
    for (let yr = 0; yr < oh; yr++) {
      const r0 = yr * sh - padTop;
      for (let yc = 0; yc < ow; yc++) {
        const c0 = yc * sw - padLeft;
        const dyBase = ((b * oh + yr) * ow + yc) * ch;
        let d = 0;
        for (; d < vecCh; d += 4) {
          let best = f32x4.splat(-Infinity);
          let at = i32x4.splat(-1);
          for (let i = 0; i < kh; i++) {
            const r = r0 + i * dh;
            if (r < 0 || r >= h) continue;
            for (let j = 0; j < kw; j++) {
              const c = c0 + j * dw;
              if (c < 0 || c >= w) continue;
              const idx = xb + (r * w + c) * ch + d;
              const v = v128.load(x + (<usize>idx << 2));
              const gt = f32x4.gt(v, best);
              best = v128.bitselect(v, best, gt);
              at = v128.bitselect(i32x4.add(i32x4.splat(idx), lanes), at, gt);
            }
          }
          const g = v128.load(dy + (<usize>(dyBase + d) << 2));
          addAt(dx, i32x4.extract_lane(at, 0), f32x4.extract_lane(g, 0));
          addAt(dx, i32x4.extract_lane(at, 1), f32x4.extract_lane(g, 1));
          addAt(dx, i32x4.extract_lane(at, 2), f32x4.extract_lane(g, 2));
          addAt(dx, i32x4.extract_lane(at, 3), f32x4.extract_lane(g, 3));
        }
        for (; d < ch; d++) {
          let best: f32 = -Infinity;
          let at: i32 = -1;
          for (let i = 0; i < kh; i++) {
            const r = r0 + i * dh;
            if (r < 0 || r >= h) continue;
            for (let j = 0; j < kw; j++) {
              const c = c0 + j * dw;
              if (c < 0 || c >= w) continue;
              const idx = xb + (r * w + c) * ch + d;
              const v = load<f32>(x + (<usize>idx << 2));
              const gt = v > best;
              best = select<f32>(v, best, gt);
              at = select<i32>(idx, at, gt);
            }
          }
          addAt(dx, at, load<f32>(dy + (<usize>(dyBase + d) << 2)));
        }
      }
    }
  }
}

// Small enough that -O3 inlines it.
function addAt(dx: usize, at: i32, g: f32): void {
  if (at < 0) return;
  const p = dx + (<usize>at << 2);
  store<f32>(p, load<f32>(p) + g);
}

/**
 * One Adam step for one variable, in tfjs's order of float32 operations (so results match its
 * unfused optimizer bit for bit): m' = m·β1 + g·(1−β1); v' = v·β2 + g²·(1−β2);
 * value' = (m'/c1) / (sqrt(v'/c2) + ε) · (−lr) + value, where c = 1 − βᵗ.
 */
export function adam(
  value: usize, m: usize, v: usize, g: usize, n: i32,
  beta1: f32, beta2: f32, oneMinusBeta1: f32, oneMinusBeta2: f32, c1: f32, c2: f32, epsilon: f32, negLr: f32,
  outValue: usize, outM: usize, outV: usize,
): void {
  const vb1 = f32x4.splat(beta1);
  const vb2 = f32x4.splat(beta2);
  const vo1 = f32x4.splat(oneMinusBeta1);
  const vo2 = f32x4.splat(oneMinusBeta2);
  const vc1 = f32x4.splat(c1);
  const vc2 = f32x4.splat(c2);
  const veps = f32x4.splat(epsilon);
  const vlr = f32x4.splat(negLr);
  const vecN = n & ~3;
  let i = 0;
  for (; i < vecN; i += 4) {
    const k = <usize>i << 2;
    const gi = v128.load(g + k);
    const mi = f32x4.add(f32x4.mul(v128.load(m + k), vb1), f32x4.mul(gi, vo1));
    const vi = f32x4.add(f32x4.mul(v128.load(v + k), vb2), f32x4.mul(f32x4.mul(gi, gi), vo2));
    const step = f32x4.mul(f32x4.div(f32x4.div(mi, vc1), f32x4.add(f32x4.sqrt(f32x4.div(vi, vc2)), veps)), vlr);
    v128.store(outM + k, mi);
    v128.store(outV + k, vi);
    v128.store(outValue + k, f32x4.add(step, v128.load(value + k)));
  }
  for (; i < n; i++) {
    const k = <usize>i << 2;
    const gi = load<f32>(g + k);
    const mi: f32 = load<f32>(m + k) * beta1 + gi * oneMinusBeta1;
    const vi: f32 = load<f32>(v + k) * beta2 + (gi * gi) * oneMinusBeta2;
    const step: f32 = ((mi / c1) / (Mathf.sqrt(vi / c2) + epsilon)) * negLr;
    store<f32>(outM + k, mi);
    store<f32>(outV + k, vi);
    store<f32>(outValue + k, step + load<f32>(value + k));
  }
}

/**
 * Convolution filter gradient, accumulated in registers over one image at a time:
 * dW[kh, kw, ci, co] = Σ_{b, oh, ow} xp[b, oh·sh + kh·dh, ow·sw + kw·dw, ci] · dy[b, oh, ow, co],
 * where xp is the input ([B, Hp, Wp, Ci]) as padded, or not, by the caller, and (top, left) the padding
 * still to apply: each tap sums only the output pixels whose x pixel is inside xp (the zeros of a
 * padded copy add nothing), so a padded layer needs no padded copy of x (the same sums in the same
 * order as over that copy).
 * Blocks of 4 input channels × 8 output channels live in eight SIMD registers across a whole image (one
 * output row at a time loaded and stored them once per row: a quarter of the work on an 8-wide map), carried
 * from image to image through dw: the same sums in the same order (b, then rows, then columns).
 */
export function conv2dFilterGrad(
  xp: usize, dy: usize, dw: usize,
  batch: i32, hp: i32, wp: i32, ci: i32, oh: i32, ow: i32, co: i32,
  kh: i32, kw: i32, sh: i32, sw: i32, dh: i32, dwid: i32, top: i32, left: i32,
): void {
  memory.fill(dw, 0, (<usize>kh * <usize>kw * <usize>ci * <usize>co) << 2);
  const ci4 = ci & ~3;
  const co4 = co & ~3;
  const xStep = <usize>(sw * ci) << 2; // bytes between consecutive output columns in xp
  const dyStep = <usize>co << 2;
  const xRowStep = <usize>(sh * wp * ci) << 2; // bytes between the x rows of consecutive output rows
  const dyRowStep = <usize>(ow * co) << 2;
  for (let b = 0; b < batch; b++) {
    const dyImage = dy + ((<usize>(b * oh * ow) * <usize>co) << 2);
    for (let i = 0; i < kh; i++) {
      // Output rows [rLo, rHi) whose x row r·sh + i·dh − top is inside xp; columns likewise.
      const rOff = i * dh - top;
      const rLo = firstInside(rOff, sh);
      const nR = lastInside(rOff, sh, oh, hp) - rLo;
      for (let j = 0; j < kw; j++) {
        const qOff = j * dwid - left;
        const qLo = firstInside(qOff, sw);
        const nQ = lastInside(qOff, sw, ow, wp) - qLo;
        if (nR <= 0 || nQ <= 0) continue;
        const xStart = xp + ((<usize>((b * hp + rLo * sh + rOff) * wp + qLo * sw + qOff) * <usize>ci) << 2);
        const dyStart = dyImage + ((<usize>(rLo * ow + qLo) * <usize>co) << 2);
        const out = dw + (<usize>((i * kw + j) * ci) * <usize>co << 2);
        // 8 output channels × 4 input channels per pass: eight accumulators, each x and dy value of the image read once.
        const co8 = co & ~7;
        const ci4b = ci & ~3;
        const rowBytes8 = <usize>co << 2;
        for (let o = 0; o < co8; o += 8) {
          for (let c = 0; c < ci4b; c += 4) {
            const o0 = out + (<usize>(c * co + o) << 2);
            let a0 = v128.load(o0);
            let b0 = v128.load(o0 + 16);
            let a1 = v128.load(o0 + rowBytes8);
            let b1 = v128.load(o0 + rowBytes8 + 16);
            let a2 = v128.load(o0 + 2 * rowBytes8);
            let b2 = v128.load(o0 + 2 * rowBytes8 + 16);
            let a3 = v128.load(o0 + 3 * rowBytes8);
            let b3 = v128.load(o0 + 3 * rowBytes8 + 16);
            let rx = xStart + (<usize>c << 2);
            let rg = dyStart + (<usize>o << 2);
            for (let r = 0; r < nR; r++) {
              let px = rx;
              let pg = rg;
              for (let q = 0; q < nQ; q++) {
                const g = v128.load(pg);
                const h = v128.load(pg + 16);
                const x0 = v128.load32_splat(px);
                const x1 = v128.load32_splat(px + 4);
                const x2 = v128.load32_splat(px + 8);
                const x3 = v128.load32_splat(px + 12);
                a0 = madd(x0, g, a0);
                b0 = madd(x0, h, b0);
                a1 = madd(x1, g, a1);
                b1 = madd(x1, h, b1);
                a2 = madd(x2, g, a2);
                b2 = madd(x2, h, b2);
                a3 = madd(x3, g, a3);
                b3 = madd(x3, h, b3);
                px += xStep;
                pg += dyStep;
              }
              rx += xRowStep;
              rg += dyRowStep;
            }
            v128.store(o0, a0);
            v128.store(o0 + 16, b0);
            v128.store(o0 + rowBytes8, a1);
            v128.store(o0 + rowBytes8 + 16, b1);
            v128.store(o0 + 2 * rowBytes8, a2);
            v128.store(o0 + 2 * rowBytes8 + 16, b2);
            v128.store(o0 + 3 * rowBytes8, a3);
            v128.store(o0 + 3 * rowBytes8 + 16, b3);
          }
        }
        // Vector lanes of co; 4 input channels per pass (what the 8-wide blocks left).
        for (let o = 0; o < co4; o += 4) {
          const blocked = o < co8;
          let c = blocked ? ci4b : 0;
          for (; c < ci4; c += 4) {
            const o0 = out + (<usize>(c * co + o) << 2);
            const rowBytes = <usize>co << 2;
            let a0 = v128.load(o0);
            let a1 = v128.load(o0 + rowBytes);
            let a2 = v128.load(o0 + 2 * rowBytes);
            let a3 = v128.load(o0 + 3 * rowBytes);
            let rx = xStart + (<usize>c << 2);
            let rg = dyStart + (<usize>o << 2);
            for (let r = 0; r < nR; r++) {
              let px = rx;
              let pg = rg;
              for (let q = 0; q < nQ; q++) {
                const g = v128.load(pg);
                a0 = madd(v128.load32_splat(px), g, a0);
                a1 = madd(v128.load32_splat(px + 4), g, a1);
                a2 = madd(v128.load32_splat(px + 8), g, a2);
                a3 = madd(v128.load32_splat(px + 12), g, a3);
                px += xStep;
                pg += dyStep;
              }
              rx += xRowStep;
              rg += dyRowStep;
            }
            v128.store(o0, a0);
            v128.store(o0 + rowBytes, a1);
            v128.store(o0 + 2 * rowBytes, a2);
            v128.store(o0 + 3 * rowBytes, a3);
          }
          for (; c < ci; c++) {
            const o0 = out + (<usize>(c * co + o) << 2);
            let a0 = v128.load(o0);
            let rx = xStart + (<usize>c << 2);
            let rg = dyStart + (<usize>o << 2);
            for (let r = 0; r < nR; r++) {
              let px = rx;
              let pg = rg;
              for (let q = 0; q < nQ; q++) {
                a0 = madd(v128.load32_splat(px), v128.load(pg), a0);
                px += xStep;
                pg += dyStep;
              }
              rx += xRowStep;
              rg += dyRowStep;
            }
            v128.store(o0, a0);
          }
        }
        // Output channels left over after the groups of 4.
        for (let o = co4; o < co; o++) {
          for (let c = 0; c < ci; c++) {
            const o0 = out + (<usize>(c * co + o) << 2);
            let acc = load<f32>(o0);
            let rx = xStart + (<usize>c << 2);
            let rg = dyStart + (<usize>o << 2);
            for (let r = 0; r < nR; r++) {
              let px = rx;
              let pg = rg;
              for (let q = 0; q < nQ; q++) {
                acc += load<f32>(px) * load<f32>(pg);
                px += xStep;
                pg += dyStep;
              }
              rx += xRowStep;
              rg += dyRowStep;
            }
            store<f32>(o0, acc);
          }
        }
      }
    }
  }
}

/** The first output index n ≥ 0 whose input index n·s + off is ≥ 0. */
@inline
function firstInside(off: i32, s: i32): i32 {
  return off >= 0 ? 0 : (s - 1 - off) / s;
}

/** One past the last output index (below n) whose input index n·s + off is below size. */
@inline
function lastInside(off: i32, s: i32, n: i32, size: i32): i32 {
  return size - 1 - off < 0 ? 0 : min(n, (size - 1 - off) / s + 1);
}

/** out[r, c] = v[c] · scale: the gradient of a mean over leading axes. */
export function broadcastRows(v: usize, rows: i32, cols: i32, scale: f32, out: usize): void {
  const vecCols = cols & ~3;
  const s = f32x4.splat(scale);
  for (let r = 0; r < rows; r++) {
    const base = out + ((<usize>r * <usize>cols) << 2);
    let c = 0;
    for (; c < vecCols; c += 4) v128.store(base + (<usize>c << 2), f32x4.mul(v128.load(v + (<usize>c << 2)), s));
    for (; c < cols; c++) store<f32>(base + (<usize>c << 2), load<f32>(v + (<usize>c << 2)) * scale);
  }
}

/** out = dy · (x · 2): the gradient of x², in tfjs's operation order. */
export function squareGrad(dy: usize, x: usize, n: i32, out: usize): void {
  const two = f32x4.splat(2);
  const vecN = n & ~3;
  let i = 0;
  for (; i < vecN; i += 4) {
    const k = <usize>i << 2;
    v128.store(out + k, f32x4.mul(v128.load(dy + k), f32x4.mul(v128.load(x + k), two)));
  }
  for (; i < n; i++) {
    const k = <usize>i << 2;
    store<f32>(out + k, load<f32>(dy + k) * (load<f32>(x + k) * 2));
  }
}

/** out = a + b over n floats (gradients summed where a tensor feeds two layers: a residual block's input). */
export function addSame(a: usize, b: usize, n: i32, out: usize): void {
  const vecN = n & ~3;
  let i = 0;
  for (; i < vecN; i += 4) {
    const k = <usize>i << 2;
    v128.store(out + k, f32x4.add(v128.load(a + k), v128.load(b + k)));
  }
  for (; i < n; i++) {
    const k = <usize>i << 2;
    store<f32>(out + k, load<f32>(a + k) + load<f32>(b + k));
  }
}

/** out = max(a + b, 0) (y < 0 ? 0 : y, as tfjs's ReLU): a residual add and the ReLU after it in one pass. */
export function addRelu(a: usize, b: usize, n: i32, out: usize): void {
  const zero = f32x4.splat(0);
  const vecN = n & ~3;
  let i = 0;
  for (; i < vecN; i += 4) {
    const k = <usize>i << 2;
    v128.store(out + k, f32x4.pmax(f32x4.add(v128.load(a + k), v128.load(b + k)), zero));
  }
  for (; i < n; i++) {
    const k = <usize>i << 2;
    const y = load<f32>(a + k) + load<f32>(b + k);
    store<f32>(out + k, y < 0 ? 0 : y);
  }
}

/** out = x > 0 ? dy : 0 — ReLU's gradient (tfjs: dy · step(x)) in one pass. */
export function reluGrad(dy: usize, x: usize, n: i32, out: usize): void {
  const zero = f32x4.splat(0);
  const vecN = n & ~3;
  let i = 0;
  for (; i < vecN; i += 4) {
    const k = <usize>i << 2;
    v128.store(out + k, v128.and(v128.load(dy + k), f32x4.gt(v128.load(x + k), zero)));
  }
  for (; i < n; i++) {
    const k = <usize>i << 2;
    store<f32>(out + k, select<f32>(load<f32>(dy + k), 0, load<f32>(x + k) > 0));
  }
}
