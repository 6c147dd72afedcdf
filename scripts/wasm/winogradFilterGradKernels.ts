/* eslint-disable @typescript-eslint/ban-ts-comment -- AssemblyScript source: tsc must not type-check it */
// @ts-nocheck — AssemblyScript (compiled by ./build.sh), not TypeScript: v128, load<f32> and usize are its builtins.
import { madd } from "./madd";
import { inputTransform, inputTransform6Known, planeFloats, rowCacheNext, rowCachePrev } from "./winogradTransforms";
/**
 * Winograd filter gradients of 3×3 stride-1 'same' convolutions (see winogradKernels.ts for the
 * forward pass): F(3×3, 2×2) and F(3×3, 4×4).
 */

/**
 * Chunk of tiles whose transforms are held in scratch at once (see winogradFilterGrad3x3): the products load and
 * store M's accumulators once per chunk. F(3×3, 4×4) at batch 64, in cache: 8 tiles ran 15-19% slower than
 * 16, 32 1-3% faster (V and D of a chunk, 2·36·CHUNK·64 floats at 64 channels, still fit L2).
 */
const CHUNK: i32 = 32;

/**
 * Filter gradient of the same convolution by F(3×3, 2×2): each 2×2 block of dy and the 4×4 input
 * tile under it give the 3×3 filter gradient's share with 16 multiplications per channel pair
 * instead of 36. x [batch, h, w, ci], dy [batch, h, w, co] → dw [3, 3, ci, co]; ci a multiple of 4,
 * co of 8. Tiles go CHUNK at a time: their transforms V [16, CHUNK, ci] and D [16, CHUNK, co] are
 * summed into M [16, ci, co] (positions planeFloats(ci, co) apart; scratch: 16·(ci·co + 16) + 16·(CHUNK·(ci + co) + 8) floats), which is transformed
 * to dw once at the end.
 */
