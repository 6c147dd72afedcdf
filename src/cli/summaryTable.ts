/** A Keras-style text summary of an analysed network, with FLOPs, MACs and receptive field per block. */
import type { Analysis, ReceptiveField } from '../graph/analysisTypes';
import { terminalSafe } from '../log/terminalText';
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

/** "9/2" (size/jump), "7-9/0.5" when pixels of different phases see different amounts, "global". */
export function fieldCell(rf: ReceptiveField | null): string {
  if (!rf) return '-';
  if (rf.global) return 'global';
  const size = rf.minSize === rf.size ? `${rf.size}` : `${rf.minSize}-${rf.size}`;
  return `${size}/${+rf.jump.toFixed(3)}`;
}

export function formatSummaryTable(name: string, graph: Graph, analysis: Analysis): string {
  const header = ['Block (kind)', 'Output shape', 'Param #', 'FLOPs', 'MACs', 'RF (size/jump)', 'Connected to'];
  const rows = analysis.order.map((id) => {
    const n = analysis.nodes[id];
    return [
      `${id} (${n.kind})`,
      n.outputShape ? `(None, ${n.outputShape.join(', ')})` : '?',
      thousands(n.params.trainable + n.params.nonTrainable),
      humanFlops(n.flops),
      humanFlops(n.macs),
      fieldCell(n.receptiveField),
      n.inputIds.join(', ') || '-',
    ];
  });
  // A loop, not Math.max(...rows): spreading 300,000 rows into one call overflowed the stack.
  const widths = header.map((h, i) => rows.reduce((w, r) => Math.max(w, r[i].length), h.length));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const rule = (ch: string) => ch.repeat(widths.reduce((a, b) => a + b + 2, -2));
  const t = analysis.totals;
  const lines = [
    `Model: "${name}" — ${graph.nodes.length} blocks`,
    rule('━'), line(header), rule('━'),
    ...rows.map(line),
    rule('━'),
    ` Total params: ${thousands(t.params)} (${humanBytes(t.params * 4)})`,
    ` Trainable params: ${thousands(t.trainableParams)}`,
    ` Non-trainable params: ${thousands(t.nonTrainableParams)}`,
    ` FLOPs per image (forward): ${humanFlops(t.flops)} (a multiply-add counts as 2, plus activations, pooling, normalisation)`,
    ` MACs per image: ${humanFlops(t.macs)} (multiply-accumulates of convolutions and dense layers, as papers and torchinfo count)`,
    ' RF: receptive field in input pixels (largest, padding included; a range when pixels of different phases see different amounts) / input pixels between output pixels',
    ` Activations per image: ${humanBytes(t.activationBytesPerImage)}`,
    rule('━'),
  ];
  // The name and labels come from the file: no control character reaches the terminal.
  return terminalSafe(lines.join('\n'), { keepNewlines: true });
}
