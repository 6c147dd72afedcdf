/**
 * The roofline picture as an SVG string: log-log, arithmetic intensity (FLOP per compulsory byte) on x,
 * GFLOP/s on y, the compute roofs (measured and theoretical) and the bandwidth roofs (past the caches
 * and cache-sized), one dot per kernel group with its area proportional to its time per step (and for
 * Winograd a ring at the arithmetic it actually does).
 */
import type { RooflineRow } from './rooflineRows';

export interface RooflinePicture {
  readonly title: string;
  /** Horizontal roofs (GFLOP/s). */
  readonly peaks: readonly { readonly label: string; readonly gflops: number; readonly dashed?: boolean }[];
  /** Diagonal roofs (GB/s). */
  readonly bandwidths: readonly { readonly label: string; readonly gbPerS: number; readonly dashed?: boolean }[];
  readonly rows: readonly RooflineRow[];
  /** How many of the largest dots get a label. */
  readonly labelled?: number;
}

const W = 1200;
const H = 600;
/** The plot's margins; the right margin holds the numbered key of the labelled dots. */
const M = { left: 70, right: 330, top: 40, bottom: 55 };
const X = [0.01, 1000] as const;
const Y = [0.01, 1000] as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const px = (v: number) => M.left + ((Math.log10(v) - Math.log10(X[0])) / (Math.log10(X[1]) - Math.log10(X[0]))) * (W - M.left - M.right);
const py = (v: number) => H - M.bottom - ((Math.log10(v) - Math.log10(Y[0])) / (Math.log10(Y[1]) - Math.log10(Y[0]))) * (H - M.top - M.bottom);
const clampY = (v: number) => Math.min(Y[1], Math.max(Y[0], v));
const f = (n: number) => n.toFixed(1);

const COLOURS: Record<string, string> = {
  'conv forward': '#1f77b4', 'conv input grad': '#2ca02c', 'conv filter grad': '#d62728', dense: '#9467bd',
  'batch norm forward': '#ff7f0e', 'batch norm backward': '#e377c2', relu: '#8c564b', 'relu grad': '#bcbd22', add: '#17becf',
};