export function winogradFilterGrad3x3(x: usize, dy: usize, dw: usize, batch: i32, h: i32, w: i32, ci: i32, co: i32, scratch: usize): void {
  const mAt = scratch;
  const vAt = mAt + ((<usize>(16 * planeFloats(ci, co))) << 2);
  const dAt = vAt + ((<usize>(16 * (CHUNK * ci + 4))) << 2);
  const th = (h + 1) >> 1;
  const tw = (w + 1) >> 1;
  const perImage = th * tw;
  const total = batch * perImage;
  if (total === 0) memory.fill(mAt, 0, (<usize>(16 * planeFloats(ci, co))) << 2); // else the first chunk's products are M's first values
  const xPix = <usize>ci << 2;
  const dPix = <usize>co << 2;
  const zero = f32x4.splat(0);
  const half = f32x4.splat(0.5);
  const nhalf = f32x4.splat(-0.5);
  // Bytes between V and D positions: 16 past a power of two, or the 36 positions' stores all land in
  // one L1 set (4 KB apart with 64 channels: the 8×8×64 filter gradient ran 6-10% slower).
  const vStep = <usize>(CHUNK * ci + 4) << 2;
  const dStep = <usize>(CHUNK * co + 4) << 2;
  for (let t0 = 0; t0 < total; t0 += CHUNK) {
    const n = min(CHUNK, total - t0);
    for (let s = 0; s < n; s++) {
      const tile = t0 + s;
      const b = tile / perImage;
      const rem = tile - b * perImage;
      const ty = rem / tw;
      const tx = rem - ty * tw;
      const r0 = 2 * ty - 1;
      const c0 = 2 * tx - 1;
      // V: F(2×2, 3×3)'s input transform. F(3×3, 2×2)'s differs only in the sign of row and column 3
      // (its Bᵀ's last row is [0 −1 0 1]), so D below takes those signs instead: the products are the same.
      for (let k = 0; k < ci; k += 4) {
        inputTransform(x + (<usize>(b * h * w)) * xPix + (<usize>k << 2), h, w, xPix, r0, c0, vAt + ((<usize>(s * ci + k)) << 2), vStep);
      }
      // D = G·y·Gᵀ of the 2×2 dy block (rows G: [1 0], [½ ½], [½ −½], [0 1]).
      const y0 = 2 * ty;
      const x0 = 2 * tx;
      for (let o = 0; o < co; o += 4) {
        const ob = <usize>o << 2;
        const row0 = dy + (<usize>((b * h + y0) * w + x0)) * dPix + ob;
        const y00 = v128.load(row0);
        const y01 = x0 + 1 < w ? v128.load(row0 + dPix) : zero;
        let y10 = zero, y11 = zero;
        if (y0 + 1 < h) {
          const row1 = row0 + <usize>w * dPix;
          y10 = v128.load(row1);
          if (x0 + 1 < w) y11 = v128.load(row1 + dPix);
        }
        // Columns first: q_r = [y_r0, (y_r0 + y_r1)/2, (y_r0 − y_r1)/2, y_r1].
        const q01 = f32x4.mul(f32x4.add(y00, y01), half), q02 = f32x4.mul(f32x4.sub(y00, y01), half);
        const q11 = f32x4.mul(f32x4.add(y10, y11), half), q12 = f32x4.mul(f32x4.sub(y10, y11), half);
        // Row 3 and column 3 negated (see V above; D[3][3] twice, so unchanged).
        let pd = dAt + ((<usize>(s * co + o)) << 2);
        v128.store(pd, y00); v128.store(pd + dStep, q01); v128.store(pd + 2 * dStep, q02); v128.store(pd + 3 * dStep, f32x4.neg(y01));
        pd += 4 * dStep;
        v128.store(pd, f32x4.mul(f32x4.add(y00, y10), half)); v128.store(pd + dStep, f32x4.mul(f32x4.add(q01, q11), half));
        v128.store(pd + 2 * dStep, f32x4.mul(f32x4.add(q02, q12), half)); v128.store(pd + 3 * dStep, f32x4.mul(f32x4.add(y01, y11), nhalf));
        pd += 4 * dStep;
        v128.store(pd, f32x4.mul(f32x4.sub(y00, y10), half)); v128.store(pd + dStep, f32x4.mul(f32x4.sub(q01, q11), half));
        v128.store(pd + 2 * dStep, f32x4.mul(f32x4.sub(q02, q12), half)); v128.store(pd + 3 * dStep, f32x4.mul(f32x4.sub(y01, y11), nhalf));
        pd += 4 * dStep;
        v128.store(pd, f32x4.neg(y10)); v128.store(pd + dStep, f32x4.neg(q11)); v128.store(pd + 2 * dStep, f32x4.neg(q12)); v128.store(pd + 3 * dStep, y11);
      }
    }
    accumulateProducts(vAt, dAt, mAt, 16, ci, co, n, vStep, dStep, xPix, dPix, t0 === 0);
  }
  // dw = Aᵀ·M·A (rows Aᵀ: [1 1 1 0], [0 1 −1 0], [0 1 1 1]), four output channels at a time.
  const plane = <usize>(ci * co) << 2; // bytes between dw taps
  const mp = <usize>planeFloats(ci, co) << 2; // bytes between M positions
  for (let c = 0; c < ci; c++) {
    for (let o = 0; o < co; o += 4) {
      const pm = mAt + ((<usize>(c * co + o)) << 2);
      const m00 = v128.load(pm), m01 = v128.load(pm + mp), m02 = v128.load(pm + 2 * mp), m03 = v128.load(pm + 3 * mp);
      const m10 = v128.load(pm + 4 * mp), m11 = v128.load(pm + 5 * mp), m12 = v128.load(pm + 6 * mp), m13 = v128.load(pm + 7 * mp);
      const m20 = v128.load(pm + 8 * mp), m21 = v128.load(pm + 9 * mp), m22 = v128.load(pm + 10 * mp), m23 = v128.load(pm + 11 * mp);
      const m30 = v128.load(pm + 12 * mp), m31 = v128.load(pm + 13 * mp), m32 = v128.load(pm + 14 * mp), m33 = v128.load(pm + 15 * mp);
      // s = Aᵀ·M (3 × 4).
      const s00 = f32x4.add(f32x4.add(m00, m10), m20), s01 = f32x4.add(f32x4.add(m01, m11), m21);
      const s02 = f32x4.add(f32x4.add(m02, m12), m22), s03 = f32x4.add(f32x4.add(m03, m13), m23);
      const s10 = f32x4.sub(m10, m20), s11 = f32x4.sub(m11, m21), s12 = f32x4.sub(m12, m22), s13 = f32x4.sub(m13, m23);
      const s20 = f32x4.add(f32x4.add(m10, m20), m30), s21 = f32x4.add(f32x4.add(m11, m21), m31);
      const s22 = f32x4.add(f32x4.add(m12, m22), m32), s23 = f32x4.add(f32x4.add(m13, m23), m33);
      const pw = dw + ((<usize>(c * co + o)) << 2);
      v128.store(pw, f32x4.add(f32x4.add(s00, s01), s02));
      v128.store(pw + plane, f32x4.sub(s01, s02));
      v128.store(pw + 2 * plane, f32x4.add(f32x4.add(s01, s02), s03));
      v128.store(pw + 3 * plane, f32x4.add(f32x4.add(s10, s11), s12));
      v128.store(pw + 4 * plane, f32x4.sub(s11, s12));
      v128.store(pw + 5 * plane, f32x4.add(f32x4.add(s11, s12), s13));
      v128.store(pw + 6 * plane, f32x4.add(f32x4.add(s20, s21), s22));
      v128.store(pw + 7 * plane, f32x4.sub(s21, s22));
      v128.store(pw + 8 * plane, f32x4.add(f32x4.add(s21, s22), s23));
    }
  }
}

