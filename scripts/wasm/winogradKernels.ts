/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
import { filterTransform, inputTransform, inputTransform6Known, planeFloats, rowCacheNext, rowCachePrev, touchTiles } from "./winogradTransforms";
/**
 * Winograd convolutions for 3×3 stride-1 'same' layers: the forward pass (also the input gradient, with the
 * filter rotated and its channels swapped). Same rules as kernels.ts (byte-offset pointers, float32
 * channels-last). The filter gradients are in winogradFilterGradKernels.ts, the shared transforms in
 * winogradTransforms.ts.
 */

/**
 * 3×3, stride-1 convolution padded by 1 on every side ('same'), by Winograd's F(2×2, 3×3): each 2×2
 * block of outputs comes from a 4×4 input tile with 16 multiplications per input/output channel pair
 * instead of 36 (2.25× fewer). Same rules as kernels.ts (byte-offset pointers, float32 channels-last).
 *   x [batch, h, w, ci], u [16, co / 8, ci, 8] (the filter transformed by G·g·Gᵀ, see winogradConv.ts; its
 *   positions planeFloats(ci, co) apart, as every U here),
 *   out [batch, h, w, co]; ci a multiple of 4, co a multiple of 8.
 * Tiles go four at a time along a row: their transformed inputs V [16, 4, ci] and products
 * M [16, 4, 8] live in `scratch` (16·4·ci + 512 floats, small enough for L1), so nothing round-trips
 * through memory at full size.
 */
export function winograd3x3(x: usize, u: usize, out: usize, batch: i32, h: i32, w: i32, ci: i32, co: i32, scratch: usize): void {
  const th = (h + 1) >> 1;
  const tw = (w + 1) >> 1;
  const vAt = scratch;
  const mAt = scratch + ((<usize>(64 * ci)) << 2);
  const pix = <usize>ci << 2; // bytes between x pixels
  const perImage = th * tw;
  const total = batch * perImage;
  // Tiles four at a time in (image, row, column) order: blocks run across rows and images, so narrow
  // maps waste no slots. A last block of fewer than four computes stale slots and stores only its own.
  for (let t0 = 0; t0 < total; t0 += 4) {
    const n = min(4, total - t0);
    // Input transform V = Bᵀ·d·B of the block's tiles, four channels at a time.
    for (let t = 0; t < n; t++) {
      const tile = t0 + t;
      const b = tile / perImage;
      const ty = (tile - b * perImage) / tw;
      const tx = tile - b * perImage - ty * tw;
      for (let k = 0; k < ci; k += 4) {
        inputTransform(x + (<usize>(b * h * w)) * pix + (<usize>k << 2), h, w, pix, 2 * ty - 1, 2 * tx - 1, vAt + ((<usize>(t * ci + k)) << 2), <usize>(4 * ci) << 2);
      }
    }
    for (let c = 0; c < co; c += 8) {
      tileProducts(vAt, u, mAt, 16, ci, co, c);
      // Output transform Y = Aᵀ·M·A per tile, 8 channels as two halves.
      for (let t = 0; t < n; t++) {
        const tile = t0 + t;
        const b = tile / perImage;
        const ty = (tile - b * perImage) / tw;
        const ox = 2 * (tile - b * perImage - ty * tw);
        for (let half = 0; half < 2; half++) {
          const pm = mAt + (<usize>(t * 8 + half * 4) << 2);
          // s[r][j] = (Aᵀ·M)[r][j]: row 0 = m0j + m1j + m2j, row 1 = m1j − m2j − m3j.
          const m00 = v128.load(pm), m01 = v128.load(pm + 128), m02 = v128.load(pm + 256), m03 = v128.load(pm + 384);
          const m10 = v128.load(pm + 512), m11 = v128.load(pm + 640), m12 = v128.load(pm + 768), m13 = v128.load(pm + 896);
          const m20 = v128.load(pm + 1024), m21 = v128.load(pm + 1152), m22 = v128.load(pm + 1280), m23 = v128.load(pm + 1408);
          const m30 = v128.load(pm + 1536), m31 = v128.load(pm + 1664), m32 = v128.load(pm + 1792), m33 = v128.load(pm + 1920);
          const s00 = f32x4.add(f32x4.add(m00, m10), m20), s01 = f32x4.add(f32x4.add(m01, m11), m21);
          const s02 = f32x4.add(f32x4.add(m02, m12), m22), s03 = f32x4.add(f32x4.add(m03, m13), m23);
          const s10 = f32x4.sub(f32x4.sub(m10, m20), m30), s11 = f32x4.sub(f32x4.sub(m11, m21), m31);
          const s12 = f32x4.sub(f32x4.sub(m12, m22), m32), s13 = f32x4.sub(f32x4.sub(m13, m23), m33);
          const cb = <usize>(c + half * 4) << 2;
          const oRow = out + ((<usize>((b * h + 2 * ty) * w + ox) * <usize>co) << 2) + cb;
          const oPix = <usize>co << 2;
          const right = ox + 1 < w;
          v128.store(oRow, f32x4.add(f32x4.add(s00, s01), s02));
          if (right) v128.store(oRow + oPix, f32x4.sub(f32x4.sub(s01, s02), s03));
          if (2 * ty + 1 < h) {
            const oRow1 = oRow + <usize>w * oPix;
            v128.store(oRow1, f32x4.add(f32x4.add(s10, s11), s12));
            if (right) v128.store(oRow1 + oPix, f32x4.sub(f32x4.sub(s11, s12), s13));
          }
        }
      }
    }
  }
}

