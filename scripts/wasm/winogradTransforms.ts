/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
/**
 * Input transforms shared by the Winograd kernels (winogradKernels.ts, winogradFilterGradKernels.ts).
 * Not an entry file: -O3 inlines or calls these; they are not exports of the module.
 */

/**
 * F(2×2, 3×3)'s input transform V = Bᵀ·d·B (rows of Bᵀ: [1 0 −1 0], [0 1 1 0], [0 −1 1 0], [0 1 0 −1]) of
 * the 4×4 tile at rows r0…r0+3, columns c0…c0+3 of one image (zeros outside it), four channels from
 * `image` (the image's first pixel, plus the channel offset); V[p], p = 4·i + j, goes to pv + p·step.
 */
export function inputTransform(image: usize, h: i32, w: i32, pix: usize, r0: i32, c0: i32, pv: usize, step: usize): void {
  const zero = f32x4.splat(0);
  // Rows of the tile, each transformed along its columns first: e = d·B.
  let e00 = zero, e01 = zero, e02 = zero, e03 = zero;
  let e10 = zero, e11 = zero, e12 = zero, e13 = zero;
  let e20 = zero, e21 = zero, e22 = zero, e23 = zero;
  let e30 = zero, e31 = zero, e32 = zero, e33 = zero;
  for (let i = 0; i < 4; i++) {
    const r = r0 + i;
    let d0 = zero, d1 = zero, d2 = zero, d3 = zero;
    if (r >= 0 && r < h) {
      const row = image + (<usize>(r * w)) * pix;
      if (c0 >= 0 && c0 < w) d0 = v128.load(row + <usize>c0 * pix);
      if (c0 + 1 < w) d1 = v128.load(row + <usize>(c0 + 1) * pix);
      if (c0 + 2 < w) d2 = v128.load(row + <usize>(c0 + 2) * pix);
      if (c0 + 3 < w) d3 = v128.load(row + <usize>(c0 + 3) * pix);
    }
    const f0 = f32x4.sub(d0, d2);
    const f1 = f32x4.add(d1, d2);
    const f2 = f32x4.sub(d2, d1);
    const f3 = f32x4.sub(d1, d3);
    if (i === 0) { e00 = f0; e01 = f1; e02 = f2; e03 = f3; }
    else if (i === 1) { e10 = f0; e11 = f1; e12 = f2; e13 = f3; }
    else if (i === 2) { e20 = f0; e21 = f1; e22 = f2; e23 = f3; }
    else { e30 = f0; e31 = f1; e32 = f2; e33 = f3; }
  }
  // Then along rows: V = Bᵀ·e.
  v128.store(pv, f32x4.sub(e00, e20)); v128.store(pv + step, f32x4.sub(e01, e21));
  v128.store(pv + 2 * step, f32x4.sub(e02, e22)); v128.store(pv + 3 * step, f32x4.sub(e03, e23));
  pv += 4 * step;
  v128.store(pv, f32x4.add(e10, e20)); v128.store(pv + step, f32x4.add(e11, e21));
  v128.store(pv + 2 * step, f32x4.add(e12, e22)); v128.store(pv + 3 * step, f32x4.add(e13, e23));
  pv += 4 * step;
  v128.store(pv, f32x4.sub(e20, e10)); v128.store(pv + step, f32x4.sub(e21, e11));
  v128.store(pv + 2 * step, f32x4.sub(e22, e12)); v128.store(pv + 3 * step, f32x4.sub(e23, e13));
  pv += 4 * step;
  v128.store(pv, f32x4.sub(e10, e30)); v128.store(pv + step, f32x4.sub(e11, e31));
  v128.store(pv + 2 * step, f32x4.sub(e12, e32)); v128.store(pv + 3 * step, f32x4.sub(e13, e33));
}

