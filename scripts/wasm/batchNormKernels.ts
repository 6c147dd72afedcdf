/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
import { sumRows } from "./kernels";
/**
 * LayerLoom's batch-norm kernels (same rules as kernels.ts: the tfjs wasm backend's memory, byte-offset
 * pointers, float32 channels-last tensors viewed as [rows, channels], no allocation). Built with it by
 * ./build.sh.
 */

/** Per channel: sumDy[c] = Σ dy, sumDyXm[c] = Σ dy·(x − mean[c]) — the batch-norm gradient's two reductions. */
export function batchNormGradSums(x: usize, dy: usize, mean: usize, rows: i32, cols: i32, sumDy: usize, sumDyXm: usize): void {
  if ((cols & 15) === 0) {
    // 16 channels at a time with both sums in registers, as sumRows.
    const stride = <usize>cols << 2;
    for (let c = 0; c < cols; c += 16) {
      const cb = <usize>c << 2;
      const m0 = v128.load(mean + cb), m1 = v128.load(mean + cb + 16), m2 = v128.load(mean + cb + 32), m3 = v128.load(mean + cb + 48);
      let s0 = f32x4.splat(0), s1 = f32x4.splat(0), s2 = f32x4.splat(0), s3 = f32x4.splat(0);
      let t0 = f32x4.splat(0), t1 = f32x4.splat(0), t2 = f32x4.splat(0), t3 = f32x4.splat(0);
      let px = x + cb;
      let pg = dy + cb;
      for (let r = 0; r < rows; r++) {
        let g = v128.load(pg);
        s0 = f32x4.add(s0, g); t0 = madd(g, f32x4.sub(v128.load(px), m0), t0);
        g = v128.load(pg + 16);
        s1 = f32x4.add(s1, g); t1 = madd(g, f32x4.sub(v128.load(px + 16), m1), t1);
        g = v128.load(pg + 32);
        s2 = f32x4.add(s2, g); t2 = madd(g, f32x4.sub(v128.load(px + 32), m2), t2);
        g = v128.load(pg + 48);
        s3 = f32x4.add(s3, g); t3 = madd(g, f32x4.sub(v128.load(px + 48), m3), t3);
        px += stride;
        pg += stride;
      }
      v128.store(sumDy + cb, s0); v128.store(sumDy + cb + 16, s1); v128.store(sumDy + cb + 32, s2); v128.store(sumDy + cb + 48, s3);
      v128.store(sumDyXm + cb, t0); v128.store(sumDyXm + cb + 16, t1); v128.store(sumDyXm + cb + 32, t2); v128.store(sumDyXm + cb + 48, t3);
    }
    return;
  }
  memory.fill(sumDy, 0, <usize>cols << 2);
  memory.fill(sumDyXm, 0, <usize>cols << 2);
  const vecCols = cols & ~3;
  for (let r = 0; r < rows; r++) {
    const base = (<usize>r * <usize>cols) << 2;
    let c = 0;
    for (; c < vecCols; c += 4) {
      const k = <usize>c << 2;
      const g = v128.load(dy + base + k);
      const xm = f32x4.sub(v128.load(x + base + k), v128.load(mean + k));
      v128.store(sumDy + k, f32x4.add(v128.load(sumDy + k), g));
      v128.store(sumDyXm + k, f32x4.add(v128.load(sumDyXm + k), f32x4.mul(g, xm)));
    }
    for (; c < cols; c++) {
      const k = <usize>c << 2;
      const g = load<f32>(dy + base + k);
      store<f32>(sumDy + k, load<f32>(sumDy + k) + g);
      store<f32>(sumDyXm + k, load<f32>(sumDyXm + k) + g * (load<f32>(x + base + k) - load<f32>(mean + k)));
    }
  }
}

/** out[r, c] = (x[r, c] − mean[c]) · gain[c] + offset[c]: batch-norm inference/forward with folded factors. */
export function normalizeChannels(x: usize, mean: usize, gain: usize, offset: usize, rows: i32, cols: i32, out: usize): void {
  const vecCols = cols & ~3;
  for (let r = 0; r < rows; r++) {
    const base = (<usize>r * <usize>cols) << 2;
    let c = 0;
    for (; c < vecCols; c += 4) {
      const k = <usize>c << 2;
      const y = f32x4.add(f32x4.mul(f32x4.sub(v128.load(x + base + k), v128.load(mean + k)), v128.load(gain + k)), v128.load(offset + k));
      v128.store(out + base + k, y);
    }
    for (; c < cols; c++) {
      const k = <usize>c << 2;
      store<f32>(out + base + k, (load<f32>(x + base + k) - load<f32>(mean + k)) * load<f32>(gain + k) + load<f32>(offset + k));
    }
  }
}

