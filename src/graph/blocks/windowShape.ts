/** Pure output-size arithmetic for sliding windows (convolution, pooling), shared by every windowed block. */
import { text } from '../localized';
import { BlockError } from './blockDefinition';

export type Padding = 'valid' | 'same' | 'explicit';

export interface Window {
  readonly kernel: number;
  readonly stride: number;
  readonly dilation: number;
  readonly padding: Padding;
  /** Zeros on every side when padding is explicit. */
  readonly pad: number;
  /**
   * PyTorch's ceil_mode (pooling): one more output when windows do not tile the input exactly, as long as
   * it starts inside the input or its left padding; the last window then runs past the end.
   */
  readonly ceil?: boolean;
}

export function effectiveKernel(w: Pick<Window, 'kernel' | 'dilation'>): number {
  return w.dilation * (w.kernel - 1) + 1;
}

/** How a block names its window in errors: the parameter at fault and the word for it. Defaults to Conv2D's kernel. */
export interface WindowName {
  readonly param: string;
  readonly en: string;
  readonly zh: string;
}

export const KERNEL_NAME: WindowName = { param: 'kernel', en: 'kernel', zh: '卷积核' };

/** Output length along one axis, and the padding added before the first element. */
export function windowOutput(size: number, w: Window, axis: string, name: WindowName = KERNEL_NAME): { size: number; padBefore: number } {
  const k = effectiveKernel(w);
  if (w.padding === 'same') {
    const out = Math.ceil(size / w.stride);
    const total = Math.max((out - 1) * w.stride + k - size, 0);
    return { size: out, padBefore: Math.floor(total / 2) };
  }
  const pad = w.padding === 'explicit' ? w.pad : 0;
  const padded = size + 2 * pad;
  if (padded < k) {
    throw new BlockError(
      text(`The ${axis} (${size}${pad ? ` + 2×${pad} padding` : ''}) is smaller than the ${k}-pixel window, so the output would be empty.`,
        `${axis === 'height' ? '高度' : '宽度'}（${size}${pad ? ` + 2×${pad} 填充` : ''}）小于 ${k} 像素的窗口，输出将为空。`),
      text(`Use padding "same", a smaller ${name.en}, or remove a downsampling block before this one.`,
        `改用 "same" 填充、更小的${name.zh}，或删除此前的某个下采样块。`),
      name.param,
      { kind: 'setParams', params: { padding: 'same' } },
    );
  }
  return { size: w.ceil ? ceilModeLength(size, pad, k, w.stride) : Math.floor((padded - k) / w.stride) + 1, padBefore: pad };
}

/** PyTorch's pooling output length with ceil_mode=True (torch.nn.MaxPool2d's formula). */
function ceilModeLength(size: number, pad: number, k: number, stride: number): number {
  const out = Math.ceil((size + 2 * pad - k) / stride) + 1;
  // The last window must start inside the input or its left padding.
  return (out - 1) * stride >= size + pad ? out - 1 : out;
}

/** [H, W] of a windowed block's output, from an [H, W, C] input, and the padding before the first row and column. */
export function windowOutputHW(input: readonly number[], w: Window, name: WindowName = KERNEL_NAME): { h: number; w: number; padTop: number; padLeft: number } {
  const h = windowOutput(input[0], w, 'height', name);
  const wd = windowOutput(input[1], w, 'width', name);
  return { h: h.size, w: wd.size, padTop: h.padBefore, padLeft: wd.padBefore };
}