/**
 * Bᵀ·d for F(4×4, 3×3) (rows of Bᵀ: [4 0 −5 0 1 0], [0 −4 −4 1 1 0], [0 4 −4 −1 1 0], [0 −2 −1 2 1 0],
 * [0 2 −1 −2 1 0], [0 4 0 −5 0 1]) on six vectors; result i goes to at + i·step. Inlined: as a call
 * (six v128 arguments) it cost as much as its arithmetic.
 */
// @ts-ignore: decorator
@inline
function bt6(d0: v128, d1: v128, d2: v128, d3: v128, d4: v128, d5: v128, at: usize, step: usize): void {
  const four = f32x4.splat(4);
  const two = f32x4.splat(2);
  const a = f32x4.sub(d4, d2); // d4 − d2
  const bq = f32x4.sub(d3, d1); // d3 − d1
  const c = f32x4.sub(d4, f32x4.mul(four, d2)); // d4 − 4d2
  const dd = f32x4.sub(d3, f32x4.mul(four, d1)); // d3 − 4d1
  v128.store(at, f32x4.add(f32x4.sub(f32x4.mul(four, d0), f32x4.mul(f32x4.splat(5), d2)), d4));
  v128.store(at + step, f32x4.add(c, dd));
  v128.store(at + 2 * step, f32x4.sub(c, dd));
  v128.store(at + 3 * step, madd(bq, two, a));
  v128.store(at + 4 * step, f32x4.sub(a, f32x4.mul(two, bq)));
  v128.store(at + 5 * step, f32x4.add(f32x4.sub(f32x4.mul(four, d1), f32x4.mul(f32x4.splat(5), d3)), d5));
}

/**
 * Bᵀ·e down the six columns of e: e's rows 0-1 at `top`, 2-3 at `mid`, 4-5 at `low` (each row six vectors, rows 96
 * bytes apart; e[i][j] 16·j bytes into its row): V[6i + j] at pv + (6i + j)·step.
 */
// @ts-ignore: decorator
@inline
function columns6(top: usize, mid: usize, low: usize, pv: usize, step: usize): void {
  for (let j = 0; j < 6; j++) {
    const o = <usize>j << 4;
    bt6(v128.load(top + o), v128.load(top + o + 96), v128.load(mid + o), v128.load(mid + o + 96), v128.load(low + o), v128.load(low + o + 96),
      pv + <usize>j * step, 6 * step);
  }
}

/**
 * F(4×4, 3×3)'s input transform V = Bᵀ·d·B of the 6×6 tile at rows r0…r0+5, columns c0…c0+5 of one
 * image (zeros outside it), every channel (ci a multiple of 4) from `image` (its first pixel);
 * V[p][k…k+3], p = 6·i + j, goes to pv + p·step + 4k. Rows first (e = d·B) into tmp (36 vectors, and a 37th
 * that an edge tile zeroes).
 * A tile's rows 4-5 are the rows 0-1 of the tile below it (tiles are 4 rows apart, windows 6), and e of a row
 * depends only on that row and the tile's columns: with `next` (non-zero) a tile whose rows 4-5 are inside the
 * image leaves their e at next (per 4 channels k, 12 vectors at next + 48k), and with `prev` (non-zero: the
 * tile above's `next`, written in the same call) a tile takes its rows 0-1 from there instead of computing them:
 * a third of the row pass (2 of 12 bt6 per 4 channels) and its loads and stores.
 * A tile inside the image loads its rows with no checks; an edge tile writes zero rows for rows
 * outside and loads columns outside from a column inside, zeroed by a mask (no branch per value).
 * Inlined, so that a caller passing constant strides (inputTransform6Known) gets every address as a
 * constant offset from one pointer.
 */
