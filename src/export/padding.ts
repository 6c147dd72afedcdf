/** The exact zeros tfjs adds for "same" padding, per side, so exported code pads the same pixels (tfjs puts an odd extra pixel bottom/right). */
import type { Shape } from '../graph/types';

export interface Pads {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

function sameAxis(size: number, kernel: number, stride: number, dilation: number): [number, number] {
  const k = dilation * (kernel - 1) + 1;
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + k - size, 0);
  const before = Math.floor(total / 2);
  return [before, total - before];
}

export function samePads(input: Shape, kernel: number, stride: number, dilation = 1): Pads {
  const [top, bottom] = sameAxis(input[0], kernel, stride, dilation);
  const [left, right] = sameAxis(input[1], kernel, stride, dilation);
  return { top, bottom, left, right };
}

/** The symmetric padding (height, width) equal to `pads`, or null when a side gets one more. */
export function symmetric(p: Pads): [number, number] | null {
  return p.top === p.bottom && p.left === p.right ? [p.top, p.left] : null;
}

export const isZero = (p: Pads) => p.top === 0 && p.bottom === 0 && p.left === 0 && p.right === 0;

/** F.pad's order: (left, right, top, bottom). */
export const torchPadTuple = (p: Pads) => `(${p.left}, ${p.right}, ${p.top}, ${p.bottom})`;
