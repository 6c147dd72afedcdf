/**
 * layoutGraph(graph, options): readable canvas positions for any network, data flowing down or to the right.
 *
 * Layered: each block sits one layer after its latest input (longest path). A connection that skips
 * layers (a residual shortcut, a U-Net skip) passes through every layer it crosses in a lane of its own,
 * ordered after the blocks of that layer, so the main path stays on one straight line and the shortcut
 * runs beside it. A lane that only carries connections is thin (SHORTCUT_LANE), not a block wide.
 * Long networks wrap, like lines of text: the layers are cut into segments (columns when flowing down,
 * rows when flowing right), preferably after a layer holding a single block (between residual blocks), with
 * as many segments as make the whole best fill a view of the given aspect ratio.
 * Positions are the top-left corners of the blocks' boxes (NODE_WIDTH × NODE_HEIGHT unless sizes are
 * given); no two overlap. Pure, deterministic, and fast (a ResNet-152 in a few milliseconds).
 */
import { chooseSegments, type Extent } from './layoutSegments';
import type { Graph, GraphNode } from './types';

export type FlowDirection = 'down' | 'right';

/** A block card's box on the canvas, in canvas units (the renderer's card has this size). */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 120;
/** Space between consecutive layers, along the flow (an arrow's length). */
export const LAYER_GAP = 26;
/** Space between two lanes of blocks. */
export const LANE_GAP = 24;
/** Width of a lane that only carries shortcuts (the gap before it is part of it). */
export const SHORTCUT_LANE = 24;
/** Space between wrapped segments (the connection to the next segment turns there). */
export const SEGMENT_GAP = 30;
/** The view a layout fills by default: the canvas of a 1440×900 window (palette, inspector and bottom panel open). */
export const DEFAULT_VIEW = { width: 924, height: 622 } as const;
/** At this zoom a block card shows everything (the renderer's near level of detail): no need to wrap more. */
export const READABLE_ZOOM = 0.75;

export interface LayoutOptions {
  readonly direction?: FlowDirection;
  /** The view (screen pixels) the network should fill when fitted; default DEFAULT_VIEW. */
  readonly view?: { readonly width: number; readonly height: number };
  /** Measured block sizes (a block with a problem shown is taller); default NODE_WIDTH × NODE_HEIGHT. */
  readonly sizes?: ReadonlyMap<string, { readonly width: number; readonly height: number }>;
}

/** One lane of a layer: a block, or a long connection passing through the layer. */
interface Slot {
  readonly node: number | null;
  readonly preds: Slot[];
  /** Position among the lanes of its layer. */
  order: number;
  /** Tie-break: the block's index, or the connection's source index. */
  readonly rank: number;
  /** The layer the slot's block, or its connection's source, is in. */
  readonly origin: number;
}

/** Layers by longest path from the blocks without inputs; blocks on cycles go after their placed inputs. */
function assignLayers(graph: Graph, index: Map<string, number>): { layer: number[]; preds: number[][] } {
  const n = graph.nodes.length;
  const preds: number[][] = Array.from({ length: n }, () => []);
  const succs: number[][] = Array.from({ length: n }, () => []);
  const indeg = new Array<number>(n).fill(0);
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    preds[t].push(s);
    succs[s].push(t);
    indeg[t]++;
  }
  const layer = new Array<number>(n).fill(-1);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) { queue.push(i); layer[i] = 0; }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    for (const t of succs[s]) {
      layer[t] = Math.max(layer[t], layer[s] + 1);
      if (--indeg[t] === 0) queue.push(t);
    }
  }
  // Blocks on (or after) a cycle: in document order, one layer after every input placed so far.
  const placed = new Array<boolean>(n).fill(false);
  for (const i of queue) placed[i] = true;
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    layer[i] = Math.max(0, ...preds[i].map((p) => (layer[p] >= 0 ? layer[p] + 1 : 0)));
  }
  return { layer, preds };
}

/** The slots of every layer, with one pass-through slot per layer a connection skips. */
function buildLayers(graph: Graph, layer: number[], preds: number[][]): Slot[][] {
  const count = Math.max(0, ...layer) + 1;
  const layers: Slot[][] = Array.from({ length: count }, () => []);
  const slots = graph.nodes.map((_, i): Slot => ({ node: i, preds: [], order: 0, rank: i, origin: layer[i] }));
  slots.forEach((slot, i) => layers[layer[i]].push(slot));
  slots.forEach((slot, t) => {
    for (const s of preds[t]) {
      let from = slots[s];
      if (layer[s] >= layer[t]) continue; // an edge closing a cycle: drawn as it is, no lanes
      for (let r = layer[s] + 1; r < layer[t]; r++) {
        const through: Slot = { node: null, preds: [from], order: 0, rank: s, origin: layer[s] };
        layers[r].push(through);
        from = through;
      }
      slot.preds.push(from);
    }
  });
  return layers;
}

