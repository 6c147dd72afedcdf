/**
 * Which block of network A is which block of network B. Two networks from the same project (a design before
 * and after an edit) share block ids, and are matched by id. Otherwise (LeNet-5 against AlexNet, VGG-11
 * against VGG-16) the blocks are matched by aligning the two topological orders, as sequence alignment
 * does (Needleman–Wunsch): a block pairs best with one of the same kind, less well with one of the same
 * category (an average pool with a max pool: a kind change), never across categories; pairs score more the
 * more settings they share, and skipping a block costs a little, so the alignment keeps the order of both
 * networks and pairs the blocks that play the same part.
 */
import type { Analysis } from '../analysisTypes';
import { getBlock } from '../blocks/index';
import { withDefaults } from '../params';
import type { Graph, GraphNode, Params } from '../types';

export type MatchMethod = 'id' | 'alignment';

/** One step of the alignment: a pair, or a block only in A (removed) or only in B (added). */
export interface AlignedPair {
  readonly a: string | null;
  readonly b: string | null;
}

export interface Matching {
  readonly method: MatchMethod;
  /** Both networks' blocks in one sequence, in topological order. */
  readonly pairs: readonly AlignedPair[];
}

const GAP = -1;
const NO = -Infinity;

export function settingsOf(node: GraphNode): Params {
  const def = getBlock(node.kind);
  return def ? withDefaults(def.params, node.params) : node.params;
}

/** 0..1: the share of settings two blocks of the same kind agree on (1 for kinds without settings). */
export function similarity(a: GraphNode, b: GraphNode): number {
  const pa = settingsOf(a);
  const pb = settingsOf(b);
  const keys = new Set([...Object.keys(pa), ...Object.keys(pb)]);
  if (!keys.size) return 1;
  let same = 0;
  for (const k of keys) if (pa[k] === pb[k]) same += 1;
  return same / keys.size;
}

/** Global alignment of two sequences with a pair score (NO: may not pair). O(n·m) time and memory. */
export function align(a: readonly string[], b: readonly string[], score: (x: string, y: string, i: number, j: number) => number): AlignedPair[] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const best = new Float64Array((n + 1) * w);
  const move = new Uint8Array((n + 1) * w); // 1 diagonal, 2 up (a only), 3 left (b only)
  for (let i = 1; i <= n; i++) { best[i * w] = i * GAP; move[i * w] = 2; }
  for (let j = 1; j <= m; j++) { best[j] = j * GAP; move[j] = 3; }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score(a[i - 1], b[j - 1], i - 1, j - 1);
      const diag = s === NO ? NO : best[(i - 1) * w + j - 1] + s;
      const up = best[(i - 1) * w + j] + GAP;
      const left = best[i * w + j - 1] + GAP;
      // Ties prefer a pair, then B's block last in the traceback, i.e. first from the end: read forwards,
      // a removed block comes before the block added in its place.
      if (diag >= up && diag >= left) { best[i * w + j] = diag; move[i * w + j] = 1; }
      else if (left >= up) { best[i * w + j] = left; move[i * w + j] = 3; }
      else { best[i * w + j] = up; move[i * w + j] = 2; }
    }
  }
  const out: AlignedPair[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const mv = move[i * w + j];
    if (mv === 1) { out.push({ a: a[i - 1], b: b[j - 1] }); i--; j--; }
    else if (mv === 2) { out.push({ a: a[i - 1], b: null }); i--; }
    else { out.push({ a: null, b: b[j - 1] }); j--; }
  }
  return out.reverse();
}

/** Share of the smaller network's blocks whose id names a block of the same kind in the other. */
export function sharedIdShare(a: Graph, b: Graph): number {
  const kinds = new Map(b.nodes.map((n) => [n.id, n.kind]));
  const shared = a.nodes.filter((n) => kinds.get(n.id) === n.kind).length;
  return shared / Math.max(1, Math.min(a.nodes.length, b.nodes.length));
}

export function matchBlocks(a: Graph, aAnalysis: Analysis, b: Graph, bAnalysis: Analysis, method: MatchMethod | 'auto' = 'auto'): Matching {
  const chosen: MatchMethod = method === 'auto' ? (sharedIdShare(a, b) >= 0.5 ? 'id' : 'alignment') : method;
  const na = new Map(a.nodes.map((n) => [n.id, n]));
  const nb = new Map(b.nodes.map((n) => [n.id, n]));
  // Blocks outside the topological order (on a cycle) still take part, after the rest.
  const order = (g: Graph, an: Analysis) => [...an.order, ...g.nodes.map((n) => n.id).filter((id) => !an.order.includes(id))];
  const [oa, ob] = [order(a, aAnalysis), order(b, bAnalysis)];
  // Between equally good pairings, the one closer in relative position wins (VGG-11's conv1_1 pairs with
  // VGG-16's conv1_1, not with its twin conv1_2): a term too small to outweigh any real difference.
  const near = (i: number, j: number) => 0.01 * Math.abs(i / Math.max(1, oa.length - 1) - j / Math.max(1, ob.length - 1));
  const score = chosen === 'id'
    ? (x: string, y: string) => (x === y && na.get(x)!.kind === nb.get(y)!.kind ? 3 : NO)
    : (x: string, y: string, i: number, j: number) => {
      const p = na.get(x)!;
      const q = nb.get(y)!;
      if (p.kind === q.kind) return 2 + 2 * similarity(p, q) - near(i, j);
      const cp = getBlock(p.kind)?.category;
      return cp && cp === getBlock(q.kind)?.category ? 0.5 + similarity(p, q) - near(i, j) : NO;
    };
  const pairs = align(oa, ob, score);
  return { method: chosen, pairs: chosen === 'id' ? pairMovedIds(pairs, na, nb) : pairs };
}

/** By id, a block whose place in the order changed is still the same block: pair it where B has it. */
function pairMovedIds(pairs: readonly AlignedPair[], na: ReadonlyMap<string, GraphNode>, nb: ReadonlyMap<string, GraphNode>): AlignedPair[] {
  const removed = new Set(pairs.filter((p) => p.a && !p.b).map((p) => p.a!));
  const moved = new Set(pairs.filter((p) => p.b && !p.a && removed.has(p.b) && na.get(p.b)!.kind === nb.get(p.b)!.kind).map((p) => p.b!));
  return pairs.flatMap((p): AlignedPair[] => {
    if (p.a && !p.b && moved.has(p.a)) return [];
    if (p.b && !p.a && moved.has(p.b)) return [{ a: p.b, b: p.b }];
    return [p];
  });
}
