/**
 * layoutGraph(graph): readable canvas positions for any network, data flowing top to bottom.
 *
 * Layered: each block sits one row below its lowest input (longest path). A connection that skips
 * rows (a residual shortcut, a U-Net skip) reserves a lane in every row it crosses, so the shortcut
 * runs in its own lane and the branch it skips sits beside it. Lanes in a row are ordered by where
 * their inputs are (one top-down barycentre sweep, shortcuts first on ties). Long networks wrap:
 * after about √(3 · rows) rows (at least 20) the next rows start a new column to the right, cut
 * preferably where only one block and no shortcut crosses (between residual blocks).
 * Positions are the top-left corners of NODE_WIDTH × NODE_HEIGHT boxes; no two overlap.
 * Pure, deterministic and linear in the size of the graph (plus sorting each row).
 */
import type { Graph, GraphNode } from './types';

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 90;
export const LANE_WIDTH = NODE_WIDTH + 40;
export const ROW_HEIGHT = NODE_HEIGHT + 40;
/** Extra space between wrapped columns, so they read as separate. */
export const COLUMN_GAP = 120;
const MIN_ROWS_PER_COLUMN = 20;

/** One lane of a row: a block, or a long connection passing through the row. */
interface Slot {
  readonly node: number | null;
  readonly preds: Slot[];
  /** Position among the lanes of its row. */
  order: number;
  /** Tie-break: the block's index, or the connection's source index. */
  readonly rank: number;
}

/** Rows by longest path from the blocks without inputs; blocks on cycles go below their placed inputs. */
function assignRows(graph: Graph, index: Map<string, number>): { row: number[]; preds: number[][] } {
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
  const row = new Array<number>(n).fill(-1);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) { queue.push(i); row[i] = 0; }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    for (const t of succs[s]) {
      row[t] = Math.max(row[t], row[s] + 1);
      if (--indeg[t] === 0) queue.push(t);
    }
  }
  // Blocks on (or below) a cycle: in document order, one row below every input placed so far.
  const placed = new Array<boolean>(n).fill(false);
  for (const i of queue) placed[i] = true;
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    row[i] = Math.max(0, ...preds[i].map((p) => (row[p] >= 0 ? row[p] + 1 : 0)));
  }
  return { row, preds };
}

/** Builds the rows of slots, with one pass-through slot per row a connection skips. */
function buildRows(graph: Graph, row: number[], preds: number[][]): Slot[][] {
  const rowCount = Math.max(0, ...row) + 1;
  const rows: Slot[][] = Array.from({ length: rowCount }, () => []);
  const slots = graph.nodes.map((_, i): Slot => ({ node: i, preds: [], order: 0, rank: i }));
  slots.forEach((slot, i) => rows[row[i]].push(slot));
  slots.forEach((slot, t) => {
    for (const s of preds[t]) {
      let from = slots[s];
      if (row[s] >= row[t]) continue; // an edge closing a cycle: drawn as it is, no lanes
      for (let r = row[s] + 1; r < row[t]; r++) {
        const through: Slot = { node: null, preds: [from], order: 0, rank: s };
        rows[r].push(through);
        from = through;
      }
      slot.preds.push(from);
    }
  });
  return rows;
}

/** Orders every row's lanes under their inputs: barycentre of the inputs' lanes, shortcuts first on ties. */
function orderRows(rows: Slot[][]): void {
  for (const r of rows) {
    const key = new Map<Slot, number>();
    for (const slot of r) {
      key.set(slot, slot.preds.length ? slot.preds.reduce((sum, p) => sum + p.order, 0) / slot.preds.length : Number.POSITIVE_INFINITY);
    }
    r.sort((a, b) => key.get(a)! - key.get(b)! || Number(a.node !== null) - Number(b.node !== null) || a.rank - b.rank);
    r.forEach((slot, i) => { slot.order = i; });
  }
}

/** Splits the rows into columns of at most `limit` rows, cutting preferably at rows with a single lane. */
function columnBreaks(rows: Slot[][]): number[] {
  const limit = Math.max(MIN_ROWS_PER_COLUMN, Math.ceil(Math.sqrt(3 * rows.length)));
  const starts = [0];
  let start = 0;
  while (rows.length - start > limit) {
    const single = (r: number) => rows[r].length === 1;
    const lowest = (ok: (r: number) => boolean) => {
      for (let r = start + limit; r > start + limit / 2; r--) if (ok(r)) return r;
      return null;
    };
    // Best: a single block below a single block (an Add's ReLU): the next column starts with a block's input.
    const cut = lowest((r) => single(r) && single(r - 1)) ?? lowest(single) ?? start + limit;
    starts.push(cut);
    start = cut;
  }
  return starts;
}

export function layoutGraph(graph: Graph): Graph {
  if (graph.nodes.length === 0) return graph;
  const index = new Map<string, number>();
  graph.nodes.forEach((node, i) => { if (!index.has(node.id)) index.set(node.id, i); });
  const { row, preds } = assignRows(graph, index);
  const rows = buildRows(graph, row, preds);
  orderRows(rows);

  const starts = columnBreaks(rows);
  const positions = new Array<{ x: number; y: number }>(graph.nodes.length);
  let left = 0;
  starts.forEach((start, c) => {
    const end = starts[c + 1] ?? rows.length;
    let lanes = 1;
    for (let r = start; r < end; r++) {
      lanes = Math.max(lanes, rows[r].length);
      for (const slot of rows[r]) {
        if (slot.node !== null) positions[slot.node] = { x: left + slot.order * LANE_WIDTH, y: (r - start) * ROW_HEIGHT };
      }
    }
    left += lanes * LANE_WIDTH + COLUMN_GAP;
  });
  return { ...graph, nodes: graph.nodes.map((node, i): GraphNode => ({ ...node, position: positions[i] })) };
}