/**
 * The same convolution by F(4×4, 3×3): 36 multiplications per 4×4 outputs and channel pair instead of
 * 144 (4× fewer; the transforms cost more and round a little more: still within 1e-5 of the direct
 * sums on the tests' data). x [batch, h, w, ci], u [36, co / 8, ci, 8] (G·g·Gᵀ with F(4×4, 3×3)'s G), out
 * [batch, h, w, co]; ci a multiple of 4, co of 8. Four tiles at a time: V [36, 4, ci], M [36, 4, 8],
 * a 37-vector temporary (inputTransform6's), the block's tile coordinates and the rows one row of tiles leaves
 * for the next (rowCacheNext) in scratch (144·ci + 1316 + 24·tw·ci floats, tw = ⌈w / 4⌉).
 *
 * Where a call's time goes (2026-12-05, one thread, FMA build, winogradAB.ts --warm, builds with parts left out,
 * ratio to the whole kernel at 32×32×16 / 16×16×32 / 8×8×64): the products alone 0.50-0.60 / 0.69-0.75 / 0.83
 * (1.52-1.65 ms at every shape: same arithmetic); without the output transform 0.85-0.87 / 0.91 / 0.94, without
 * the input transform 0.85-0.86 / 0.89-0.90 / 0.94, without the touches 1.12-1.16 / 1.10-1.12 / 1.05. At 16
 * channels each transform costs ~3.5× what it does at 64 for the same operations; not because of where x is
 * (every tile read from one place in L1: 0.99-1.00), nor the pipes (below). Outputs all written to one tile (in
 * L1, no output touches): 0.94-0.95, so ~6% is the 4 MB of output going to memory. Tried, no gain (ratios at
 * 32×32×16, minima of 100-200 alternated calls, load 8-12): the transforms' adds and multiplies balanced over
 * the two add and two FMA pipes (Bᵀ·d 19 → 12 operations, Aᵀ·m 10 with x·1 + y on the FMA pipes) 0.98-1.005;
 * the input transform's row and column loops written out 0.98-0.99 (+46 KB of wasm); the next block's touches
 * spread between the positions' products (~3 lines after each) 1.05-1.33, or before the last 8 channels'
 * products 1.04-1.09, or repeated there for x 1.01-1.03; each (block, 8 channels)' output transform run
 * during the next one's products, a tile-half every four positions (M double-buffered) 1.01; outputs 16
 * channels at a time, each 64-byte line written by four stores in a row, 0.98-0.99 (16×16×32 1.02-1.04);
 * tmp moved 1-2 KB (4 KB aliasing) 0.99-1.015.
 */
