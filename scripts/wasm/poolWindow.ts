/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (imported by poolKernels.ts and biasReluKernels.ts, inlined), not TypeScript.

/**
 * The gradient of one 2×2 max-pool window, four channels: x at p00 (rows rowBytes apart, pixels cb apart),
 * dy at pg, dx stored at q00 with the same strides: dy at the first strictly largest tap (from −∞, each
 * strictly larger tap takes over: NaN and −∞ never do; the winner is the last that took over), 0 at the
 * others. With `relu` (x is a ReLU's output) dy only where that largest value is > 0. Returns dy as stored
 * at the winner (masked by the ReLU).
 */
@inline
export function windowGrad(p00: usize, pg: usize, q00: usize, rowBytes: usize, cb: usize, relu: bool): v128 {
  const p10 = p00 + rowBytes;
  const v00 = v128.load(p00), v01 = v128.load(p00 + cb), v10 = v128.load(p10), v11 = v128.load(p10 + cb);
  const t00 = f32x4.gt(v00, f32x4.splat(-Infinity));
  const b0 = v128.bitselect(v00, f32x4.splat(-Infinity), t00);
  const t01 = f32x4.gt(v01, b0);
  const b1 = v128.bitselect(v01, b0, t01);
  const t10 = f32x4.gt(v10, b1);
  const b2 = v128.bitselect(v10, b1, t10);
  const t11 = f32x4.gt(v11, b2);
  let g = v128.load(pg);
  if (relu) g = v128.and(g, f32x4.gt(v128.bitselect(v11, b2, t11), f32x4.splat(0)));
  const m11 = t11;
  const m10 = v128.andnot(t10, t11);
  const m01 = v128.andnot(v128.andnot(t01, t10), t11);
  const m00 = v128.andnot(v128.andnot(v128.andnot(t00, t01), t10), t11);
  const q10 = q00 + rowBytes;
  v128.store(q00, v128.and(g, m00));
  v128.store(q00 + cb, v128.and(g, m01));
  v128.store(q10, v128.and(g, m10));
  v128.store(q10 + cb, v128.and(g, m11));
  return g;
}
