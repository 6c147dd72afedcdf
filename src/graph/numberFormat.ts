/** Number and shape formatting shared by the canvas, the panels, lesson checks, diffs and diagrams. */
import type { ReceptiveField } from './analysisTypes';
import type { Shape } from './types';

const INT = new Intl.NumberFormat('en-US');

export function formatInt(n: number): string {
  return INT.format(Math.round(n));
}

/** 28×28×6, or 120 for vectors. */
export function formatShape(shape: Shape | null | undefined): string {
  return shape ? shape.join('×') : '—';
}

/** 1.2 K, 3.4 M, 1.8 G. */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${(n / 1e9).toFixed(abs >= 1e10 ? 1 : 2)} G`;
  if (abs >= 1e6) return `${(n / 1e6).toFixed(abs >= 1e7 ? 1 : 2)} M`;
  if (abs >= 1e5) return `${(n / 1e3).toFixed(0)} K`;
  if (abs >= 1e4) return `${(n / 1e3).toFixed(1)} K`;
  return formatInt(n);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(2)} GB`;
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MB`;
  if (bytes >= 2 ** 10) return `${(bytes / 2 ** 10).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function formatField(rf: ReceptiveField | null | undefined, globalWord: string): string {
  if (!rf) return '—';
  if (rf.global) return globalWord;
  return `${rf.size}×${rf.size}`;
}
