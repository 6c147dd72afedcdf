/**
 * Block pairs the PyTorch export writes as one torch module. Today one: symmetric zero padding followed
 * by a "valid" max pool, when everything padded is ≥ 0 (it comes straight from a ReLU, sigmoid or softmax),
 * is torch's own `nn.MaxPool2d(k, s, padding=p)` — torch pads with −∞, which picks the same maxima as
 * zeros there. That is the ResNet stem (ReLU → ZeroPadding2D(1) → MaxPool2D 3/2), written as torchvision
 * writes it. Anything else is exported block by block, exactly as tfjs computes it.
 */
import type { PlannedBlock } from './exportPlan';

/** Activations whose outputs are never negative. */
const NON_NEGATIVE = new Set(['relu', 'sigmoid', 'softmax']);
const ACTIVATED_KINDS = new Set(['Activation', 'Conv2D', 'Conv2DTranspose', 'Dense']);

export interface PaddedMaxPool {
  /** The ZeroPadding2D block the pool absorbs (exported as nothing). */
  readonly pad: PlannedBlock;
  /** Zeros on every side: torch's `padding`. */
  readonly padding: number;
  readonly kernel: number;
  readonly stride: number;
}

function nonNegative(b: PlannedBlock | undefined): boolean {
  return !!b && ACTIVATED_KINDS.has(b.kind) && NON_NEGATIVE.has(String(b.params.activation));
}

/** Max pool id → the padding it absorbs. Pad and pool must be adjacent in the plan, so the pad's input variable still holds its value. */
export function paddedMaxPools(blocks: readonly PlannedBlock[]): Map<string, PaddedMaxPool> {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const consumers = new Map<string, number>();
  for (const b of blocks) for (const src of b.inputIds) consumers.set(src, (consumers.get(src) ?? 0) + 1);
  const folds = new Map<string, PaddedMaxPool>();
  blocks.forEach((pool, i) => {
    const pad = blocks[i - 1];
    // Not in ceil mode: torch's last window must then start before the right padding, LayerLoom's before the end of the padded map.
    if (pool.kind !== 'MaxPool2D' || pool.params.padding !== 'valid' || pool.params.ceilMode || !pad || pad.kind !== 'ZeroPadding2D') return;
    if (pool.inputIds[0] !== pad.id || consumers.get(pad.id) !== 1) return;
    const { top, bottom, left, right } = pad.params;
    const p = Number(top);
    const kernel = Number(pool.params.pool);
    // torch requires padding ≤ half the kernel.
    if (p <= 0 || bottom !== p || left !== p || right !== p || p > Math.floor(kernel / 2)) return;
    if (!nonNegative(byId.get(pad.inputIds[0]))) return;
    folds.set(pool.id, { pad, padding: p, kernel, stride: Number(pool.params.stride) });
  });
  return folds;
}