// @ts-ignore: decorator
@inline
export function inputTransform6(image: usize, h: i32, w: i32, pix: usize, r0: i32, c0: i32, ci: i32, pv: usize, step: usize, tmp: usize, prev: usize, next: usize): void {
  const rowBytes = <usize>w * pix;
  const mid = tmp + 192;
  if (r0 >= 0 && c0 >= 0 && r0 + 6 <= h && c0 + 6 <= w) {
    const from = prev !== 0 ? 2 : 0;
    const first = image + <usize>((r0 + from) * w + c0) * pix;
    for (let k = 0; k < ci; k += 4) {
      const low = next !== 0 ? next + <usize>(k * 48) : tmp + 384;
      let row = first + (<usize>k << 2);
      for (let i = from; i < 6; i++) {
        bt6(v128.load(row), v128.load(row + pix), v128.load(row + 2 * pix), v128.load(row + 3 * pix), v128.load(row + 4 * pix),
          v128.load(row + 5 * pix), i < 4 ? tmp + <usize>(i * 96) : low + <usize>((i - 4) * 96), 16);
        row += rowBytes;
      }
      columns6(prev !== 0 ? prev + <usize>(k * 48) : tmp, mid, low, pv + (<usize>k << 2), step);
    }
    return;
  }
  // An edge tile. Rows outside the image are zero rows of e = d·B: written once, for every channel group.
  const zero = f32x4.splat(0);
  const iLo = max(0, -r0), iHi = min(6, h - r0);
  // Rows 4-5 go to `next` only when both are inside (the tile below, if any, reads them); rows 0-1 come from
  // `prev` only below the first row of tiles (iLo is 0 there).
  const lowAt = iHi === 6 ? next : 0;
  const from = prev !== 0 ? 2 : iLo;
  for (let i = 0; i < 6; i++) {
    if (i >= iLo && i < iHi) continue;
    const at = tmp + (<usize>(i * 6) << 4);
    v128.store(at, zero); v128.store(at, zero, 16); v128.store(at, zero, 32);
    v128.store(at, zero, 48); v128.store(at, zero, 64); v128.store(at, zero, 80);
  }
  if (c0 >= -1 && c0 + 5 <= w) {
    // Columns 1-4 inside (every edge tile of a map whose width is a multiple of 4): columns 0 and 5 read from a
    // zero vector when outside, the others at constant offsets. Masking all six columns (below) kept six masks
    // and offsets in stack slots, reloaded for every row.
    const zeroAt = tmp + 576;
    v128.store(zeroAt, zero);
    const in0 = c0 >= 0, in5 = c0 + 5 < w;
    for (let k = 0; k < ci; k += 4) {
      const low = lowAt !== 0 ? lowAt + <usize>(k * 48) : tmp + 384;
      let row = image + <usize>((r0 + from) * w + c0 + 1) * pix + (<usize>k << 2); // column 1 of the first row computed
      for (let i = from; i < iHi; i++) {
        const p0 = select<usize>(row - pix, zeroAt, in0);
        const p5 = select<usize>(row + 4 * pix, zeroAt, in5);
        bt6(v128.load(p0), v128.load(row), v128.load(row + pix), v128.load(row + 2 * pix), v128.load(row + 3 * pix), v128.load(p5),
          i < 4 ? tmp + <usize>(i * 96) : low + <usize>((i - 4) * 96), 16);
        row += rowBytes;
      }
      columns6(prev !== 0 ? prev + <usize>(k * 48) : tmp, mid, low, pv + (<usize>k << 2), step);
    }
    return;
  }
  // Any other edge tile (narrow maps): columns outside load from a column inside, zeroed by a mask.
  const o0 = <usize>clampColumn(c0, w) * pix, o1 = <usize>clampColumn(c0 + 1, w) * pix, o2 = <usize>clampColumn(c0 + 2, w) * pix;
  const o3 = <usize>clampColumn(c0 + 3, w) * pix, o4 = <usize>clampColumn(c0 + 4, w) * pix, o5 = <usize>clampColumn(c0 + 5, w) * pix;
  const m0 = columnMask(c0, w), m1 = columnMask(c0 + 1, w), m2 = columnMask(c0 + 2, w);
  const m3 = columnMask(c0 + 3, w), m4 = columnMask(c0 + 4, w), m5 = columnMask(c0 + 5, w);
  for (let k = 0; k < ci; k += 4) {
    const chan = image + (<usize>k << 2);
    const low = lowAt !== 0 ? lowAt + <usize>(k * 48) : tmp + 384;
    for (let i = from; i < iHi; i++) {
      const row = chan + <usize>(r0 + i) * rowBytes;
      bt6(v128.and(v128.load(row + o0), m0), v128.and(v128.load(row + o1), m1), v128.and(v128.load(row + o2), m2),
        v128.and(v128.load(row + o3), m3), v128.and(v128.load(row + o4), m4), v128.and(v128.load(row + o5), m5),
        i < 4 ? tmp + <usize>(i * 96) : low + <usize>((i - 4) * 96), 16);
    }
    columns6(prev !== 0 ? prev + <usize>(k * 48) : tmp, mid, low, pv + (<usize>k << 2), step);
  }
}

