/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript.
/**
 * acc + a·b on four lanes: one fused multiply-add where the build enables relaxed SIMD (the -fma
 * modules: x64 and ARM run it as one instruction, twice the multiply-adds per cycle of a mul then an
 * add), else the two instructions every SIMD engine has. Small enough that -O3 inlines it everywhere.
 */
export function madd(a: v128, b: v128, acc: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, acc);
  return f32x4.add(acc, f32x4.mul(a, b));
}
