/**
 * The difference between two networks, block by block: added, removed, changed (its settings or its
 * inputs differ), affected (same settings, but its shape, parameters, FLOPs or receptive field differ
 * because something before it changed) or the same; with both sides' numbers. Pure: the CLI prints it,
 * the app colours both networks with it.
 */
import type { Analysis, NodeAnalysis } from '../analysisTypes';
import { analyze } from '../analyze';
import { formatShape } from '../numberFormat';
import type { Graph, GraphNode, ParamValue, Shape } from '../types';
import { matchBlocks, settingsOf, type MatchMethod } from './matchBlocks';

export type DiffStatus = 'same' | 'affected' | 'changed' | 'added' | 'removed';

export interface BlockFacts {
  readonly id: string;
  readonly kind: string;
  readonly label?: string;
  readonly outputShape: Shape | null;
  readonly params: number;
  readonly flops: number;
  /** Receptive-field size; null when unknown, Infinity once global. */
  readonly receptiveField: number | null;
}

export interface SettingChange {
  /** A setting's name, or "inputs" when the block is fed by different blocks. */
  readonly name: string;
  readonly a: ParamValue | null;
  readonly b: ParamValue | null;
}

export interface DiffRow {
  readonly status: DiffStatus;
  readonly a: BlockFacts | null;
  readonly b: BlockFacts | null;
  readonly changes: readonly SettingChange[];
}

export interface NetworkTotals {
  readonly blocks: number;
  readonly params: number;
  readonly flops: number;
  readonly errors: number;
}

export interface GraphDiff {
  readonly method: MatchMethod;
  readonly rows: readonly DiffRow[];
  readonly totals: { readonly a: NetworkTotals; readonly b: NetworkTotals };
  readonly counts: Readonly<Record<DiffStatus, number>>;
}

function facts(node: GraphNode, a: NodeAnalysis | undefined): BlockFacts {
  const rf = a?.receptiveField;
  return {
    id: node.id, kind: node.kind, ...(node.label ? { label: node.label } : {}), outputShape: a?.outputShape ?? null,
    params: a ? a.params.trainable + a.params.nonTrainable : 0, flops: a?.flops ?? 0,
    receptiveField: rf ? (rf.global ? Infinity : rf.size) : null,
  };
}

function totals(g: Graph, an: Analysis): NetworkTotals {
  return { blocks: g.nodes.length, params: an.totals.params, flops: an.totals.flops, errors: an.diagnostics.filter((d) => d.severity === 'error').length };
}

function settingChanges(x: GraphNode, y: GraphNode): SettingChange[] {
  const px = settingsOf(x);
  const py = settingsOf(y);
  const keys = [...new Set([...Object.keys(px), ...Object.keys(py)])];
  const changes = keys.filter((k) => px[k] !== py[k]).map((k) => ({ name: k, a: px[k] ?? null, b: py[k] ?? null }));
  return x.kind === y.kind ? changes : [{ name: 'kind', a: x.kind, b: y.kind }, ...changes];
}

export function diffGraphs(a: Graph, b: Graph, options: { method?: MatchMethod | 'auto'; analyses?: [Analysis, Analysis] } = {}): GraphDiff {
  const [aa, ab] = options.analyses ?? [analyze(a), analyze(b)];
  const matching = matchBlocks(a, aa, b, ab, options.method ?? 'auto');
  const na = new Map(a.nodes.map((n) => [n.id, n]));
  const nb = new Map(b.nodes.map((n) => [n.id, n]));
  const partner = new Map(matching.pairs.filter((p) => p.a && p.b).map((p) => [p.a!, p.b!]));
  const counts: Record<DiffStatus, number> = { same: 0, affected: 0, changed: 0, added: 0, removed: 0 };
  const rows = matching.pairs.map((p): DiffRow => {
    if (!p.b) { counts.removed += 1; return { status: 'removed', a: facts(na.get(p.a!)!, aa.nodes[p.a!]), b: null, changes: [] }; }
    if (!p.a) { counts.added += 1; return { status: 'added', a: null, b: facts(nb.get(p.b)!, ab.nodes[p.b]), changes: [] }; }
    const x = na.get(p.a)!;
    const y = nb.get(p.b)!;
    const changes = settingChanges(x, y);
    // Inputs, in B's terms: A's inputs mapped to their partners.
    const inA = (aa.nodes[p.a]?.inputIds ?? []).map((id) => partner.get(id) ?? `(${id})`).join(', ');
    const inB = (ab.nodes[p.b]?.inputIds ?? []).join(', ');
    if (inA !== inB) changes.push({ name: 'inputs', a: (aa.nodes[p.a]?.inputIds ?? []).join(', '), b: inB });
    if (x.label !== y.label) changes.push({ name: 'label', a: x.label ?? null, b: y.label ?? null });
    const fa = facts(x, aa.nodes[p.a]);
    const fb = facts(y, ab.nodes[p.b]);
    const derived = formatShape(fa.outputShape) !== formatShape(fb.outputShape) || fa.params !== fb.params || fa.flops !== fb.flops || fa.receptiveField !== fb.receptiveField;
    const status: DiffStatus = changes.length ? 'changed' : derived ? 'affected' : 'same';
    counts[status] += 1;
    return { status, a: fa, b: fb, changes };
  });
  return { method: matching.method, rows, totals: { a: totals(a, aa), b: totals(b, ab) }, counts };
}