/**
 * inputTransform6 with the pixel stride and V's position stride (`step` = vFloats(ci) floats) constants
 * for ResNet's channel counts 16, 32 and 64: the loads and stores then address by constant offsets
 * instead of an address computation each (V8 folds a constant offset into the instruction, not a
 * variable one).
 */
// @ts-ignore: decorator
@inline
export function inputTransform6Known(image: usize, h: i32, w: i32, r0: i32, c0: i32, ci: i32, pv: usize, tmp: usize, perChannel: i32, extra: i32, prev: usize, next: usize): void {
  if (ci === 16) inputTransform6(image, h, w, 64, r0, c0, 16, pv, <usize>(16 * perChannel + extra) << 2, tmp, prev, next);
  else if (ci === 32) inputTransform6(image, h, w, 128, r0, c0, 32, pv, <usize>(32 * perChannel + extra) << 2, tmp, prev, next);
  else if (ci === 64) inputTransform6(image, h, w, 256, r0, c0, 64, pv, <usize>(64 * perChannel + extra) << 2, tmp, prev, next);
  else inputTransform6(image, h, w, <usize>ci << 2, r0, c0, ci, pv, <usize>(ci * perChannel + extra) << 2, tmp, prev, next);
}

/**
 * Where tile (ty, tx)'s rows 4-5 go for the tile below, and where its rows 0-1 come from (0: none, the first row of
 * tiles), for inputTransform6: `rows` holds two rows of tiles' worth, ROW_CACHE_FLOATS(ci, tw) floats, alternating
 * by ty (the tile above's rows are read while this tile's are written).
 */
// @ts-ignore: decorator
@inline
export function rowCacheNext(rows: usize, ci: i32, tw: i32, ty: i32, tx: i32): usize {
  return rows + <usize>(((ty & 1) * tw + tx) * ci * 48);
}

// @ts-ignore: decorator
@inline
export function rowCachePrev(rows: usize, ci: i32, tw: i32, ty: i32, tx: i32): usize {
  return ty === 0 ? 0 : rows + <usize>((((ty - 1) & 1) * tw + tx) * ci * 48);
}

// @ts-ignore: decorator
@inline
function clampColumn(c: i32, w: i32): i32 {
  return c < 0 ? 0 : c >= w ? w - 1 : c;
}

/** All ones when column c is inside [0, w), else all zeros. */
// @ts-ignore: decorator
@inline
function columnMask(c: i32, w: i32): v128 {
  return i32x4.splat(c >= 0 && c < w ? -1 : 0);
}

/**
 * Reads one word of every cache line of tiles t0…t1 − 1 (F(4×4, 3×3)'s, in (image, row, column) order) of a
 * [batch, h, w, channels] tensor, pixels `pix` bytes apart: their 6×6 input windows (`window`) or their 4×4
 * outputs, clipped to the map. WebAssembly has no prefetch: a kernel calls this one block ahead, so the
 * lines come from memory while it multiplies instead of when the transforms need them (batch 64, one thread:
 * 4-7% faster forward, 5-15% faster filter gradients; two blocks ahead was slower). Returns the words
 * xor-ed, for the caller to store (a load whose value is unused could be dropped).
 * With `write`, stores a zero into each line instead: for outputs the caller has yet to write (their every
 * word), whose lines it fetches all the same. A load holds up the retirement of all that follows it until its
 * line arrives (the products stall once the reorder buffer fills); a store retires at once and waits in the
 * store queue (winograd4x4's outputs: 32×32×16 forward 6-8% faster than reading them, 16×16×32 3%).
 */
