/** Number and shape formatting shared by the canvas and the panels. */
import type { ReceptiveField } from '../src/graph/analysisTypes';
import type { Shape } from '../src/graph/types';

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

/** The shortest readable count, for the far level of detail: 512, 9.4K, 70K, 2.4M, 1.2G. */
export function formatTight(n: number): string {
  const abs = Math.abs(n);
  const unit = (v: number, u: string) => `${v >= 10 ? Math.round(v) : +v.toFixed(1)}${u}`;
  if (abs >= 1e9) return unit(n / 1e9, 'G');
  if (abs >= 1e6) return unit(n / 1e6, 'M');
  if (abs >= 1e3) return unit(n / 1e3, 'K');
  return String(Math.round(n));
}

export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(2)} GB`;
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MB`;
  if (bytes >= 2 ** 10) return `${(bytes / 2 ** 10).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** The largest field, e.g. 9×9 (after upsampling some pixels see less: see fieldPhases). */
export function formatField(rf: ReceptiveField | null | undefined, globalWord: string): string {
  if (!rf) return '—';
  if (rf.global) return globalWord;
  return `${rf.size}×${rf.size}`;
}

/** The smallest and largest field over pixel phases when they differ ("7×7", "9×9"), else null. */
export function fieldPhases(rf: ReceptiveField | null | undefined): { min: string; max: string } | null {
  if (!rf || rf.global || rf.minSize === rf.size) return null;
  return { min: `${rf.minSize}×${rf.minSize}`, max: `${rf.size}×${rf.size}` };
}

/** Input pixels between neighbouring output pixels: 2, 0.5, 0.333. */
export function formatJump(jump: number): string {
  return String(+jump.toFixed(3));
}
