/** One line of worked arithmetic ("⌊(n + 2p − k) / s⌋ + 1 = ⌊(28 + 2·2 − 5) / 1⌋ + 1 = 28") and helpers to write it. */
import type { Localized } from '../localized';

export interface ArithmeticLine {
  /** What is computed: "Height", "Parameters", … */
  readonly label: Localized;
  /** The formula in symbols, e.g. "⌊(n + 2p − k) / s⌋ + 1". */
  readonly formula: string;
  /** The same with the block's own values, e.g. "⌊(28 + 2·2 − 5) / 1⌋ + 1" (empty when it adds nothing). */
  readonly values: string;
  readonly result: number;
  readonly note?: Localized;
}

export interface BlockExplanation {
  /** How the output shape follows from the input shape and the settings. */
  readonly outputSize: readonly ArithmeticLine[];
  /** The parameter count as its product. */
  readonly params: readonly ArithmeticLine[];
}

export const line = (label: Localized, formula: string, values: string, result: number, note?: Localized): ArithmeticLine =>
  ({ label, formula, values, result, ...(note ? { note } : {}) });

export const L = {
  height: { en: 'Height', zh: '高' },
  width: { en: 'Width', zh: '宽' },
  side: { en: 'Height and width', zh: '高和宽' },
  channels: { en: 'Channels', zh: '通道数' },
  length: { en: 'Length', zh: '长度' },
  params: { en: 'Parameters', zh: '参数量' },
  effective: { en: 'Effective kernel', zh: '等效卷积核' },
} as const satisfies Record<string, Localized>;

/**
 * Per-axis lines for the height and width: one line when both axes compute the same thing from the same
 * input, else one each. `axis(n, which)` returns the formula, the values and the result for an input of n.
 */
export function axisLines(
  input: readonly number[],
  axis: (n: number, which: 0 | 1) => { formula: string; values: string; result: number; note?: Localized },
): ArithmeticLine[] {
  const h = axis(input[0], 0);
  const w = axis(input[1], 1);
  if (input[0] === input[1] && h.values === w.values) return [line(L.side, h.formula, h.values, h.result, h.note)];
  return [line(L.height, h.formula, h.values, h.result, h.note), line(L.width, w.formula, w.values, w.result, w.note)];
}

/** Writes a product of factors: "5·5·1·6". */
export const times = (...xs: readonly (number | string)[]) => xs.join('·');
