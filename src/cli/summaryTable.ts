/** A Keras-style text summary of an analysed network, with FLOPs and receptive field per block. */
import type { Analysis } from '../graph/analysisTypes';
import type { Graph } from '../graph/types';

const thousands = (n: number) => Math.round(n).toLocaleString('en-US');

export function humanFlops(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} K`;
  return String(Math.round(n));
}

export function humanBytes(n: number): string {
  if (n >= 2 ** 30) return `${(n / 2 ** 30).toFixed(2)} GiB`;
  if (n >= 2 ** 20) return `${(n / 2 ** 20).toFixed(1)} MiB`;
  if (n >= 2 ** 10) return `${(n / 2 ** 10).toFixed(1)} KiB`;
  return `${n} B`;
}

export function formatSummaryTable(name: string, graph: Graph, analysis: Analysis): string {
  const header = ['Block (kind)', 'Output shape', 'Param #', 'FLOPs', 'RF (size/jump)', 'Connected to'];
  const rows = analysis.order.map((id) => {
    const n = analysis.nodes[id];
    const rf = n.receptiveField;
    return [
      `${id} (${n.kind})`,
      n.outputShape ? `(None, ${n.outputShape.join(', ')})` : '?',
      thousands(n.params.trainable + n.params.nonTrainable),
      humanFlops(n.flops),
      rf ? (rf.global ? 'global' : `${rf.size}/${rf.jump}`) : '-',
      n.inputIds.join(', ') || '-',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const rule = (ch: string) => ch.repeat(widths.reduce((a, b) => a + b + 2, -2));
  const t = analysis.totals;
  return [
    `Model: "${name}" — ${graph.nodes.length} blocks`,
    rule('━'), line(header), rule('━'),
    ...rows.map(line),
    rule('━'),
    ` Total params: ${thousands(t.params)} (${humanBytes(t.params * 4)})`,
    ` Trainable params: ${thousands(t.trainableParams)}`,
    ` Non-trainable params: ${thousands(t.nonTrainableParams)}`,
    ` FLOPs per image (forward): ${humanFlops(t.flops)}`,
    ` Activations per image: ${humanBytes(t.activationBytesPerImage)}`,
    rule('━'),
  ].join('\n');
}