/**
 * The filter gradient by F(3×3, 4×4): each 4×4 block of dy and the 6×6 input tile under it give the
 * 3×3 gradient's share with 36 multiplications per channel pair instead of 144. Same layout rules as
 * winogradFilterGrad3x3 (ci a multiple of 4, co of 8). With F(4×4, 3×3)'s points, its transforms are
 * V = Bᵀ·d·B (the same input transform), D = A·y·Aᵀ (A = that algorithm's Aᵀ transposed, 6 × 4) and
 * dw = Gᵀ·M·G. Scratch: 36·(ci·co + 16) + CHUNK·(36·(ci + co) + 32) + 148 + 16·co + 24·tw·ci floats, tw = ⌈w / 4⌉
 * (inputTransform6's temporary, an edge block of dy zero-padded, then the rows a row of tiles leaves for the next).
 */
export function winogradFilterGrad4x4(x: usize, dy: usize, dw: usize, batch: i32, h: i32, w: i32, ci: i32, co: i32, scratch: usize): void {
  const mAt = scratch;
  // V [CHUNK][36][ci] and D [CHUNK][36][co]: a tile's positions one channel row apart, so the transforms store to
  // small constant offsets (the optimizer folds those under 1 KB into the instruction; larger ones cost an address
  // computation per store) and fill whole lines; tiles 16 floats past 36 rows apart (not all in one L1 set).
  const vTile = <usize>(36 * ci + 16) << 2;
  const dTile = <usize>(36 * co + 16) << 2;
  const vAt = mAt + ((<usize>(36 * planeFloats(ci, co))) << 2);
  const dAt = vAt + <usize>CHUNK * vTile;
  const tmp = dAt + <usize>CHUNK * dTile;
  const pad = tmp + (<usize>148 << 2); // an edge block of dy, zero-padded (16·co floats)
  const rows = pad + (<usize>(16 * co) << 2); // e's rows 4-5 of a row of tiles, for the row below (see inputTransform6)
  const th = (h + 3) >> 2;
  const tw = (w + 3) >> 2;
  const perImage = th * tw;
  const total = batch * perImage;
  // M is not zeroed first: the first chunk's products are its first values (accumulateProducts' `fresh`).
  if (total === 0) memory.fill(mAt, 0, (<usize>(36 * planeFloats(ci, co))) << 2);
  const xPix = <usize>ci << 2;
  const dPix = <usize>co << 2;
  let b = 0, ty = 0, tx = 0; // tile t0 + s's image, row and column, counted along
  for (let t0 = 0; t0 < total; t0 += CHUNK) {
    const n = min(CHUNK, total - t0);
    for (let s = 0; s < n; s++) {
      // V with positions ci floats apart.
      inputTransform6Known(x + (<usize>(b * h * w)) * xPix, h, w, 4 * ty - 1, 4 * tx - 1, ci, vAt + <usize>s * vTile, tmp, 1, 0,
        rowCachePrev(rows, ci, tw, ty, tx), rowCacheNext(rows, ci, tw, ty, tx));
      // D = A·y·Aᵀ of the 4×4 dy block, with constant strides for ResNet's widths (see inputTransform6Known).
      const block = dy + (<usize>((b * h + 4 * ty) * w + 4 * tx)) * dPix;
      const pd = dAt + <usize>s * dTile;
      const rows = min(4, h - 4 * ty), cols = min(4, w - 4 * tx);
      let from = block, rowBytes = <usize>w * dPix;
      if (rows < 4 || cols < 4) {
        // A block past the map's edge (not on ResNet's sides, multiples of 4): its pixels inside, zero-padded to 4 × 4.
        memory.fill(pad, 0, 16 * dPix);
        for (let r = 0; r < rows; r++) memory.copy(pad + <usize>(4 * r) * dPix, block + <usize>r * rowBytes, <usize>cols * dPix);
        from = pad;
        rowBytes = 4 * dPix;
      }
      if (co === 16) dyTransform(from, rowBytes, 16, pd);
      else if (co === 32) dyTransform(from, rowBytes, 32, pd);
      else if (co === 64) dyTransform(from, rowBytes, 64, pd);
      else dyTransform(from, rowBytes, co, pd);
      if (++tx === tw) { tx = 0; if (++ty === th) { ty = 0; b++; } }
    }
    // The next chunk's x windows and dy blocks, touched so that their cache misses overlap these products.
    const t1 = min(t0 + 2 * CHUNK, total);
    store<i32>(tmp, touchRows(x, xPix, h, w, t0 + CHUNK, t1, perImage, tw, 1) ^ touchRows(dy, dPix, h, w, t0 + CHUNK, t1, perImage, tw, 0));
    accumulateProducts(vAt, dAt, mAt, 36, ci, co, n, xPix, dPix, vTile, dTile, t0 === 0);
  }
  // dw = Gᵀ·M·G, four output channels at a time: s = Gᵀ·M (3 × 6) by columns into tmp, then rows.
  const plane = <usize>(ci * co) << 2; // bytes between dw taps
  const mp = <usize>planeFloats(ci, co) << 2; // bytes between M positions
  for (let c = 0; c < ci; c++) {
    for (let o = 0; o < co; o += 4) {
      const pm = mAt + ((<usize>(c * co + o)) << 2);
      for (let j = 0; j < 6; j++) {
        const col = pm + <usize>j * mp;
        gt3(v128.load(col), v128.load(col + 6 * mp), v128.load(col + 12 * mp), v128.load(col + 18 * mp),
          v128.load(col + 24 * mp), v128.load(col + 30 * mp), tmp + (<usize>j << 4), 96);
      }
      const pw = dw + ((<usize>(c * co + o)) << 2);
      for (let i = 0; i < 3; i++) {
        const row = tmp + (<usize>(i * 6) << 4);
        gt3(v128.load(row), v128.load(row + 16), v128.load(row + 32), v128.load(row + 48), v128.load(row + 64), v128.load(row + 80),
          pw + <usize>(3 * i) * plane, plane);
      }
    }
  }
}