export function touchTiles(at: usize, pix: usize, h: i32, w: i32, t0: i32, t1: i32, perImage: i32, tw: i32, window: i32, write: bool = false): i32 {
  let sum = 0;
  let tile = t0;
  while (tile < t1) {
    const b = tile / perImage;
    const ty = (tile - b * perImage) / tw;
    const tx = tile - b * perImage - ty * tw;
    // The run of tiles on this row of tiles: one rectangle, read row by row in address order (the hardware
    // prefetcher follows ascending lines; tile by tile it saw short runs six rows apart).
    const last = min(t1, tile + tw - tx) - 1;
    const c0 = max(0, 4 * tx - window), c1 = min(w, 4 * (tx + last - tile) + 4 + window);
    const r1 = min(h, 4 * ty + 4 + window);
    for (let r = max(0, 4 * ty - window); r < r1; r++) {
      const row = at + (<usize>((b * h + r) * w)) * pix;
      const end = row + <usize>c1 * pix;
      if (write) for (let a = row + <usize>c0 * pix; a < end; a += 64) store<i32>(a, 0);
      else for (let a = row + <usize>c0 * pix; a < end; a += 64) sum ^= load<i32>(a);
    }
    tile = last + 1;
  }
  return sum;
}

/**
 * Floats between positions of a transformed filter U or of a filter gradient's products M: ci·co plus
 * 64 bytes. Planes exactly ci·co apart put a multiple of 4 KB between them (64 channels: 16 KB), so the
 * α² stores or loads of one channel block all fall in one L1 set: the 64→64 filter transform took
 * 0.24 ms, as long as a fifth of the convolution.
 */
// @ts-ignore: decorator
@inline
export function planeFloats(ci: i32, co: i32): i32 {
  return ci * co + 16;
}

/**
 * U = G·g·Gᵀ of a 3×3 filter g [3, 3, ci, co] for F(2×2, 3×3) (α = 4) or F(4×4, 3×3) (α = 6), four
 * output channels at a time: U [α², co / 8, ci, 8] (each position's output channels in blocks of 8, so the
 * multiply stage reads a block's ci × 8 floats in order), its positions planeFloats(ci, co) apart. `rotated`: g is
 * [3, 3, co, ci] and the filter transformed is g rotated by 180° with its channel axes swapped (the
 * input gradient's, read in place: no rotated copy). `tmp` holds 3·α vectors.
 */
export function filterTransform(g: usize, u: usize, ci: i32, co: i32, alpha: i32, rotated: bool, tmp: usize): void {
  // α and the direction constant in each copy, so gColumn inlines to F(4×4)'s or F(2×2)'s arithmetic alone.
  if (alpha === 6) {
    if (rotated) filterTransformWith(g, u, ci, co, 6, true, tmp);
    else filterTransformWith(g, u, ci, co, 6, false, tmp);
  } else if (rotated) filterTransformWith(g, u, ci, co, 4, true, tmp);
  else filterTransformWith(g, u, ci, co, 4, false, tmp);
}