/**
 * Batch statistics per channel of a [rows, cols] view, two passes (the mean, then the mean squared
 * deviation: no cancellation as in Σx² − (Σx)²/n): mean[c] and the biased variance[c].
 */
export function channelMoments(x: usize, rows: i32, cols: i32, mean: usize, variance: usize): void {
  sumRows(x, rows, cols, mean);
  memory.fill(variance, 0, <usize>cols << 2);
  const inv = <f32>1 / <f32>rows;
  const vecCols = cols & ~3;
  const vInv = f32x4.splat(inv);
  let c = 0;
  for (; c < vecCols; c += 4) v128.store(mean + (<usize>c << 2), f32x4.mul(v128.load(mean + (<usize>c << 2)), vInv));
  for (; c < cols; c++) store<f32>(mean + (<usize>c << 2), load<f32>(mean + (<usize>c << 2)) * inv);
  if ((cols & 15) === 0) {
    // 16 channels at a time with the squared deviations summed in registers, as sumRows.
    const stride = <usize>cols << 2;
    for (c = 0; c < cols; c += 16) {
      const cb = <usize>c << 2;
      const m0 = v128.load(mean + cb), m1 = v128.load(mean + cb + 16), m2 = v128.load(mean + cb + 32), m3 = v128.load(mean + cb + 48);
      let a0 = f32x4.splat(0), a1 = f32x4.splat(0), a2 = f32x4.splat(0), a3 = f32x4.splat(0);
      let p = x + cb;
      for (let r = 0; r < rows; r++) {
        let d = f32x4.sub(v128.load(p), m0); a0 = madd(d, d, a0);
        d = f32x4.sub(v128.load(p + 16), m1); a1 = madd(d, d, a1);
        d = f32x4.sub(v128.load(p + 32), m2); a2 = madd(d, d, a2);
        d = f32x4.sub(v128.load(p + 48), m3); a3 = madd(d, d, a3);
        p += stride;
      }
      v128.store(variance + cb, f32x4.mul(a0, vInv)); v128.store(variance + cb + 16, f32x4.mul(a1, vInv));
      v128.store(variance + cb + 32, f32x4.mul(a2, vInv)); v128.store(variance + cb + 48, f32x4.mul(a3, vInv));
    }
    return;
  }
  for (let r = 0; r < rows; r++) {
    const base = x + ((<usize>r * <usize>cols) << 2);
    c = 0;
    for (; c < vecCols; c += 4) {
      const k = <usize>c << 2;
      const d = f32x4.sub(v128.load(base + k), v128.load(mean + k));
      v128.store(variance + k, madd(d, d, v128.load(variance + k)));
    }
    for (; c < cols; c++) {
      const k = <usize>c << 2;
      const d = load<f32>(base + k) - load<f32>(mean + k);
      store<f32>(variance + k, load<f32>(variance + k) + d * d);
    }
  }
  c = 0;
  for (; c < vecCols; c += 4) v128.store(variance + (<usize>c << 2), f32x4.mul(v128.load(variance + (<usize>c << 2)), vInv));
  for (; c < cols; c++) store<f32>(variance + (<usize>c << 2), load<f32>(variance + (<usize>c << 2)) * inv);
}

/** out[r, c] = a[c]·dy[r, c] + b[c]·x[r, c] + k[c]: a training batch norm's input gradient with folded factors. */
export function channelAffine2(dy: usize, x: usize, a: usize, b: usize, k: usize, rows: i32, cols: i32, out: usize): void {
  const vecCols = cols & ~3;
  for (let r = 0; r < rows; r++) {
    const base = (<usize>r * <usize>cols) << 2;
    let c = 0;
    for (; c < vecCols; c += 4) {
      const o = <usize>c << 2;
      const y = madd(v128.load(dy + base + o), v128.load(a + o), madd(v128.load(x + base + o), v128.load(b + o), v128.load(k + o)));
      v128.store(out + base + o, y);
    }
    for (; c < cols; c++) {
      const o = <usize>c << 2;
      store<f32>(out + base + o, load<f32>(dy + base + o) * load<f32>(a + o) + load<f32>(x + base + o) * load<f32>(b + o) + load<f32>(k + o));
    }
  }
}