export function winograd4x4(x: usize, u: usize, out: usize, batch: i32, h: i32, w: i32, ci: i32, co: i32, scratch: usize): void {
  const th = (h + 3) >> 2;
  const tw = (w + 3) >> 2;
  const vAt = scratch;
  const mAt = vAt + ((<usize>(144 * ci)) << 2);
  const tmp = mAt + (<usize>1152 << 2);
  const tiles = tmp + (<usize>148 << 2); // per tile of the block: first output pixel, rows and columns inside the map
  const rows = tiles + 64; // e's rows 4-5 of a row of tiles, for the row below (see inputTransform6)
  const pix = <usize>ci << 2;
  const oPix = <usize>co << 2;
  const vStep = <usize>(4 * ci) << 2; // bytes between V positions
  const perImage = th * tw;
  const total = batch * perImage;
  // Tiles four at a time in (image, row, column) order, as in winograd3x3; (b, ty, tx) counted along, not divided out.
  let b = 0, ty = 0, tx = 0;
  for (let t0 = 0; t0 < total; t0 += 4) {
    const n = min(4, total - t0);
    for (let t = 0; t < n; t++) {
      // V with positions vStep = 4·ci floats apart.
      inputTransform6Known(x + (<usize>(b * h * w)) * pix, h, w, 4 * ty - 1, 4 * tx - 1, ci, vAt + ((<usize>(t * ci)) << 2), tmp, 4, 0,
        rowCachePrev(rows, ci, tw, ty, tx), rowCacheNext(rows, ci, tw, ty, tx));
      // The output side's coordinates, once per tile rather than once per 8 output channels (two divisions each).
      const at = tiles + (<usize>t << 4);
      store<i32>(at, (b * h + 4 * ty) * w + 4 * tx);
      store<i32>(at, min(4, h - 4 * ty), 4);
      store<i32>(at, min(4, w - 4 * tx), 8);
      if (++tx === tw) { tx = 0; if (++ty === th) { ty = 0; b++; } }
    }
    // The next block's input and output rows, touched now so that their cache misses overlap this block's products
    // (the outputs by a store: the next block overwrites them).
    store<i32>(tiles, touchTiles(x, pix, h, w, t0 + 4, min(t0 + 8, total), perImage, tw, 1) ^ touchTiles(out, oPix, h, w, t0 + 4, min(t0 + 8, total), perImage, tw, 0, true), 60);
    for (let c = 0; c < co; c += 8) {
      if (ci === 16) tileProducts4(vAt, u, mAt, 16, co, c);
      else if (ci === 32) tileProducts4(vAt, u, mAt, 32, co, c);
      else if (ci === 64) tileProducts4(vAt, u, mAt, 64, co, c);
      else tileProducts4(vAt, u, mAt, ci, co, c);
      for (let t = 0; t < n; t++) {
        const at = tiles + (<usize>t << 4);
        const first = load<i32>(at);
        const rows = load<i32>(at, 4);
        const cols = load<i32>(at, 8);
        for (let half = 0; half < 2; half++) {
          // s = Aᵀ·M (4 × 6) per column into tmp, then Y = s·A row by row.
          const pm = mAt + (<usize>(t * 8 + half * 4) << 2);
          for (let j = 0; j < 6; j++) {
            const col = pm + (<usize>(j * 32) << 2);
            const rowStep = <usize>(6 * 32) << 2;
            at4(v128.load(col), v128.load(col + rowStep), v128.load(col + 2 * rowStep), v128.load(col + 3 * rowStep),
              v128.load(col + 4 * rowStep), v128.load(col + 5 * rowStep), tmp + (<usize>j << 4), 96);
          }
          for (let r = 0; r < rows; r++) {
            const row = tmp + (<usize>(r * 6) << 4);
            const o = out + ((<usize>(first + r * w) * <usize>co + <usize>(c + half * 4)) << 2);
            const s0 = v128.load(row), s1 = v128.load(row + 16), s2 = v128.load(row + 32);
            const s3 = v128.load(row + 48), s4 = v128.load(row + 64), s5 = v128.load(row + 80);
            const p12 = f32x4.add(s1, s2), m12 = f32x4.sub(s1, s2);
            const p34 = f32x4.add(s3, s4), m34 = f32x4.sub(s3, s4);
            v128.store(o, f32x4.add(f32x4.add(s0, p12), p34));
            if (cols > 1) v128.store(o + oPix, madd(m34, f32x4.splat(2), m12));
            if (cols > 2) v128.store(o + 2 * oPix, madd(p34, f32x4.splat(4), p12));
            if (cols > 3) v128.store(o + 3 * oPix, f32x4.add(madd(m34, f32x4.splat(8), m12), s5));
          }
        }
      }
    }
  }
}

