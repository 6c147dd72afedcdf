import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../src/graph/editing/autoLayout';
import type { Graph } from '../../../src/graph/types';

const node = (id: string, kind = 'Conv2D') => ({ id, kind, params: {}, position: { x: 0, y: 0 } });
const edge = (s: string, t: string) => ({ id: `${s}__${t}`, source: s, target: t });

describe('autoLayout', () => {
  it('puts a chain in one straight column, top to bottom', () => {
    const g: Graph = { nodes: ['a', 'b', 'c', 'd'].map((id) => node(id)), edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd')] };
    const p = autoLayout(g);
    expect(new Set(Object.values(p).map((q) => q.x)).size).toBe(1);
    expect(p.a.y).toBeLessThan(p.b.y);
    expect(p.c.y).toBeLessThan(p.d.y);
  });

  it('keeps a residual shortcut beside the main path, with no overlapping blocks', () => {
    // x → c1 → c2 → c3 → add ← x (identity shortcut), and a projection branch p.
    const g: Graph = {
      nodes: ['x', 'c1', 'c2', 'c3', 'p', 'add', 'out'].map((id) => node(id)),
      edges: [edge('x', 'c1'), edge('c1', 'c2'), edge('c2', 'c3'), edge('c3', 'add'), edge('x', 'p'), edge('p', 'add'), edge('add', 'out')],
    };
    const p = autoLayout(g);
    for (const e of g.edges) expect(p[e.target].y).toBeGreaterThan(p[e.source].y);
    const seen = new Set<string>();
    for (const q of Object.values(p)) {
      const key = `${Math.round(q.x / 200)}:${q.y}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    expect(p.p.x).not.toBe(p.c1.x);
  });

  it('survives cycles and disconnected blocks', () => {
    const g: Graph = { nodes: ['a', 'b', 'c', 'lonely'].map((id) => node(id)), edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'b')] };
    const p = autoLayout(g);
    expect(Object.keys(p).sort()).toEqual(['a', 'b', 'c', 'lonely']);
    for (const q of Object.values(p)) expect(Number.isFinite(q.x) && Number.isFinite(q.y)).toBe(true);
  });
});
