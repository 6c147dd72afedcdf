/**
 * Exact receptive-field arithmetic along one axis. The classic jump/start recursion (Araujo et al. 2019)
 * assumes every output pixel sees the same number of inputs, which upsampling breaks: after a bilinear ×2,
 * even pixels copy one input and odd ones blend two. So a map here lists, per output phase over one period,
 * the exact interval of indices it sees:
 *
 *   index o = q·period + r sees spans[r] shifted by q·shift.
 *
 * A block's own map (which of its input indices each output index reads) and a field (which input-image
 * pixels each output index depends on) are both such maps; composing them stays exact because every
 * block's intervals move monotonically with the output index, so the union of the fields of an interval of
 * indices is the interval from the first one's start to the last one's end.
 */

/** Indices lo…hi (inclusive). Empty when lo > hi (a transposed convolution with kernel < stride leaves gaps). */
export interface Span {
  readonly lo: number;
  readonly hi: number;
}

export interface AxisMap {
  /** Output indices per period (≥ 1). */
  readonly period: number;
  /** How far the spans move when the output index moves by one period (the jump is shift / period). */
  readonly shift: number;
  /** The span of each phase 0…period − 1. */
  readonly spans: readonly Span[];
  /**
   * Only the indices 0…period − 1 exist, each with the image pixels it really depends on (padding sees
   * nothing): the union of branches whose jumps differ is not periodic, so it is kept for the real pixels.
   */
  readonly finite?: boolean;
}

export const EMPTY_SPAN: Span = { lo: 1, hi: 0 };

/** Each index sees itself: an input image. */
export const IDENTITY_MAP: AxisMap = { period: 1, shift: 1, spans: [{ lo: 0, hi: 0 }] };

/** A period beyond this is kept for the real pixels only (a chain of coprime resamplings). */
const MAX_PERIOD = 4096;

export const isEmpty = (s: Span): boolean => s.lo > s.hi;
export const spanSize = (s: Span): number => (isEmpty(s) ? 0 : s.hi - s.lo + 1);

export function union(a: Span, b: Span): Span {
  if (isEmpty(a)) return b;
  if (isEmpty(b)) return a;
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

const sameSpan = (a: Span, b: Span) => (isEmpty(a) && isEmpty(b)) || (a.lo === b.lo && a.hi === b.hi);
const moved = (s: Span, by: number): Span => (isEmpty(s) ? EMPTY_SPAN : { lo: s.lo + by, hi: s.hi + by });

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

const lcm = (a: number, b: number) => (a / gcd(a, b)) * b;

/** The span seen by output index `o`. */
export function spanAt(map: AxisMap, o: number): Span {
  if (map.finite) return o >= 0 && o < map.period ? map.spans[o] : EMPTY_SPAN;
  const q = Math.floor(o / map.period);
  return moved(map.spans[o - q * map.period], q * map.shift);
}

/** Input pixels between adjacent output pixels, on average (fractional after upsampling). */
export function jumpOf(map: AxisMap): number {
  if (!map.finite) return map.shift / map.period;
  const seen = map.spans.map((s, i) => [s, i] as const).filter(([s]) => !isEmpty(s));
  if (seen.length < 2) return 1;
  const [a, i] = seen[0];
  const [b, j] = seen[seen.length - 1];
  return ((b.lo + b.hi) / 2 - (a.lo + a.hi) / 2) / (j - i);
}

/** Largest and smallest non-empty span (0 when nothing is seen). */
export function sizeRange(map: AxisMap): { min: number; max: number } {
  let min = Infinity;
  let max = 0;
  for (const s of map.spans) {
    if (isEmpty(s)) continue;
    min = Math.min(min, spanSize(s));
    max = Math.max(max, spanSize(s));
  }
  return { min: max === 0 ? 0 : min, max };
}

/** The same map with the shortest period that repeats (keeps periods small along deep networks). */
export function reduced(map: AxisMap): AxisMap {
  if (map.finite) return map;
  const { period: p, shift: q, spans } = map;
  for (let d = 1; d < p; d++) {
    if (p % d !== 0 || (q * d) % p !== 0) continue;
    const step = (q * d) / p;
    let repeats = true;
    for (let r = 0; r + d < p && repeats; r++) repeats = sameSpan(spans[r + d], moved(spans[r], step));
    if (repeats) return { period: d, shift: step, spans: spans.slice(0, d) };
  }
  return map;
}

/**
 * The field after a block: output index o sees the union of `field` over the input indices `local` maps o
 * to. Null when the period would pass MAX_PERIOD (the caller then falls back to the real pixels' fields).
 */
export function compose(local: AxisMap, field: AxisMap, outLength: number): AxisMap | null {
  const seenBy = (o: number): Span => {
    const s = spanAt(local, o);
    let out = EMPTY_SPAN;
    for (let m = s.lo; m <= s.hi; m++) out = union(out, spanAt(field, m));
    return out;
  };
  // local(o + P) = local(o) + n·shift, which must move `field` by whole periods.
  const n = field.finite ? 0 : field.period / gcd(field.period, local.shift);
  const period = local.period * n;
  if (field.finite) return finiteMap(outLength, seenBy);
  if (period > MAX_PERIOD) return null;
  const shift = field.shift * ((n * local.shift) / field.period);
  return reduced({ period, shift, spans: Array.from({ length: period }, (_, r) => seenBy(r)) });
}

/**
 * The union of several fields of one output (a merge of branches). Null when the branches' jumps differ
 * (the union is then not periodic: the caller falls back to the real pixels' fields) or the period is too long.
 */
export function mergeMaps(maps: readonly AxisMap[], outLength: number): AxisMap | null {
  if (maps.length === 1) return maps[0];
  const seenBy = (o: number) => maps.reduce((s, m) => union(s, spanAt(m, o)), EMPTY_SPAN);
  if (maps.some((m) => m.finite)) return finiteMap(outLength, seenBy);
  const first = maps[0];
  if (!maps.every((m) => m.shift * first.period === first.shift * m.period)) return null;
  const period = maps.reduce((l, m) => lcm(l, m.period), 1);
  if (period > MAX_PERIOD) return null;
  return reduced({ period, shift: (first.shift * period) / first.period, spans: Array.from({ length: period }, (_, r) => seenBy(r)) });
}

/** The pixels 0…length − 1 of an image axis, each seeing itself, and nothing outside. */
export function realAxis(length: number): AxisMap {
  return finiteMap(length, (o) => ({ lo: o, hi: o }));
}

function finiteMap(length: number, seenBy: (o: number) => Span): AxisMap {
  return { period: Math.max(1, length), shift: 0, spans: Array.from({ length: Math.max(1, length) }, (_, o) => seenBy(o)), finite: true };
}
