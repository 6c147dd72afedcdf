/**
 * Where a fused batch norm's ReLU lets a value through, as one comparison: y = (x − mean)·gain + offset, each
 * operation rounded to float32 (the forward's normalizeChannelsRelu), is non-decreasing in x when gain > 0
 * (every rounded operation is), so y > 0 exactly for x from the least float32 at which it is: the gradient's
 * passes test x ≥ that threshold instead of recomputing y (batchNormAboveGradSums, channelAffine2Above).
 */
const bits = new Float32Array(1);
const word = new Int32Array(bits.buffer);

/** The next float32 above x (finite x; ±0 go to the least positive). */
function up(x: number): number {
  if (x === 0) return 2 ** -149;
  bits[0] = x;
  word[0] += x > 0 ? 1 : -1;
  return bits[0];
}

function down(x: number): number {
  return -up(-x);
}

/** The forward's test: y = (x − mean)·gain + offset > 0, each operation rounded to float32. */
function passes(x: number, mean: number, gain: number, offset: number): boolean {
  return Math.fround(Math.fround(Math.fround(x - mean) * gain) + offset) > 0;
}

/** Floats in order as integers (−0 and +0 both 0: the test gives them the same answer). */
function key(x: number): number {
  bits[0] = x;
  return word[0] >= 0 ? word[0] : -(word[0] & 0x7fffffff);
}

function fromKey(k: number): number {
  word[0] = k >= 0 ? k : 0x80000000 | -k;
  return bits[0];
}

/** Ulps tried from the estimate before bisecting (the estimate is usually within one). */
const STEPS = 4;

/**
 * The least float32 x with fround(fround(fround(x − mean)·gain) + offset) > 0, for float32 mean, gain > 0 and
 * offset (finite); undefined otherwise (the caller then recomputes y lane by lane). From the estimate
 * mean − offset/gain a few ulps each way, else by bisection between −∞ (y = −∞) and +∞ (y = +∞): where mean
 * and offset/gain nearly cancel, many floats x round to the same x − mean.
 */
export function reluThreshold(mean: number, gain: number, offset: number): number | undefined {
  if (!(gain > 0) || !Number.isFinite(gain) || !Number.isFinite(mean) || !Number.isFinite(offset)) return undefined;
  const estimate = Math.fround(mean - offset / gain);
  if (Number.isFinite(estimate)) {
    let t = estimate;
    if (passes(t, mean, gain, offset)) {
      for (let i = 0; i < STEPS; i++) {
        const d = down(t);
        if (!passes(d, mean, gain, offset)) return t;
        t = d;
      }
    } else {
      for (let i = 0; i < STEPS && Number.isFinite(t); i++) {
        t = up(t);
        if (passes(t, mean, gain, offset)) return t;
      }
    }
  }
  let lo = key(-Infinity), hi = key(Infinity); // passes(lo) false, passes(hi) true
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (passes(fromKey(mid), mean, gain, offset)) hi = mid;
    else lo = mid;
  }
  return fromKey(hi);
}
