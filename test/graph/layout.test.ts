import { describe, expect, it } from 'vitest';
import { flowDirectionOf, layoutGraph, NODE_HEIGHT, NODE_WIDTH, type FlowDirection } from '../../src/graph/layout';
import { getTemplate, TEMPLATES } from '../../src/graph/templates/index';
import type { Graph } from '../../src/graph/types';
import { chain, withEdge, withNode } from './chain';

const pos = (g: Graph) => Object.fromEntries(g.nodes.map((n) => [n.id, n.position]));

/** Pairs of blocks whose NODE_WIDTH × NODE_HEIGHT boxes overlap (sorted sweep by x). */
function overlaps(g: Graph): string[] {
  const nodes = [...g.nodes].sort((a, b) => a.position.x - b.position.x);
  const found: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length && nodes[j].position.x < nodes[i].position.x + NODE_WIDTH; j++) {
      if (Math.abs(nodes[j].position.y - nodes[i].position.y) < NODE_HEIGHT) found.push(`${nodes[i].id}/${nodes[j].id}`);
    }
  }
  return found;
}

const extent = (g: Graph) => ({
  width: Math.max(...g.nodes.map((n) => n.position.x)) + NODE_WIDTH,
  height: Math.max(...g.nodes.map((n) => n.position.y)) + NODE_HEIGHT,
});

/** Scrambles positions, so layout cannot depend on them. */
const scrambled = (g: Graph): Graph => ({ ...g, nodes: g.nodes.map((n, i) => ({ ...n, position: { x: (i * 7919) % 1000, y: -i } })) });

const resnet152 = getTemplate('resnet152')!.build();

/** The zoom at which the whole network fits the canvas of a 1440×900 window (924×622, 4% margin). */
const fitZoom = (g: Graph) => Math.min((924 * 0.96) / extent(g).width, (622 * 0.96) / extent(g).height);

