import { describe, expect, it } from 'vitest';
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH } from '../../src/graph/layout';
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

describe('layoutGraph', () => {
  it.each([...TEMPLATES.map((t) => [t.name, t.build()] as const), ['resnet152', resnet152] as const])(
    '%s: no overlapping blocks, deterministic, independent of the old positions', (_name, g) => {
      expect(overlaps(g)).toEqual([]);
      expect(layoutGraph(scrambled(g))).toEqual(g);
      for (const n of g.nodes) expect(Number.isFinite(n.position.x) && Number.isFinite(n.position.y)).toBe(true);
    });

  it('keeps everything but the positions', () => {
    const g = scrambled(getTemplate('resnet18')!.build());
    const laid = layoutGraph(g);
    expect(laid.edges).toBe(g.edges);
    expect(laid.nodes.map(({ position: _p, ...rest }) => rest)).toEqual(g.nodes.map(({ position: _p, ...rest }) => rest));
  });

  it('puts a short chain in one straight column, top to bottom', () => {
    const p = pos(layoutGraph(chain(['Input'], ['Conv2D'], ['MaxPool2D'], ['Flatten'], ['Output'])));
    expect(new Set(Object.values(p).map((q) => q.x)).size).toBe(1);
    expect(p.b1.y).toBeGreaterThan(p.b0.y);
    expect(p.b4.y).toBeGreaterThan(p.b3.y);
  });

  it('sets a residual branch beside its shortcut: block input and Add on one line, the convolutions next to it', () => {
    const p = pos(getTemplate('resnet18')!.build());
    expect(p.layer1_0_add.x).toBe(p.maxpool.x);
    expect(p.layer1_0_conv1.x).toBeGreaterThanOrEqual(p.maxpool.x + NODE_WIDTH);
    expect(p.layer1_0_conv2.x).toBe(p.layer1_0_conv1.x);
    expect(p.layer1_0_add.y).toBeGreaterThan(p.layer1_0_bn2.y);
  });

  it('wraps long networks into columns, cutting between residual blocks', () => {
    const r50 = getTemplate('resnet50')!.build();
    const size = extent(r50);
    expect(size.height).toBeLessThan(4000);
    expect(size.width).toBeLessThan(3 * size.height);
    const tops = r50.nodes.filter((n) => n.position.y === 0).map((n) => n.id);
    expect(tops[0]).toBe('input');
    for (const id of tops.slice(1)) expect(id).toMatch(/^layer\d_\d_relu$/);
    expect(extent(resnet152).height).toBeLessThan(6000);
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
