/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { windowGrad } from "./poolWindow";
/**
 * A layer's bias and ReLU, forward and backward, each in one pass over a [rows, cols] view (same rules
 * as kernels.ts: the tfjs wasm backend's memory, byte-offset pointers, float32, no allocation). `pat` is
 * the bias repeated 4 times, so 4 rows are 4·cols floats: whole vectors whatever cols is (addRows' trick).
 */

/** out[r, c] = max(x[r, c] + b[c], 0) (y < 0 ? 0 : y, as tfjs's ReLU); out may be x (in place). */
export function addRowsRelu(x: usize, pat: usize, rows: i32, cols: i32, out: usize): void {
  const zero = f32x4.splat(0);
  const block = <usize>(4 * cols) << 2; // bytes in 4 rows
  const blocks = rows >> 2;
  for (let r = 0; r < blocks; r++) {
    const base = <usize>r * block;
    for (let f: usize = 0; f < block; f += 16) {
      v128.store(out + base + f, f32x4.pmax(f32x4.add(v128.load(x + base + f), v128.load(pat + f)), zero));
    }
  }
  const done = <usize>blocks * block;
  const left = <usize>((rows & 3) * cols) << 2;
  for (let f: usize = 0; f < left; f += 4) {
    const y = load<f32>(x + done + f) + load<f32>(pat + f);
    store<f32>(out + done + f, y < 0 ? 0 : y);
  }
}

/** dz = y > 0 ? dy : 0 for one vector at byte offset k; returns it. */
@inline
function maskAt(dy: usize, y: usize, dz: usize, k: usize): v128 {
  const g = v128.and(v128.load(dy + k), f32x4.gt(v128.load(y + k), f32x4.splat(0)));
  v128.store(dz + k, g);
  return g;
}

/**
 * The gradient of max(z + b, 0) from its output y: dz = y > 0 ? dy : 0, and sum[c] = Σ_r dz[r, c] (the
 * bias gradient), in one pass; the sums in registers (a sum kept in memory is a store-to-load chain per
 * vector: LeNet-5's 16-channel layer ran slower than ReluGrad and Sum apart). Channels a multiple of 4:
 * 16 channels at a time down the rows, then 4; six channels: 4-row blocks of six vectors; others: 4-row
 * blocks summed into acc (scratch of 4·cols floats), folded at the end.
 */
