/** The text form of a network diff: one line per block, both sides' numbers, then the totals. */
import type { DiffRow, GraphDiff } from '../graph/diff/index';
import { formatCompact, formatInt, formatShape } from '../graph/numberFormat';

const MARK = { same: ' ', affected: '·', changed: '~', added: '+', removed: '-' } as const;

const rf = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v === Infinity ? 'all' : `${v}×${v}`);
const pair = (a: string | null, b: string | null) => (a === null ? `→ ${b}` : b === null ? `${a} →` : a === b ? a : `${a} → ${b}`);

function cells(r: DiffRow): string[] {
  const { a, b } = r;
  const what = r.changes.map((c) => `${c.name} ${c.a ?? '—'}→${c.b ?? '—'}`).join(', ');
  return [
    MARK[r.status], a?.id ?? '—', b?.id ?? '—', (b ?? a)!.kind,
    pair(a && formatShape(a.outputShape), b && formatShape(b.outputShape)),
    pair(a && formatInt(a.params), b && formatInt(b.params)),
    pair(a && formatCompact(a.flops), b && formatCompact(b.flops)),
    pair(a && rf(a.receptiveField), b && rf(b.receptiveField)),
    what,
  ];
}

function signed(n: number, fmt: (x: number) => string): string {
  return n === 0 ? '±0' : `${n > 0 ? '+' : '−'}${fmt(Math.abs(n))}`;
}

export function formatDiffTable(nameA: string, nameB: string, d: GraphDiff): string {
  const header = ['', `A: ${nameA}`, `B: ${nameB}`, 'kind', 'output', 'params', 'FLOPs', 'RF', 'changed settings'];
  const rows = [header, ...d.rows.map(cells)];
  const widths = header.map((_, i) => (i === header.length - 1 ? 0 : Math.max(...rows.map((r) => r[i].length))));
  const lines = rows.map((r) => r.map((c, i) => (widths[i] ? c.padEnd(widths[i]) : c)).join('  ').trimEnd());
  const { a, b } = d.totals;
  const c = d.counts;
  return [
    `${nameA} → ${nameB}: blocks matched by ${d.method === 'id' ? 'id (same project)' : 'aligning the layer order by kind and settings'}`,
    ...lines,
    '',
    `${c.added} added (+), ${c.removed} removed (-), ${c.changed} changed (~), ${c.affected} affected by earlier changes (·), ${c.same} the same`,
    `params ${formatInt(a.params)} → ${formatInt(b.params)} (${signed(b.params - a.params, formatInt)}), FLOPs ${formatCompact(a.flops)} → ${formatCompact(b.flops)} (${signed(b.flops - a.flops, formatCompact)}), blocks ${a.blocks} → ${b.blocks}`,
    ...(a.errors || b.errors ? [`errors: ${a.errors} in A, ${b.errors} in B`] : []),
  ].join('\n');
}
