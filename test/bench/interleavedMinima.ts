/**
 * Least wall time of each call over `reps` rounds, the calls interleaved within each round so that a burst
 * of load on this shared machine hits them alike (a minimum is what the code costs). `before(i)` runs
 * untimed ahead of call i (e.g. refilling its inputs); what a call returns is disposed untimed.
 */
export function interleavedMinima(calls: readonly (() => unknown)[], reps: number, before?: (i: number) => void, dispose?: (out: unknown) => void): number[] {
  const best = calls.map(() => Infinity);
  for (let r = 0; r < reps; r++) {
    calls.forEach((call, i) => {
      before?.(i);
      const t = performance.now();
      const out = call();
      best[i] = Math.min(best[i], performance.now() - t);
      dispose?.(out);
    });
  }
  return best;
}