export function rooflineSvg(p: RooflinePicture): string {
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${W / 2}" y="22" text-anchor="middle" font-size="14">${esc(p.title)}</text>`);
  // Grid and axes: decades.
  for (let e = Math.log10(X[0]); e <= Math.log10(X[1]); e++) {
    const x = px(10 ** e);
    out.push(`<line x1="${f(x)}" y1="${M.top}" x2="${f(x)}" y2="${H - M.bottom}" stroke="#eee"/>`);
    out.push(`<text x="${f(x)}" y="${H - M.bottom + 16}" text-anchor="middle">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`);
  }
  for (let e = Math.log10(Y[0]); e <= Math.log10(Y[1]); e++) {
    const y = py(10 ** e);
    out.push(`<line x1="${M.left}" y1="${f(y)}" x2="${W - M.right}" y2="${f(y)}" stroke="#eee"/>`);
    out.push(`<text x="${M.left - 6}" y="${f(y + 4)}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`);
  }
  out.push(`<rect x="${M.left}" y="${M.top}" width="${W - M.left - M.right}" height="${H - M.top - M.bottom}" fill="none" stroke="#888"/>`);
  out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 12}" text-anchor="middle">arithmetic intensity (FLOP per compulsory byte)</text>`);
  out.push(`<text transform="translate(18 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">useful GFLOP/s</text>`);
  // Roofs: each bandwidth rises until it meets the highest peak.
  const top = Math.max(...p.peaks.map((k) => k.gflops));
  for (const b of p.bandwidths) {
    const knee = top / b.gbPerS;
    const x0 = X[0];
    out.push(`<line x1="${f(px(x0))}" y1="${f(py(clampY(x0 * b.gbPerS)))}" x2="${f(px(Math.min(X[1], knee)))}" y2="${f(py(clampY(Math.min(X[1], knee) * b.gbPerS)))}" stroke="#444" stroke-width="1.5"${b.dashed ? ' stroke-dasharray="5 4"' : ''}/>`);
    const lx = Math.max(X[0] * 1.5, Math.min(knee / 60, X[1]));
    const angle = (Math.atan2(py(1) - py(10), px(10) - px(1)) * 180) / Math.PI; // a decade up per decade across
    const [tx, ty] = [f(px(lx)), f(py(clampY(lx * b.gbPerS)) - 5)];
    out.push(`<text x="${tx}" y="${ty}" fill="#444" transform="rotate(${f(-angle)} ${tx} ${ty})">${esc(b.label)}</text>`);
  }
  p.peaks.forEach((k, i) => {
    const bw = Math.max(...p.bandwidths.map((b) => b.gbPerS));
    const x0 = Math.max(X[0], k.gflops / bw);
    out.push(`<line x1="${f(px(x0))}" y1="${f(py(k.gflops))}" x2="${f(px(X[1]))}" y2="${f(py(k.gflops))}" stroke="#444" stroke-width="1.5"${k.dashed ? ' stroke-dasharray="5 4"' : ''}/>`);
    // The first label above its line, the next below (measured and theoretical peaks are close).
    out.push(`<text x="${f(px(x0) + 8)}" y="${f(py(k.gflops) + (i % 2 ? 14 : -5))}" fill="#444">${esc(k.label)}</text>`);
  });
  // Dots: area ∝ ms per step; the largest numbered, with a key on the right.
  const plotted = p.rows.filter((r) => r.intensity > 0 && r.gflops > 0);
  const maxMs = Math.max(...plotted.map((r) => r.msPerStep), 1e-9);
  const numbered = [...plotted].sort((a, b) => b.msPerStep - a.msPerStep).slice(0, p.labelled ?? 24);
  const placed: [number, number][] = [];
  for (const r of [...plotted].sort((a, b) => b.msPerStep - a.msPerStep)) {
    const x = px(Math.min(X[1], Math.max(X[0], r.intensity)));
    const y = py(clampY(r.gflops));
    const radius = 3 + 11 * Math.sqrt(r.msPerStep / maxMs);
    const colour = COLOURS[r.category] ?? '#7f7f7f';
    if (r.doneFlops !== r.flops && r.doneGflops > 0) {
      // Winograd: the arithmetic it does, at its own intensity, joined to the useful-work dot.
      const dx = px(Math.min(X[1], Math.max(X[0], r.doneFlops / r.bytes)));
      const dy = py(clampY(r.doneGflops));
      out.push(`<line x1="${f(x)}" y1="${f(y)}" x2="${f(dx)}" y2="${f(dy)}" stroke="${colour}" stroke-dasharray="2 2"/>`);
      out.push(`<circle cx="${f(dx)}" cy="${f(dy)}" r="${f(radius * 0.6)}" fill="none" stroke="${colour}"/>`);
    }
    out.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(radius)}" fill="${colour}" fill-opacity="0.45" stroke="${colour}"><title>${esc(`${r.category}: ${r.label} ${r.algorithm} — ${r.msPerStep.toFixed(2)} ms/step, ${r.gflops.toFixed(1)} GFLOP/s`)}</title></circle>`);
    const i = numbered.indexOf(r);
    if (i >= 0) {
      // Numbers of dots on top of each other (a layer's three convolutions) step aside to the right.
      let lx = x;
      while (placed.some(([ax, ay]) => Math.abs(ax - lx) < 11 && Math.abs(ay - y) < 10)) lx += 12;
      placed.push([lx, y]);
      out.push(`<text x="${f(lx)}" y="${f(y + 3.5)}" text-anchor="middle" font-size="9" font-weight="bold" fill="#000">${i + 1}</text>`);
    }
  }
  const keyX = W - M.right + 14;
  out.push(`<text x="${keyX}" y="${M.top + 4}" font-weight="bold">ms/step · kernel (dot numbers)</text>`);
  numbered.forEach((r, i) => {
    const name = `${r.category.replace('batch norm', 'BN')} ${r.label.replace(', batch 64', '').replace(/, pad \d+/, '')}${r.algorithm.startsWith('Winograd') ? ' W' : ''}`;
    out.push(`<text x="${keyX}" y="${M.top + 22 + i * 14}" fill="${COLOURS[r.category] ?? '#555'}">${i + 1}. ${r.msPerStep.toFixed(1)} · ${esc(name)}</text>`);
  });
  out.push(`<text x="${keyX}" y="${M.top + 30 + numbered.length * 14}" fill="#555" font-size="10">W: Winograd; its ring is the arithmetic it does</text>`);
  // Legend, bottom right of the plot (below the compute roof at high intensity nothing is plotted).
  const legendX = px(60);
  Object.entries(COLOURS).forEach(([name, colour], i) => {
    const y = py(0.8) + i * 14;
    out.push(`<circle cx="${f(legendX)}" cy="${f(y - 4)}" r="5" fill="${colour}" fill-opacity="0.45" stroke="${colour}"/><text x="${f(legendX + 10)}" y="${f(y)}">${esc(name)}</text>`);
  });
  out.push(`<text x="${f(legendX - 6)}" y="${f(py(0.8) + Object.keys(COLOURS).length * 14)}" fill="#555">grey: other · area ∝ ms per step</text>`);
  out.push('</svg>');
  return out.join('\n');
}
