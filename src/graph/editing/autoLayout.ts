/**
 * A layered (Sugiyama-style) layout for any network: layers by longest path from the inputs, long
 * connections get placeholder slots so shortcuts run beside the main path instead of through it, a
 * few barycentre sweeps reduce crossings, and each block sits as close as it can above/below the
 * blocks it connects to, so a plain chain is one straight column. Data flows top to bottom.
 */
import type { Graph, Position } from '../types';

export interface LayoutOptions {
  readonly columnGap: number;
  readonly rowGap: number;
  readonly sweeps: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { columnGap: 280, rowGap: 150, sweeps: 6 };

interface Slot { id: string; dummy: boolean; layer: number; order: number; x: number }

export function autoLayout(graph: Graph, options: Partial<LayoutOptions> = {}): Record<string, Position> {
  const opt = { ...DEFAULT_LAYOUT, ...options };
  const ids = graph.nodes.map((n) => n.id);
  const known = new Set(ids);
  const edges = graph.edges.filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target);
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  const indeg = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const e of edges) { out.get(e.source)!.push(e.target); indeg.set(e.target, indeg.get(e.target)! + 1); }

  // Longest-path layering over a topological order; nodes on cycles go below everything else.
  const layer = new Map<string, number>();
  const queue = ids.filter((id) => indeg.get(id) === 0);
  const remaining = new Map(indeg);
  for (const id of queue) layer.set(id, 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const t of out.get(id)!) {
      layer.set(t, Math.max(layer.get(t) ?? 0, layer.get(id)! + 1));
      remaining.set(t, remaining.get(t)! - 1);
      if (remaining.get(t) === 0) queue.push(t);
    }
  }
  let maxLayer = Math.max(0, ...layer.values());
  for (const id of ids) if (!layer.has(id) || remaining.get(id)! > 0) layer.set(id, ++maxLayer);

  // Slots per layer, with placeholders along connections that skip layers.
  const layers: Slot[][] = Array.from({ length: maxLayer + 1 }, () => []);
  const slots = new Map<string, Slot>();
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    (down.get(a) ?? down.set(a, []).get(a)!).push(b);
    (up.get(b) ?? up.set(b, []).get(b)!).push(a);
  };
  const addSlot = (id: string, dummy: boolean, l: number) => {
    const s: Slot = { id, dummy, layer: l, order: layers[l].length, x: 0 };
    layers[l].push(s);
    slots.set(id, s);
  };
  for (const id of ids) addSlot(id, false, layer.get(id)!);
  let dummyCount = 0;
  for (const e of edges) {
    const from = layer.get(e.source)!;
    const to = layer.get(e.target)!;
    if (to <= from) continue;
    let prev = e.source;
    for (let l = from + 1; l < to; l++) {
      const d = `\u0000d${dummyCount++}`;
      addSlot(d, true, l);
      link(prev, d);
      prev = d;
    }
    link(prev, e.target);
  }

  // Barycentre sweeps to reduce crossings.
  const bary = (s: Slot, nbrs: Map<string, string[]>) => {
    const ns = nbrs.get(s.id);
    if (!ns?.length) return s.order;
    return ns.reduce((sum, n) => sum + slots.get(n)!.order, 0) / ns.length;
  };
  for (let sweep = 0; sweep < opt.sweeps; sweep++) {
    const downward = sweep % 2 === 0;
    const seq = downward ? layers.slice(1) : layers.slice(0, -1).reverse();
    for (const row of seq) {
      const keyed = row.map((s) => ({ s, k: bary(s, downward ? up : down) }));
      keyed.sort((a, b) => a.k - b.k || a.s.order - b.s.order);
      keyed.forEach(({ s }, i) => { s.order = i; row[i] = s; });
    }
  }

  // x: each slot as near as it can be to its neighbours, pushed apart by the column gap.
  for (const row of layers) row.forEach((s, i) => { s.x = (i - (row.length - 1) / 2) * opt.columnGap; });
  for (let pass = 0; pass < 4; pass++) {
    const downward = pass % 2 === 0;
    const seq = downward ? layers.slice(1) : layers.slice(0, -1).reverse();
    for (const row of seq) {
      const want = row.map((s) => {
        const ns = (downward ? up : down).get(s.id);
        return ns?.length ? ns.reduce((sum, n) => sum + slots.get(n)!.x, 0) / ns.length : s.x;
      });
      const xs = want.slice();
      for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i], xs[i - 1] + (row[i].dummy || row[i - 1].dummy ? opt.columnGap * 0.6 : opt.columnGap));
      const shift = xs.reduce((sum, x, i) => sum + (want[i] - x), 0) / Math.max(1, xs.length);
      row.forEach((s, i) => { s.x = xs[i] + shift; });
    }
  }

  const positions: Record<string, Position> = {};
  for (const id of ids) {
    const s = slots.get(id)!;
    positions[id] = { x: Math.round(s.x), y: s.layer * opt.rowGap };
  }
  return positions;
}

/** The graph with every block moved to its laid-out position. */
export function withAutoLayout(graph: Graph, options: Partial<LayoutOptions> = {}): Graph {
  const positions = autoLayout(graph, options);
  return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, position: positions[n.id] ?? n.position })) };
}