describe('layoutGraph', () => {
  it.each([...TEMPLATES.map((t) => [t.name, t.build()] as const), ['resnet152', resnet152] as const])(
    '%s: no overlapping blocks in either direction, deterministic, independent of the old positions', (_name, g) => {
      expect(overlaps(g)).toEqual([]);
      expect(layoutGraph(scrambled(g))).toEqual(g);
      for (const n of g.nodes) expect(Number.isFinite(n.position.x) && Number.isFinite(n.position.y)).toBe(true);
      const right = layoutGraph(g, { direction: 'right' });
      expect(overlaps(right)).toEqual([]);
      expect(flowDirectionOf(right)).toBe('right');
      expect(flowDirectionOf(g)).toBe('down');
    });

  it('keeps everything but the positions', () => {
    const g = scrambled(getTemplate('resnet18')!.build());
    const laid = layoutGraph(g);
    expect(laid.edges).toBe(g.edges);
    expect(laid.nodes.map(({ position: _p, ...rest }) => rest)).toEqual(g.nodes.map(({ position: _p, ...rest }) => rest));
  });

  it.each(['down', 'right'] as FlowDirection[])('puts a short chain on one straight line (%s)', (direction) => {
    const p = pos(layoutGraph(chain(['Input'], ['Conv2D'], ['MaxPool2D'], ['Flatten'], ['Output']), { direction }));
    const [along, across] = direction === 'down' ? ['y', 'x'] as const : ['x', 'y'] as const;
    expect(new Set(Object.values(p).map((q) => q[across])).size).toBe(1);
    for (let i = 1; i < 5; i++) expect(p[`b${i}`][along]).toBeGreaterThan(p[`b${i - 1}`][along]);
  });

  it.each(['down', 'right'] as FlowDirection[])('keeps a residual block on one line and routes its shortcut beside it, in a thin lane (%s)', (direction) => {
    const g = layoutGraph(getTemplate('resnet18')!.build(), { direction });
    const p = pos(g);
    const across = direction === 'down' ? 'x' : 'y';
    // Every connection forward along the flow (the main path and every shortcut) stays on its line.
    for (const e of g.edges) {
      const [s, t] = [p[e.source], p[e.target]];
      if ((direction === 'down' ? t.y > s.y : t.x > s.x)) expect(t[across], `${e.source} → ${e.target}`).toBe(s[across]);
    }
    // Every block of the network sits on a main line: the lanes beside them carry only shortcuts, so the
    // distance between segments is a block, a thin lane and a gap (not two blocks).
    const lines = [...new Set(g.nodes.map((n) => n.position[across]))].sort((a, b) => a - b);
    const step = direction === 'down' ? NODE_WIDTH : NODE_HEIGHT;
    for (let i = 1; i < lines.length; i++) expect(lines[i] - lines[i - 1]).toBeLessThan(step + 60);
  });

  it.each(['down', 'right'] as FlowDirection[])('wraps long networks so that they fill a 1440×900 window\'s canvas (%s)', (direction) => {
    // ResNet-50 fits at about 0.3: the block cards' far level of detail is sized for this zoom.
    expect(fitZoom(layoutGraph(getTemplate('resnet50')!.build(), { direction }))).toBeGreaterThan(0.28);
    expect(fitZoom(layoutGraph(resnet152, { direction }))).toBeGreaterThan(0.15);
    // A short network is not cut at all.
    const vgg = layoutGraph(getTemplate('vgg16')!.build(), { direction });
    expect(fitZoom(vgg)).toBeGreaterThan(0.75);
  });

  it('fills a tall view with one long segment and a wide one with several', () => {
    const g = getTemplate('resnet18')!.build();
    const tall = layoutGraph(g, { direction: 'down', view: { width: 300, height: 1500 } });
    const wide = layoutGraph(g, { direction: 'down', view: { width: 1800, height: 600 } });
    expect(extent(tall).height / extent(tall).width).toBeGreaterThan(extent(wide).height / extent(wide).width * 4);
  });

  it('honours measured sizes: a taller block (with its problem shown) moves the next one down', () => {
    const g = chain(['Input'], ['Conv2D'], ['Output']);
    const p = pos(layoutGraph(g, { sizes: new Map([['b1', { width: NODE_WIDTH, height: 300 }]]), view: { width: 400, height: 2000 } }));
    expect(p.b2.y - p.b0.y).toBeGreaterThanOrEqual(300 + NODE_HEIGHT);
  });

  it('places parallel branches side by side and merges below them', () => {
    let g = chain(['Input'], ['Conv2D']);
    g = withNode(withNode(withNode(g, 'a', 'Conv2D'), 'b', 'Conv2D'), 'cat', 'Concatenate');
    g = withEdge(withEdge(withEdge(withEdge(withEdge(g, 'b0', 'a'), 'b0', 'b'), 'b1', 'cat'), 'a', 'cat'), 'b', 'cat');
    const laid = layoutGraph(g);
    const p = pos(laid);
    expect(overlaps(laid)).toEqual([]);
    expect(new Set([p.b1.y, p.a.y, p.b.y]).size).toBe(1);
    expect(p.cat.y).toBeGreaterThan(p.a.y);
  });

  it('copes with cycles, disconnected blocks, dangling edges, self-loops and an empty graph', () => {
    let g = chain(['Input'], ['Conv2D'], ['Conv2D'], ['Output']);
    g = withEdge(withEdge(withEdge(g, 'b2', 'b1'), 'b3', 'b3'), 'b0', 'missing');
    g = withNode(withNode(g, 'lonely', 'Dense'), 'lonely2', 'Dense');
    const laid = layoutGraph(g);
    expect(overlaps(laid)).toEqual([]);
    expect(layoutGraph(laid)).toEqual(laid);
    expect(layoutGraph({ nodes: [], edges: [] })).toEqual({ nodes: [], edges: [] });
  });

  it('lays out a ResNet-152-sized graph in a few milliseconds', () => {
    const g = scrambled(resnet152);
    layoutGraph(g);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      layoutGraph(g);
      times.push(performance.now() - t0);
    }
    expect(Math.min(...times)).toBeLessThan(30); // a few ms on an idle machine; loose for shared CI
  });
});
