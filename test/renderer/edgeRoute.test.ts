import { describe, expect, it } from 'vitest';
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH } from '../../src/graph/layout';
import { getTemplate } from '../../src/graph/templates/index';
import { routeEdge, type Box, type Point } from '../../renderer/editor/edgeRoute';

/** The corner points of a path (M, L and the ends of Q). */
function pathPoints(d: string): Point[] {
  const nums = [...d.matchAll(/[ML]\s*(-?[\d.]+),(-?[\d.]+)|Q\s*-?[\d.]+,-?[\d.]+\s+(-?[\d.]+),(-?[\d.]+)/g)];
  return nums.map((m) => (m[1] !== undefined ? { x: +m[1], y: +m[2] } : { x: +m[3], y: +m[4] }));
}

/** Does the polyline pass through the inside of the box (not just touch its edge)? */
function crosses(points: Point[], b: Box): boolean {
  const inside = (p: Point) => p.x > b.x + 1 && p.x < b.x + b.width - 1 && p.y > b.y + 1 && p.y < b.y + b.height - 1;
  for (let i = 1; i < points.length; i++) {
    for (let t = 0; t <= 20; t++) {
      const p = { x: points[i - 1].x + ((points[i].x - points[i - 1].x) * t) / 20, y: points[i - 1].y + ((points[i].y - points[i - 1].y) * t) / 20 };
      if (inside(p)) return true;
    }
  }
  return false;
}

describe('routeEdge', () => {
  it.each([['resnet18', 'down'], ['resnet18', 'right'], ['resnet50', 'down'], ['resnet50', 'right']] as const)('draws every connection of a laid-out %s without passing through a block (%s)', (template, direction) => {
    const g = layoutGraph(getTemplate(template)!.build(), { direction });
    const box = new Map(g.nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y, width: NODE_WIDTH, height: NODE_HEIGHT }]));
    const kinds = new Map<string, number>();
    for (const e of g.edges) {
      const s = box.get(e.source)!;
      const t = box.get(e.target)!;
      const from = direction === 'down' ? { x: s.x + s.width / 2, y: s.y + s.height } : { x: s.x + s.width, y: s.y + s.height / 2 };
      const to = direction === 'down' ? { x: t.x + t.width / 2, y: t.y } : { x: t.x, y: t.y + t.height / 2 };
      const r = routeEdge(direction, s, t, from, to);
      kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
      const points = pathPoints(r.path);
      for (const [id, b] of box) expect(crosses(points, b), `${e.id} (${r.kind}) through ${id}`).toBe(false);
      if (r.kind === 'shortcut') expect(r.label).toBeNull();
    }
    // Straight on a line, a shortcut beside its blocks, or (a residual block starting a segment) into the segment from
    // the gap before it: never a diagonal through the network.
    expect(kinds.get('elbow') ?? 0).toBe(0);
    expect((kinds.get('shortcut') ?? 0) + (kinds.get('wrap') ?? 0)).toBeGreaterThanOrEqual(template === 'resnet18' ? 8 : 16);
  });
});
