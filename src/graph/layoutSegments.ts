/**
 * Where a long layered layout wraps: the layers are cut into segments (like lines of text) so that the
 * whole, fitted to a view of the given aspect ratio, is as large as it can be. Cuts prefer "clean" layers,
 * where every connection crossing starts at one block (between residual blocks), so no shortcut passes
 * from one segment into the next beside blocks.
 */

/** A run of layers' size: along the flow, and across it. */
export interface Extent {
  readonly along: number;
  readonly across: number;
}

export interface SegmentOptions {
  /** Size of layers [start, end) laid out as one segment. */
  readonly extent: (start: number, end: number) => Extent;
  /** True when a cut just before layer r is clean (every connection crossing it starts at one block). */
  readonly clean: (r: number) => boolean;
  /** Space between segments, across the flow. */
  readonly gap: number;
  /** The view's size (screen pixels) along the flow and across it. */
  readonly view: Extent;
  /** Zooms above this are all as good (the blocks are readable in full): fewer segments win. */
  readonly enough: number;
}

/** Cuts for segments of about `target` layers: at the clean layer closest below the target, else at it. */
function cutsFor(count: number, target: number, clean: (r: number) => boolean): number[] {
  const starts = [0];
  let start = 0;
  while (count - start > target) {
    let cut = start + target;
    for (let r = start + target; r >= start + Math.ceil(target * 0.6) && r > start; r--) {
      if (clean(r)) { cut = r; break; }
    }
    starts.push(cut);
    start = cut;
  }
  return starts;
}

/** Size of the whole when cut at `starts`, and the zoom at which it fits the view. */
function fit(count: number, starts: readonly number[], o: SegmentOptions): { zoom: number; across: number } {
  let along = 0;
  let across = 0;
  starts.forEach((s, i) => {
    const e = o.extent(s, starts[i + 1] ?? count);
    along = Math.max(along, e.along);
    across += e.across + (i > 0 ? o.gap : 0);
  });
  return { zoom: Math.min(o.view.along / along, o.view.across / across, o.enough), across };
}

/** A cut through a shortcut must make the whole this much larger to be chosen over clean cuts. */
const CLEAN_BONUS = 1.1;

/** The first layer of every segment (always starting with 0). */
export function chooseSegments(count: number, o: SegmentOptions): number[] {
  if (count <= 1) return [0];
  let best: number[] = [0];
  let bestScore = fit(count, best, o).zoom * CLEAN_BONUS;
  const never = () => false;
  // Only the segment lengths that change the number of segments: about 2·√count of them.
  const targets = [...new Set(Array.from({ length: count }, (_, k) => Math.ceil(count / (k + 1))))].filter((t) => t < count);
  for (const target of targets) {
    const clean = cutsFor(count, target, o.clean);
    const exact = cutsFor(count, target, never);
    const cleanScore = fit(count, clean, o).zoom * CLEAN_BONUS;
    const exactFit = fit(count, exact, o);
    const [starts, score] = cleanScore >= exactFit.zoom ? [clean, cleanScore] : [exact, exactFit.zoom];
    // More than 2% better to win: fewer segments on near ties.
    if (score > bestScore * 1.02) { best = starts; bestScore = score; }
    // More segments only make the whole wider across: once that alone is worse than the best, stop.
    if ((CLEAN_BONUS * o.view.across) / exactFit.across < bestScore) break;
  }
  return best;
}