export function reluGradRows(dy: usize, y: usize, rows: i32, cols: i32, dz: usize, sum: usize, acc: usize): void {
  const zero = f32x4.splat(0);
  if ((cols & 3) === 0) {
    const stride = <usize>cols << 2;
    let c = 0;
    for (; c + 16 <= cols; c += 16) {
      let a0 = zero, a1 = zero, a2 = zero, a3 = zero;
      let k = <usize>c << 2;
      for (let r = 0; r < rows; r++) {
        a0 = f32x4.add(a0, maskAt(dy, y, dz, k)); a1 = f32x4.add(a1, maskAt(dy, y, dz, k + 16));
        a2 = f32x4.add(a2, maskAt(dy, y, dz, k + 32)); a3 = f32x4.add(a3, maskAt(dy, y, dz, k + 48));
        k += stride;
      }
      const o = sum + (<usize>c << 2);
      v128.store(o, a0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
    }
    for (; c < cols; c += 4) {
      let a0 = zero;
      let k = <usize>c << 2;
      for (let r = 0; r < rows; r++) {
        a0 = f32x4.add(a0, maskAt(dy, y, dz, k));
        k += stride;
      }
      v128.store(sum + (<usize>c << 2), a0);
    }
    return;
  }
  const block = <usize>(4 * cols) << 2;
  const blocks = rows >> 2;
  memory.fill(acc, 0, block);
  if (cols === 6) {
    let a0 = zero, a1 = zero, a2 = zero, a3 = zero, a4 = zero, a5 = zero;
    for (let r = 0; r < blocks; r++) {
      const k = <usize>r * block;
      a0 = f32x4.add(a0, maskAt(dy, y, dz, k)); a1 = f32x4.add(a1, maskAt(dy, y, dz, k + 16));
      a2 = f32x4.add(a2, maskAt(dy, y, dz, k + 32)); a3 = f32x4.add(a3, maskAt(dy, y, dz, k + 48));
      a4 = f32x4.add(a4, maskAt(dy, y, dz, k + 64)); a5 = f32x4.add(a5, maskAt(dy, y, dz, k + 80));
    }
    v128.store(acc, a0); v128.store(acc + 16, a1); v128.store(acc + 32, a2);
    v128.store(acc + 48, a3); v128.store(acc + 64, a4); v128.store(acc + 80, a5);
  } else {
    for (let r = 0; r < blocks; r++) {
      const base = <usize>r * block;
      for (let f: usize = 0; f < block; f += 16) v128.store(acc + f, f32x4.add(v128.load(acc + f), maskAt(dy, y, dz, base + f)));
    }
  }
  // The last rows (fewer than 4) one float at a time, into the block's first rows.
  const done = <usize>blocks * block;
  const left = <usize>((rows & 3) * cols) << 2;
  for (let f: usize = 0; f < left; f += 4) {
    const g = select<f32>(load<f32>(dy + done + f), 0, load<f32>(y + done + f) > 0);
    store<f32>(dz + done + f, g);
    store<f32>(acc + f, load<f32>(acc + f) + g);
  }
  const row = <usize>cols << 2;
  for (let c: usize = 0; c < row; c += 4) {
    store<f32>(sum + c, (load<f32>(acc + c) + load<f32>(acc + row + c)) + (load<f32>(acc + 2 * row + c) + load<f32>(acc + 3 * row + c)));
  }
}

/**
 * The gradient of a 2×2/2 max pool over a ReLU's output x (≥ 0) and of that ReLU with its bias, in one
 * pass: dx = dy at each window's first strictly largest tap when that value is > 0, else 0 (MaxPoolGrad
 * then ReLU's gradient), and sum[c] = Σ dx[.., c] (the bias gradient: one term per window). Four channels
 * at a time; ch ≥ 4 not a multiple of 4 overlaps the last block on the previous one (its repeated lanes
 * left out of the sums). Inputs no window covers (odd sides) are zeroed first.
 */
export function maxPoolReluGradBias(x: usize, dy: usize, dx: usize, sum: usize, batch: i32, h: i32, w: i32, ch: i32, oh: i32, ow: i32): void {
  if (oh * 2 !== h || ow * 2 !== w) memory.fill(dx, 0, (<usize>batch * <usize>h * <usize>w * <usize>ch) << 2);
  memory.fill(sum, 0, <usize>ch << 2);
  const last = ch - 4;
  const rowBytes = <usize>(w * ch) << 2;
  const cb = <usize>ch << 2;
  const lanes = i32x4(0, 1, 2, 3);
  // Up to 16 channels the sums stay in registers (s0..s3, one per block of 4): added in memory, each
  // window's add waited for the previous window's store (LeNet-5's 28×28×6 layer: 0.131 -> 0.111 ms a call).
  // The same sums in the same order either way.
  let s0 = f32x4.splat(0), s1 = f32x4.splat(0), s2 = f32x4.splat(0), s3 = f32x4.splat(0);
  for (let b = 0; b < batch; b++) {
    for (let yr = 0; yr < oh; yr++) {
      for (let yc = 0; yc < ow; yc++) {
        const corner = (<usize>(((b * h + yr * 2) * w + yc * 2) * ch)) << 2;
        const g0 = dy + ((<usize>(((b * oh + yr) * ow + yc) * ch)) << 2);
        for (let d = 0; d < ch; d += 4) {
          const dd = d > last ? last : d;
          const off = corner + (<usize>dd << 2);
          // Lanes an earlier block already summed (the overlapping last block) are left out.
          const g = v128.and(windowGrad(x + off, g0 + (<usize>dd << 2), dx + off, rowBytes, cb, true), i32x4.ge_s(lanes, i32x4.splat(d - dd)));
          if (d === 0) s0 = f32x4.add(s0, g);
          else if (d === 4) s1 = f32x4.add(s1, g);
          else if (d === 8) s2 = f32x4.add(s2, g);
          else if (d === 12) s3 = f32x4.add(s3, g);
          else {
            const o = sum + (<usize>dd << 2);
            v128.store(o, f32x4.add(v128.load(o), g));
          }
        }
      }
    }
  }
  addSums(sum, s0, 0, last);
  if (ch > 4) addSums(sum, s1, 4, last);
  if (ch > 8) addSums(sum, s2, 8, last);
  if (ch > 12) addSums(sum, s3, 12, last);
}

/** Adds block d's sums (lanes outside the block's own channels are 0) into sum[dd .. dd + 3]. */
@inline
function addSums(sum: usize, s: v128, d: i32, last: i32): void {
  const o = sum + (<usize>(d > last ? last : d) << 2);
  v128.store(o, f32x4.add(v128.load(o), s));
}