/**
 * Reads one word of every cache line of the map rows under tiles t0…t1 − 1 of F(3×3, 4×4) ([batch, h, w, channels],
 * pixels `pix` bytes apart; their 6×6 x windows with `window` 1, their 4×4 dy blocks with 0), whole rows, from the
 * first tile's top row to the last tile's bottom row: one ascending run of lines (on ResNet's maps a chunk is whole
 * rows of tiles, so nothing more than touchTiles' rectangles, less its rows read twice), which the hardware
 * prefetcher follows. Returns the words xor-ed, for the caller to store (an unused load could be dropped).
 */
function touchRows(at: usize, pix: usize, h: i32, w: i32, t0: i32, t1: i32, perImage: i32, tw: i32, window: i32): i32 {
  if (t1 <= t0) return 0;
  const b0 = t0 / perImage, b1 = (t1 - 1) / perImage;
  const r0 = b0 * h + max(0, 4 * ((t0 - b0 * perImage) / tw) - window);
  const r1 = b1 * h + min(h, 4 * ((t1 - 1 - b1 * perImage) / tw) + 4 + window);
  const rowBytes = <usize>w * pix;
  let sum = 0;
  const end = at + <usize>r1 * rowBytes;
  for (let a = at + <usize>r0 * rowBytes; a < end; a += 64) sum ^= load<i32>(a);
  return sum;
}

/**
 * D = A·y·Aᵀ of one 4×4 block of dy (`block`: its first pixel, rows `rowBytes` apart), every channel (co a
 * multiple of 4): D[p][o…o+3] at pd + 4·(p·co + o). Each row of t = A·y (rows of y combined, column by column
 * from loads: L1 hits after the first) goes through a6 at once, so nothing goes through memory between the
 * two passes (rows into a temporary, then columns, stored and reloaded 24 vectors per 4 channels).
 * Inlined, so that constant co (winogradFilterGrad4x4) addresses by constant offsets.
 */