/**
 * Aᵀ·m for F(4×4, 3×3) (rows of Aᵀ: [1 1 1 1 1 0], [0 1 −1 2 −2 0], [0 1 1 4 4 0], [0 1 −1 8 −8 1]) on six
 * vectors; the four results go to at, at + step, at + 2·step, at + 3·step.
 */
function at4(m0: v128, m1: v128, m2: v128, m3: v128, m4: v128, m5: v128, at: usize, step: usize): void {
  const p12 = f32x4.add(m1, m2), m12 = f32x4.sub(m1, m2);
  const p34 = f32x4.add(m3, m4), m34 = f32x4.sub(m3, m4);
  v128.store(at, f32x4.add(f32x4.add(m0, p12), p34));
  v128.store(at + step, madd(m34, f32x4.splat(2), m12));
  v128.store(at + 2 * step, madd(p34, f32x4.splat(4), p12));
  v128.store(at + 3 * step, f32x4.add(madd(m34, f32x4.splat(8), m12), m5));
}

/**
 * M[p] = V[p] (4 tiles × ci) · U[p] (ci × 8 output channels from c) for each of the transform's
 * positions; M [positions, 4, 8]. Why 4 × 8 and no more: V8's TurboFan places every load of the loop
 * body before its multiply-adds, so accumulators + loads per step must fit the 15 xmm registers it
 * allocates (8 + 2 + 4 = 14). 6 tiles × 8 channels (12 + 8) spilled three accumulators to the stack every
 * step and ran 1.5-1.9× slower; 5 × 8 spilled too; 6 × 8 with the splats loaded into general registers
 * (i32x4.splat(load<i32>)) did not spill but was no faster (measured 2026-12-04, Node 20).
 */
/**
 * tileProducts at F(4×4, 3×3)'s 36 positions, inlined: winograd4x4 calls it with ci constant for ResNet's widths
 * 16, 32 and 64, so a position's tiles sit at constant offsets (batch 8 in cache: forward 2-4% faster).
 */
// @ts-ignore: decorator
@inline
function tileProducts4(vAt: usize, u: usize, mAt: usize, ci: i32, co: i32, c: i32): void {
  tileProducts(vAt, u, mAt, 36, ci, co, c);
}

// @ts-ignore: decorator
@inline
function tileProducts(vAt: usize, u: usize, mAt: usize, positions: i32, ci: i32, co: i32, c: i32): void {
  const zero = f32x4.splat(0);
  const pix = <usize>ci << 2; // bytes between a position's tiles
  for (let p = 0; p < positions; p++) {
    let a0 = zero, b0 = zero, a1 = zero, b1 = zero, a2 = zero, b2 = zero, a3 = zero, b3 = zero;
    let pv = vAt + ((<usize>(p * 4 * ci)) << 2);
    let pu = u + ((<usize>p * <usize>planeFloats(ci, co) + <usize>(c * ci)) << 2); // U [positions, co / 8, ci, 8]
    for (let k = 0; k < ci; k++) {
      const g = v128.load(pu);
      const q = v128.load(pu + 16);
      let d = v128.load32_splat(pv);
      a0 = madd(d, g, a0); b0 = madd(d, q, b0);
      d = v128.load32_splat(pv + pix);
      a1 = madd(d, g, a1); b1 = madd(d, q, b1);
      d = v128.load32_splat(pv + 2 * pix);
      a2 = madd(d, g, a2); b2 = madd(d, q, b2);
      d = v128.load32_splat(pv + 3 * pix);
      a3 = madd(d, g, a3); b3 = madd(d, q, b3);
      pv += 4;
      pu += 32;
    }
    const pm = mAt + (<usize>(p * 32) << 2);
    v128.store(pm, a0); v128.store(pm + 16, b0);
    v128.store(pm + 32, a1); v128.store(pm + 48, b1);
    v128.store(pm + 64, a2); v128.store(pm + 80, b2);
    v128.store(pm + 96, a3); v128.store(pm + 112, b3);
  }
}

/**
 * The filter transform for these kernels (see winogradTransforms.ts): U [α², ci, co] (padded planes) from
 * g [3, 3, ci, co], or with `rotated` from g [3, 3, co, ci] rotated by 180° with its channels swapped.
 */
export function winogradFilter(g: usize, u: usize, ci: i32, co: i32, alpha: i32, rotated: i32, tmp: usize): void {
  filterTransform(g, u, ci, co, alpha, rotated !== 0, tmp);
}
