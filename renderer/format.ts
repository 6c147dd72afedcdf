/** Number and shape formatting shared by the canvas and the panels (the core's, so diagrams and checks read the same). */
import type { ReceptiveField } from '../src/graph/analysisTypes';

export { formatBytes, formatCompact, formatField, formatInt, formatShape } from '../src/graph/numberFormat';

/** The shortest readable count, for the far level of detail: 512, 9.4K, 70K, 2.4M, 1.2G. */
export function formatTight(n: number): string {
  const abs = Math.abs(n);
  const unit = (v: number, u: string) => `${v >= 10 ? Math.round(v) : +v.toFixed(1)}${u}`;
  if (abs >= 1e9) return unit(n / 1e9, 'G');
  if (abs >= 1e6) return unit(n / 1e6, 'M');
  if (abs >= 1e3) return unit(n / 1e3, 'K');
  return String(Math.round(n));
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