// @ts-ignore: decorator
@inline
function dyTransform(block: usize, rowBytes: usize, co: i32, pd: usize): void {
  const dPix = <usize>co << 2; // bytes between pixels of dy, and between positions of D
  const four = f32x4.splat(4), eight = f32x4.splat(8);
  for (let o = 0; o < co; o += 4) {
    const y0 = block + (<usize>o << 2), y1 = y0 + rowBytes, y2 = y1 + rowBytes, y3 = y2 + rowBytes;
    const at = pd + (<usize>o << 2);
    // Rows 0 and 5 of A pick y's rows 0 and 3.
    a6(v128.load(y0), v128.load(y0 + dPix), v128.load(y0 + 2 * dPix), v128.load(y0 + 3 * dPix), at, dPix);
    a6(v128.load(y3), v128.load(y3 + dPix), v128.load(y3 + 2 * dPix), v128.load(y3 + 3 * dPix), at + 30 * dPix, dPix);
    // Rows 1 and 2: (y0 + y2) ± (y1 + y3), column by column.
    let e = f32x4.add(v128.load(y0), v128.load(y2)), od = f32x4.add(v128.load(y1), v128.load(y3));
    const p0 = f32x4.add(e, od), m0 = f32x4.sub(e, od);
    e = f32x4.add(v128.load(y0 + dPix), v128.load(y2 + dPix)); od = f32x4.add(v128.load(y1 + dPix), v128.load(y3 + dPix));
    const p1 = f32x4.add(e, od), m1 = f32x4.sub(e, od);
    e = f32x4.add(v128.load(y0 + 2 * dPix), v128.load(y2 + 2 * dPix)); od = f32x4.add(v128.load(y1 + 2 * dPix), v128.load(y3 + 2 * dPix));
    const p2 = f32x4.add(e, od), m2 = f32x4.sub(e, od);
    e = f32x4.add(v128.load(y0 + 3 * dPix), v128.load(y2 + 3 * dPix)); od = f32x4.add(v128.load(y1 + 3 * dPix), v128.load(y3 + 3 * dPix));
    a6(p0, p1, p2, f32x4.add(e, od), at + 6 * dPix, dPix);
    a6(m0, m1, m2, f32x4.sub(e, od), at + 12 * dPix, dPix);
    // Rows 3 and 4: (y0 + 4·y2) ± (2·y1 + 8·y3).
    let y = v128.load(y1);
    e = madd(v128.load(y2), four, v128.load(y0)); od = madd(v128.load(y3), eight, f32x4.add(y, y));
    const q0 = f32x4.add(e, od), n0 = f32x4.sub(e, od);
    y = v128.load(y1 + dPix);
    e = madd(v128.load(y2 + dPix), four, v128.load(y0 + dPix)); od = madd(v128.load(y3 + dPix), eight, f32x4.add(y, y));
    const q1 = f32x4.add(e, od), n1 = f32x4.sub(e, od);
    y = v128.load(y1 + 2 * dPix);
    e = madd(v128.load(y2 + 2 * dPix), four, v128.load(y0 + 2 * dPix)); od = madd(v128.load(y3 + 2 * dPix), eight, f32x4.add(y, y));
    const q2 = f32x4.add(e, od), n2 = f32x4.sub(e, od);
    y = v128.load(y1 + 3 * dPix);
    e = madd(v128.load(y2 + 3 * dPix), four, v128.load(y0 + 3 * dPix)); od = madd(v128.load(y3 + 3 * dPix), eight, f32x4.add(y, y));
    a6(q0, q1, q2, f32x4.add(e, od), at + 18 * dPix, dPix);
    a6(n0, n1, n2, f32x4.sub(e, od), at + 24 * dPix, dPix);
  }
}

/** A·y for F(3×3, 4×4) (rows of A: [1 0 0 0], [1 1 1 1], [1 −1 1 −1], [1 2 4 8], [1 −2 4 −8], [0 0 0 1]); result i at at + i·step. */
function a6(y0: v128, y1: v128, y2: v128, y3: v128, at: usize, step: usize): void {
  const e = f32x4.add(y0, y2);
  const od = f32x4.add(y1, y3);
  const e4 = madd(y2, f32x4.splat(4), y0);
  const od8 = madd(y3, f32x4.splat(8), f32x4.add(y1, y1));
  v128.store(at, y0);
  v128.store(at + step, f32x4.add(e, od));
  v128.store(at + 2 * step, f32x4.sub(e, od));
  v128.store(at + 3 * step, f32x4.add(e4, od8));
  v128.store(at + 4 * step, f32x4.sub(e4, od8));
  v128.store(at + 5 * step, y3);
}

