/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
/**
 * LayerLoom's broadcasting kernels (same rules as kernels.ts: the tfjs wasm backend's memory,
 * byte-offset pointers, float32 tensors, no allocation). Built with it by ./build.sh.
 */

/**
 * out[r, c] = x[r, c] + v[c] over a [rows, cols] view (a bias add, or x − mean with v negated):
 * pat is v repeated 4 times, so 4 rows at a time are 4·cols floats — whole vectors whatever cols is.
 */
export function addRows(x: usize, pat: usize, rows: i32, cols: i32, out: usize): void {
  const block = <usize>(4 * cols) << 2; // bytes in 4 rows
  const blocks = rows >> 2;
  for (let r = 0; r < blocks; r++) {
    const base = <usize>r * block;
    for (let f: usize = 0; f < block; f += 16) {
      v128.store(out + base + f, f32x4.add(v128.load(x + base + f), v128.load(pat + f)));
    }
  }
  // The last rows (fewer than 4) one float at a time.
  const done = <usize>blocks * block;
  const left = <usize>((rows & 3) * cols) << 2;
  for (let f: usize = 0; f < left; f += 4) {
    store<f32>(out + done + f, load<f32>(x + done + f) + load<f32>(pat + f));
  }
}

/**
 * Copies a box of up to three outer axes: n0 × n1 × n2 runs of `run` bytes, with byte strides s* in
 * the source and d* in the destination (Slice, PadV2: the runs are the trailing axes copied whole).
 */
export function copyRuns(
  src: usize, dst: usize, n0: i32, n1: i32, n2: i32, run: usize,
  s0: usize, s1: usize, s2: usize, d0: usize, d1: usize, d2: usize,
): void {
  for (let a = 0; a < n0; a++) {
    for (let b = 0; b < n1; b++) {
      let s = src + <usize>a * s0 + <usize>b * s1;
      let d = dst + <usize>a * d0 + <usize>b * d1;
      for (let c = 0; c < n2; c++) {
        memory.copy(d, s, run);
        s += s2;
        d += d2;
      }
    }
  }
}
