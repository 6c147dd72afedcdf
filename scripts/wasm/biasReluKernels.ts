/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
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

/**
 * The gradient of max(z + b, 0) from its output y: dz = y > 0 ? dy : 0, and sum[c] = Σ_r dz[r, c] (the
 * bias gradient), in one pass. acc: scratch of 4·cols floats (the sums of 4-row blocks, folded at the end).
 */
export function reluGradRows(dy: usize, y: usize, rows: i32, cols: i32, dz: usize, sum: usize, acc: usize): void {
  const zero = f32x4.splat(0);
  const block = <usize>(4 * cols) << 2;
  const blocks = rows >> 2;
  memory.fill(acc, 0, block);
  if (cols === 6) {
    // Six channels (LeNet-5's first layer): the 4-row block's six vectors summed in registers.
    let a0 = zero, a1 = zero, a2 = zero, a3 = zero, a4 = zero, a5 = zero;
    for (let r = 0; r < blocks; r++) {
      const base = <usize>r * block;
      const g0 = v128.and(v128.load(dy + base), f32x4.gt(v128.load(y + base), zero));
      const g1 = v128.and(v128.load(dy + base + 16), f32x4.gt(v128.load(y + base + 16), zero));
      const g2 = v128.and(v128.load(dy + base + 32), f32x4.gt(v128.load(y + base + 32), zero));
      const g3 = v128.and(v128.load(dy + base + 48), f32x4.gt(v128.load(y + base + 48), zero));
      const g4 = v128.and(v128.load(dy + base + 64), f32x4.gt(v128.load(y + base + 64), zero));
      const g5 = v128.and(v128.load(dy + base + 80), f32x4.gt(v128.load(y + base + 80), zero));
      v128.store(dz + base, g0); v128.store(dz + base + 16, g1); v128.store(dz + base + 32, g2);
      v128.store(dz + base + 48, g3); v128.store(dz + base + 64, g4); v128.store(dz + base + 80, g5);
      a0 = f32x4.add(a0, g0); a1 = f32x4.add(a1, g1); a2 = f32x4.add(a2, g2);
      a3 = f32x4.add(a3, g3); a4 = f32x4.add(a4, g4); a5 = f32x4.add(a5, g5);
    }
    v128.store(acc, a0); v128.store(acc + 16, a1); v128.store(acc + 32, a2);
    v128.store(acc + 48, a3); v128.store(acc + 64, a4); v128.store(acc + 80, a5);
  } else {
    for (let r = 0; r < blocks; r++) {
      const base = <usize>r * block;
      for (let f: usize = 0; f < block; f += 16) {
        const g = v128.and(v128.load(dy + base + f), f32x4.gt(v128.load(y + base + f), zero));
        v128.store(dz + base + f, g);
        v128.store(acc + f, f32x4.add(v128.load(acc + f), g));
      }
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