// @ts-ignore: decorator
@inline
function filterTransformWith(g: usize, u: usize, ci: i32, co: i32, alpha: i32, rotated: bool, tmp: usize): void {
  const plane = <usize>(ci * co) << 2; // bytes between taps of g
  const uPlane = <usize>planeFloats(ci, co) << 2; // bytes between positions of U
  // The rotated filter 16 output channels at a time across every input channel: its lines (16 rows of g, channels
  // c…c + 15) then are read from L1, where a pass over every output channel per input channel (as the plain filter
  // goes: g in order) loaded each 16 times with 9·co others between. 64→64, least of 400 alternated calls
  // (winogradAB.ts --kinds filterRot): 0.026 -> 0.022 ms; the plain one so blocked 0.016 -> 0.017.
  const block = rotated ? 16 : co;
  for (let ob = 0; ob < co; ob += block) for (let c = 0; c < ci; c++) {
    for (let o = ob, oEnd = min(ob + block, co); o < oEnd; o += 4) {
      const at = (<usize>(c * co + o)) << 2;
      // U's channel pair (c, o) within a position: blocks of 8 output channels, each [ci, 8].
      const uAt = (<usize>((o & ~7) * ci + c * 8 + (o & 7))) << 2;
      // Along each filter row: t[i][q] = (G·g_i)[q], into tmp + (i·α + q)·16.
      for (let i = 0; i < 3; i++) {
        if (rotated) {
          // Tap (i, j) of the rotated filter is g's tap (2 − i, 2 − j); its channel pair (c, o + l) is g's (o + l, c).
          const row = g + ((<usize>(o * ci + c)) << 2) + <usize>(3 * (2 - i)) * plane;
          gColumn(gatherTap(row + 2 * plane, ci), gatherTap(row + plane, ci), gatherTap(row, ci), alpha, tmp + (<usize>(i * alpha) << 4), 16);
          continue;
        }
        const row = g + at + <usize>(3 * i) * plane;
        gColumn(v128.load(row), v128.load(row + plane), v128.load(row + 2 * plane), alpha, tmp + (<usize>(i * alpha) << 4), 16);
      }
      // Then down each column: U[r·α + q] = (G·t[·][q])[r].
      for (let q = 0; q < alpha; q++) {
        const col = tmp + (<usize>q << 4);
        const step = <usize>(alpha * 16);
        gColumn(v128.load(col), v128.load(col + step), v128.load(col + 2 * step), alpha, u + uAt + <usize>q * uPlane, <usize>alpha * uPlane);
      }
    }
  }
}

/** Four floats ci floats apart from `at` (four output channels of a [3, 3, co, ci] filter's tap). */
// @ts-ignore: decorator
@inline
function gatherTap(at: usize, ci: i32): v128 {
  const step = <usize>ci << 2;
  let v = v128.load32_zero(at);
  v = f32x4.replace_lane(v, 1, load<f32>(at + step));
  v = f32x4.replace_lane(v, 2, load<f32>(at + 2 * step));
  return f32x4.replace_lane(v, 3, load<f32>(at + 3 * step));
}

/** G·(g0, g1, g2) for α = 4 or 6; result r at at + r·step. */
// @ts-ignore: decorator
@inline
function gColumn(g0: v128, g1: v128, g2: v128, alpha: i32, at: usize, step: usize): void {
  const sum = f32x4.add(g0, g2);
  if (alpha === 4) {
    const half = f32x4.splat(0.5);
    v128.store(at, g0);
    v128.store(at + step, f32x4.mul(f32x4.add(sum, g1), half));
    v128.store(at + 2 * step, f32x4.mul(f32x4.sub(sum, g1), half));
    v128.store(at + 3 * step, g2);
    return;
  }
  const sixth = f32x4.splat(<f32>-1 / 6);
  const a = madd(g2, f32x4.splat(<f32>1 / 6), f32x4.mul(g0, f32x4.splat(<f32>1 / 24))); // g0/24 + g2/6
  const b = f32x4.mul(g1, f32x4.splat(<f32>1 / 12));
  v128.store(at, f32x4.mul(g0, f32x4.splat(0.25)));
  v128.store(at + step, f32x4.mul(f32x4.add(sum, g1), sixth));
  v128.store(at + 2 * step, f32x4.mul(f32x4.sub(sum, g1), sixth));
  v128.store(at + 3 * step, f32x4.add(a, b));
  v128.store(at + 4 * step, f32x4.sub(a, b));
  v128.store(at + 5 * step, g2);
}
