/**
 * Scales and ticks for the live line charts, as plain functions: a linear or logarithmic map from data to
 * pixels, "nice" tick values (1, 2, 5 × 10ⁿ steps; powers of ten on a log scale), and the SVG path of a
 * series (a gap where a value is missing).
 */

export interface Scale {
  readonly domain: readonly [number, number];
  readonly log: boolean;
  /** Data value → pixel within [range[0], range[1]]. */
  (v: number): number;
  readonly ticks: readonly number[];
}

/** A step of 1, 2 or 5 × 10ⁿ giving about `count` intervals over `span`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

export function linearTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const step = niceStep(hi - lo, count);
  const out: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : +v.toPrecision(12));
  return out;
}

/** Powers of ten in range; with less than two decades, also 2× and 5×. */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi > lo)) return lo > 0 ? [lo] : [];
  const out: number[] = [];
  const few = Math.log10(hi / lo) < 2;
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of few ? [1, 2, 5] : [1]) {
      const v = m * 10 ** e;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(+v.toPrecision(12));
    }
  }
  return out;
}

/** The data's extent over some series (finite values; positive only on a log scale); null when there is none. */
export function extent(rows: readonly Readonly<Record<string, number | null | undefined>>[], keys: readonly string[], log: boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of rows) {
    for (const k of keys) {
      const v = r[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || (log && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * A scale over [lo, hi] onto [r0, r1]. A linear domain is widened to its outer nice ticks; a log domain to
 * the powers of ten around it when that is close, else a little margin. A flat domain gets some height.
 */
export function makeScale(lo: number, hi: number, r0: number, r1: number, options: { log?: boolean; nice?: boolean; tickCount?: number } = {}): Scale {
  const log = !!options.log && lo > 0;
  let a = lo;
  let b = hi;
  if (b <= a) {
    const pad = log ? 2 : Math.abs(a) > 0 ? Math.abs(a) * 0.1 : 1;
    if (log) { a /= pad; b *= pad; } else { a -= pad; b += pad; }
  }
  if (options.nice && !log) {
    const step = niceStep(b - a, options.tickCount ?? 5);
    a = Math.floor(a / step + 1e-9) * step;
    b = Math.ceil(b / step - 1e-9) * step;
  } else if (options.nice && log) {
    a = 10 ** Math.floor(Math.log10(a) + 1e-9) === a ? a : a / 1.15;
    b = b * 1.15;
  }
  const f = log ? Math.log10 : (v: number) => v;
  const fa = f(a);
  const fb = f(b);
  const map = ((v: number) => r0 + ((f(v) - fa) / (fb - fa || 1)) * (r1 - r0)) as Scale;
  return Object.assign(map, { domain: [a, b] as const, log, ticks: log ? logTicks(a, b) : linearTicks(a, b, options.tickCount ?? 5) });
}

/** An SVG path through the points; a missing value breaks the line unless `connect`. */
export function linePath(points: readonly (readonly [number, number | null])[], connect = false): string {
  let d = '';
  let open = false;
  for (const [x, y] of points) {
    if (y === null || !Number.isFinite(y)) { if (!connect) open = false; continue; }
    d += `${open ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
    open = true;
  }
  return d;
}

/** Index of the row whose x is nearest `x` (rows sorted by x); -1 for none. */
export function nearestIndex(xs: readonly number[], x: number): number {
  if (xs.length === 0) return -1;
  let lo = 0;
  let hi = xs.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid; else hi = mid;
  }
  return Math.abs(xs[lo] - x) <= Math.abs(xs[hi] - x) ? lo : hi;
}
