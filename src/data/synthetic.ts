/**
 * The synthetic dataset: one shape per image (circle, square, triangle, cross, ring, star) with a
 * random size, position, rotation and colours, plus pixel noise. Image i is a pure function of
 * (seed, i), and its label is i mod classes, so the set is balanced and reproducible.
 */
import { createRng, deriveSeed } from './rng.ts';
import type { Rng } from './rng.ts';
import { convertChannels, LUMA } from './resize.ts';
import type { InputShape } from './types.ts';

export const SHAPE_NAMES: readonly string[] = ['circle', 'square', 'triangle', 'cross', 'ring', 'star'];
export const DEFAULT_SYNTHETIC_PER_CLASS = 200;
export const DEFAULT_SYNTHETIC_NOISE = 0.08;

type Inside = (u: number, v: number) => boolean;

function convexPolygon(vertices: number): Inside {
  const pts = Array.from({ length: vertices }, (_, k) => {
    const a = Math.PI / 2 + (2 * Math.PI * k) / vertices;
    return [Math.cos(a), Math.sin(a)] as const;
  });
  return (u, v) =>
    pts.every(([x0, y0], k) => {
      const [x1, y1] = pts[(k + 1) % vertices];
      return (x1 - x0) * (v - y0) - (y1 - y0) * (u - x0) >= 0;
    });
}

const triangle = convexPolygon(3);

/** Membership tests in the unit disc around the shape's centre (u right, v up). */
const SHAPES: readonly Inside[] = [
  (u, v) => u * u + v * v <= 1,
  (u, v) => Math.abs(u) <= 0.8 && Math.abs(v) <= 0.8,
  (u, v) => triangle(u, v - 0.15),
  (u, v) => (Math.abs(u) <= 0.3 && Math.abs(v) <= 1) || (Math.abs(v) <= 0.3 && Math.abs(u) <= 1),
  (u, v) => {
    const r2 = u * u + v * v;
    return r2 <= 1 && r2 >= 0.3;
  },
  (u, v) => {
    const rho = Math.hypot(u, v);
    const sector = (2 * Math.PI) / 5;
    const a = (((Math.atan2(v, u) - Math.PI / 2) % sector) + sector) % sector;
    const t = Math.abs(a / sector - 0.5) * 2; // 1 at a point, 0 between points
    return rho <= 0.42 + 0.58 * t;
  },
];

function randomColour(rng: Rng, lo: number, hi: number): [number, number, number] {
  return [rng.uniform(lo, hi), rng.uniform(lo, hi), rng.uniform(lo, hi)];
}

const luma = (c: readonly number[]) => LUMA[0] * c[0] + LUMA[1] * c[1] + LUMA[2] * c[2];

/** Draws shape `label` into a new h×w×c image in [0, 1], using `rng` for everything random. */
export function drawShape(label: number, [h, w, c]: InputShape, rng: Rng, noise = DEFAULT_SYNTHETIC_NOISE): Float32Array {
  const inside = SHAPES[label];
  if (!inside) throw new RangeError(`synthetic shape class ${label} does not exist (0…${SHAPES.length - 1})`);
  // The shape is always clearly brighter than the background (like MNIST's white on black), so
  // it stays visible in one channel and a small network learns it in a few epochs.
  const bg = randomColour(rng, 0, 0.55);
  let fg = randomColour(rng, 0.35, 1);
  for (let tries = 0; luma(fg) - luma(bg) < 0.35 && tries < 50; tries++) fg = randomColour(rng, 0.35, 1);
  if (luma(fg) - luma(bg) < 0.35) fg = [1, 1, 1];
  const side = Math.min(h, w);
  const r = side * rng.uniform(0.24, 0.42);
  const cx = rng.uniform(r, w - r);
  const cy = rng.uniform(r, h - r);
  const angle = rng.uniform(-0.35, 0.35);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const rgb = new Float32Array(h * w * 3);
  const S = 2; // supersampling per axis, for smooth edges
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let cover = 0;
      for (let j = 0; j < S; j++) {
        for (let i = 0; i < S; i++) {
          const dx = (x + (i + 0.5) / S - cx) / r;
          const dy = (cy - (y + (j + 0.5) / S)) / r;
          if (inside(cos * dx + sin * dy, -sin * dx + cos * dy)) cover++;
        }
      }
      const a = cover / (S * S);
      const o = (y * w + x) * 3;
      for (let k = 0; k < 3; k++) {
        const v = bg[k] * (1 - a) + fg[k] * a + (noise > 0 ? rng.uniform(-noise, noise) : 0);
        rgb[o + k] = v < 0 ? 0 : v > 1 ? 1 : v;
      }
    }
  }
  return c === 3 ? rgb : convertChannels(rgb, h * w, 3, c);
}

/** Image `index` of the synthetic set with `classes` classes: label `index % classes`. */
export function syntheticImage(index: number, classes: number, input: InputShape, seed: number, noise = DEFAULT_SYNTHETIC_NOISE): Float32Array {
  return drawShape(index % classes, input, createRng(deriveSeed(seed, 0x5a7, index)), noise);
}