/** Orders every layer's lanes after their inputs' (barycentre); on ties blocks come first, so shortcuts run beside the main path. */
function orderLayers(layers: Slot[][]): void {
  for (const r of layers) {
    const key = new Map<Slot, number>();
    for (const slot of r) {
      key.set(slot, slot.preds.length ? slot.preds.reduce((sum, p) => sum + p.order, 0) / slot.preds.length : Number.POSITIVE_INFINITY);
    }
    r.sort((a, b) => key.get(a)! - key.get(b)! || Number(a.node === null) - Number(b.node === null) || a.rank - b.rank);
    r.forEach((slot, i) => { slot.order = i; });
  }
}

/** A shortcut lane sits close to the blocks it runs beside; block lanes keep LANE_GAP apart. */
const gapBefore = (laneSize: number) => (laneSize <= SHORTCUT_LANE ? 0 : LANE_GAP);

export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Graph {
  if (graph.nodes.length === 0) return graph;
  const down = (options.direction ?? 'down') === 'down';
  const index = new Map<string, number>();
  graph.nodes.forEach((node, i) => { if (!index.has(node.id)) index.set(node.id, i); });
  const { layer, preds } = assignLayers(graph, index);
  const layers = buildLayers(graph, layer, preds);
  orderLayers(layers);

  // Sizes along the flow and across it.
  const size = (i: number) => options.sizes?.get(graph.nodes[i].id) ?? { width: NODE_WIDTH, height: NODE_HEIGHT };
  const along = (i: number) => (down ? size(i).height : size(i).width);
  const across = (i: number) => (down ? size(i).width : size(i).height);
  const layerAlong = layers.map((r) => Math.max(0, ...r.map((s) => (s.node === null ? 0 : along(s.node)))));
  /** Cross size of each lane of a layer: a block's, or a thin shortcut lane. */
  const laneSizes = layers.map((r) => r.map((s) => (s.node === null ? SHORTCUT_LANE : across(s.node))));

  /**
   * Extent of layers [start, end): along = sum of layers and gaps; across = sum of the widest of each lane.
   * A connection from an earlier segment takes no lane here: it arrives through the gap between segments.
   */
  const extent = (start: number, end: number): Extent & { lanes: number[] } => {
    const lanes: number[] = [];
    let length = 0;
    for (let r = start; r < end; r++) {
      length += layerAlong[r] + (r > start ? LAYER_GAP : 0);
      layers[r].forEach((slot, i) => {
        if (slot.node === null && slot.origin < start) return;
        lanes[i] = Math.max(lanes[i] ?? 0, laneSizes[r][i]);
      });
    }
    const width = lanes.reduce((sum, w, i) => sum + (w ?? 0) + (i > 0 && w ? gapBefore(w) : 0), 0);
    return { along: length, across: width, lanes };
  };
  const single = (r: number) => layers[r].length === 1;
  const view = options.view ?? DEFAULT_VIEW;
  const starts = chooseSegments(layers.length, {
    // A clean cut follows a layer holding one block and nothing passing by: every connection crossing it starts there.
    extent, clean: (r) => r > 0 && single(r - 1), gap: SEGMENT_GAP,
    view: down ? { along: view.height, across: view.width } : { along: view.width, across: view.height }, enough: READABLE_ZOOM,
  });

  const positions = new Array<{ x: number; y: number }>(graph.nodes.length);
  let crossStart = 0;
  starts.forEach((start, c) => {
    const end = starts[c + 1] ?? layers.length;
    const { lanes, across: width } = extent(start, end);
    const laneStart: number[] = [];
    lanes.reduce((at, w, i) => { laneStart[i] = at + (i > 0 && w ? gapBefore(w) : 0); return laneStart[i] + (w ?? 0); }, crossStart);
    let at = 0;
    for (let r = start; r < end; r++) {
      for (const slot of layers[r]) {
        if (slot.node === null) continue;
        // Centred in its layer along the flow, at the start of its lane across it.
        const a = at + (layerAlong[r] - along(slot.node)) / 2;
        const b = laneStart[slot.order];
        positions[slot.node] = down ? { x: b, y: a } : { x: a, y: b };
      }
      at += layerAlong[r] + LAYER_GAP;
    }
    crossStart += width + SEGMENT_GAP;
  });
  return { ...graph, nodes: graph.nodes.map((node, i): GraphNode => ({ ...node, position: { x: Math.round(positions[i].x), y: Math.round(positions[i].y) } })) };
}

/** Which way a laid-out document flows: the way most connections point (a new or hand-built one: down). */
export function flowDirectionOf(graph: Graph): FlowDirection {
  const at = new Map(graph.nodes.map((n) => [n.id, n.position]));
  let right = 0;
  let down = 0;
  for (const e of graph.edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (!s || !t) continue;
    if (t.x - s.x > Math.abs(t.y - s.y)) right++;
    else if (t.y - s.y > Math.abs(t.x - s.x)) down++;
  }
  return right > down ? 'right' : 'down';
}