/**
 * Gᵀ·m for F(3×3, 4×4) (rows of Gᵀ: [¼ −⅙ −⅙ 1⁄24 1⁄24 0], [0 −⅙ ⅙ 1⁄12 −1⁄12 0], [0 −⅙ −⅙ ⅙ ⅙ 1]) on six
 * vectors; result i at at + i·step.
 */
function gt3(m0: v128, m1: v128, m2: v128, m3: v128, m4: v128, m5: v128, at: usize, step: usize): void {
  const p12 = f32x4.add(m1, m2), d12 = f32x4.sub(m1, m2);
  const p34 = f32x4.add(m3, m4), d34 = f32x4.sub(m3, m4);
  const sixth = f32x4.splat(<f32>1 / 6);
  v128.store(at, f32x4.add(f32x4.sub(f32x4.mul(m0, f32x4.splat(0.25)), f32x4.mul(p12, sixth)), f32x4.mul(p34, f32x4.splat(<f32>1 / 24))));
  v128.store(at + step, f32x4.sub(f32x4.mul(d34, f32x4.splat(<f32>1 / 12)), f32x4.mul(d12, sixth)));
  v128.store(at + 2 * step, f32x4.add(f32x4.mul(f32x4.sub(p34, p12), sixth), m5));
}

/**
 * M[p][c][o] += Σ_s V[p][s][c]·D[p][s][o] over a chunk's n tiles, for each of the transform's
 * positions (planeFloats(ci, co) apart): blocks of 4 input × 8 output channels. V's positions are vStep bytes
 * apart and its tiles vTile, D's dStep and dTile. With `fresh` (the first chunk) M = Σ instead: no pass zeroing M
 * before (36·ci·co floats per call and thread, 590 KB at 64 channels, written and then loaded again).
 */
function accumulateProducts(vAt: usize, dAt: usize, mAt: usize, positions: i32, ci: i32, co: i32, n: i32, vStep: usize, dStep: usize, vTile: usize, dTile: usize, fresh: bool): void {
  const mRow = <usize>co << 2;
  const zero = f32x4.splat(0);
  for (let p = 0; p < positions; p++) {
    for (let c = 0; c < ci; c += 4) {
      for (let o = 0; o < co; o += 8) {
        const pm = mAt + ((<usize>(p * planeFloats(ci, co) + c * co + o)) << 2);
        let a0 = zero, b0 = zero, a1 = zero, b1 = zero, a2 = zero, b2 = zero, a3 = zero, b3 = zero;
        if (!fresh) {
          a0 = v128.load(pm); b0 = v128.load(pm + 16);
          a1 = v128.load(pm + mRow); b1 = v128.load(pm + mRow + 16);
          a2 = v128.load(pm + 2 * mRow); b2 = v128.load(pm + 2 * mRow + 16);
          a3 = v128.load(pm + 3 * mRow); b3 = v128.load(pm + 3 * mRow + 16);
        }
        let pv = vAt + <usize>p * vStep + (<usize>c << 2);
        let pd = dAt + <usize>p * dStep + (<usize>o << 2);
        for (let s = 0; s < n; s++) {
          const g = v128.load(pd);
          const q = v128.load(pd + 16);
          let d = v128.load32_splat(pv);
          a0 = madd(d, g, a0); b0 = madd(d, q, b0);
          d = v128.load32_splat(pv + 4);
          a1 = madd(d, g, a1); b1 = madd(d, q, b1);
          d = v128.load32_splat(pv + 8);
          a2 = madd(d, g, a2); b2 = madd(d, q, b2);
          d = v128.load32_splat(pv + 12);
          a3 = madd(d, g, a3); b3 = madd(d, q, b3);
          pv += vTile;
          pd += dTile;
        }
        v128.store(pm, a0); v128.store(pm + 16, b0);
        v128.store(pm + mRow, a1); v128.store(pm + mRow + 16, b1);
        v128.store(pm + 2 * mRow, a2); v128.store(pm + 2 * mRow + 16, b2);
        v128.store(pm + 3 * mRow, a3); v128.store(pm + 3 * mRow + 16, b3);
      }
    }
  }
}
