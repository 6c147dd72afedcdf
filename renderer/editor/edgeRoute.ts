/**
 * The path of a connection on the canvas, from the two blocks' boxes and the flow direction (pure).
 * - next block on the same line (no room for a block between): a straight arrow;
 * - a shortcut skipping blocks on its line: out into the thin lane beside the line, along it, and back in
 *   just before its target (never through the blocks it skips);
 * - to a block earlier along the flow (the next wrapped segment): out, across to the gap between the
 *   segments, back along it, and in;
 * - anything else (branches): one elbow in the gap before the target.
 * Corners are rounded.
 */
import { LAYER_GAP, SEGMENT_GAP, SHORTCUT_LANE, type FlowDirection } from '../../src/graph/layout';

export interface Box { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
export interface Point { readonly x: number; readonly y: number }
/** `label`: where the tensor's shape goes (beside the arrow there); none on a shortcut (its source shows it). */
export interface Route { readonly path: string; readonly label: Point | null; readonly kind: 'straight' | 'shortcut' | 'wrap' | 'elbow' }

const CORNER = 8;

/** An SVG path through the points with rounded corners. */
export function roundedPath(points: readonly Point[]): string {
  let d = `M${points[0].x},${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [p, q, r] = [points[i - 1], points[i], points[i + 1]];
    const inLen = Math.hypot(q.x - p.x, q.y - p.y);
    const outLen = Math.hypot(r.x - q.x, r.y - q.y);
    const c = Math.min(CORNER, inLen / 2, outLen / 2);
    if (c < 0.5) { d += ` L${q.x},${q.y}`; continue; }
    const a = { x: q.x - ((q.x - p.x) / inLen) * c, y: q.y - ((q.y - p.y) / inLen) * c };
    const b = { x: q.x + ((r.x - q.x) / outLen) * c, y: q.y + ((r.y - q.y) / outLen) * c };
    d += ` L${a.x},${a.y} Q${q.x},${q.y} ${b.x},${b.y}`;
  }
  const last = points[points.length - 1];
  return `${d} L${last.x},${last.y}`;
}

/** `from`: the source's output port; `to`: the target's input port. */
export function routeEdge(direction: FlowDirection, source: Box, target: Box, from: Point, to: Point): Route {
  const down = direction === 'down';
  // Work in (along, across) coordinates; convert back at the end.
  const A = (p: Point) => (down ? p.y : p.x);
  const C = (p: Point) => (down ? p.x : p.y);
  const P = (along: number, across: number): Point => (down ? { x: across, y: along } : { x: along, y: across });
  const acrossEnd = (b: Box) => (down ? b.x + b.width : b.y + b.height);
  const acrossStart = (b: Box) => (down ? b.x : b.y);
  const alongSize = (b: Box) => (down ? b.height : b.width);
  const [sa, sc, ta, tc] = [A(from), C(from), A(to), C(to)];
  const half = LAYER_GAP / 2;
  let points: Point[];
  let kind: Route['kind'];
  if (ta > sa + 1 && Math.abs(tc - sc) < 1) {
    // Room for a block in between means a block may be there: go round (blocks placed by hand closer than that are next).
    if (ta - sa < Math.max(LAYER_GAP * 1.5, Math.min(alongSize(source), alongSize(target)))) {
      points = [from, to];
      kind = 'straight';
    } else {
      const lane = Math.max(acrossEnd(source), acrossEnd(target)) + SHORTCUT_LANE / 2;
      points = [from, P(sa + half, sc), P(sa + half, lane), P(ta - half, lane), P(ta - half, tc), to];
      kind = 'shortcut';
    }
  } else if (ta <= sa + 1 && Math.abs(tc - sc) >= 1) {
    // Into the gap between the segments, on the target's side of the source.
    const gapAt = tc > sc ? acrossStart(target) - SEGMENT_GAP / 2 : acrossEnd(target) + SHORTCUT_LANE + SEGMENT_GAP / 2;
    points = [from, P(sa + half, sc), P(sa + half, gapAt), P(ta - half, gapAt), P(ta - half, tc), to];
    kind = 'wrap';
  } else if (ta <= sa + 1) {
    // Backwards on its own line (a loop, or blocks placed by hand): around the source's side.
    const lane = Math.max(acrossEnd(source), acrossEnd(target)) + SHORTCUT_LANE / 2;
    points = [from, P(sa + half, sc), P(sa + half, lane), P(ta - half, lane), P(ta - half, tc), to];
    kind = 'wrap';
  } else {
    const bend = Math.max(sa + half, ta - half);
    points = [from, P(bend, sc), P(bend, tc), to];
    kind = 'elbow';
  }
  const label = kind === 'straight' ? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } : kind === 'shortcut' ? null : P(sa + half / 2, sc);
  return { path: roundedPath(points), label, kind };
}
