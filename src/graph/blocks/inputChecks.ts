/** Checks of a block's incoming shapes that many blocks share, with messages that name the fix. */
import { text } from '../localized';
import type { Shape } from '../types';
import { BlockError } from './blockDefinition';

/** The single [H, W, C] image input of a spatial block. */
export function imageInput(inputs: readonly Shape[], blockTitle: string): readonly [number, number, number] {
  const s = inputs[0];
  if (!s || s.length !== 3) {
    throw new BlockError(
      text(`${blockTitle} needs an image-shaped input (height × width × channels) but gets a ${s ? `${s.length}-D tensor [${s.join('×')}]` : 'nothing'}.`,
        `${blockTitle} 需要图像形状的输入（高 × 宽 × 通道），但收到的是${s ? ` ${s.length} 维张量 [${s.join('×')}]` : '空输入'}。`),
      text('Move this block before Flatten / GlobalAveragePool / Dense, or connect an image-shaped block to it.',
        '把此块移到 Flatten / 全局平均池化 / 全连接之前，或连接一个输出图像形状的块。'),
    );
  }
  return [s[0], s[1], s[2]];
}

/** The single vector input of a dense-like block. */
export function vectorInput(inputs: readonly Shape[], blockTitle: string): number {
  const s = inputs[0];
  if (!s || s.length !== 1) {
    throw new BlockError(
      text(`${blockTitle} needs a flat vector input but gets a ${s ? `${s.length + 1}-D tensor (batch × ${s.join('×')})` : 'nothing'}.`,
        `${blockTitle} 需要一维向量输入，但收到的是${s ? ` ${s.length + 1} 维张量（批 × ${s.join('×')}）` : '空输入'}。`),
      text('Insert a Flatten or GlobalAveragePool block before it.', '在它之前插入 Flatten（展平）或全局平均池化块。'),
      undefined,
      s && s.length === 3 ? { kind: 'insertBefore', block: 'Flatten' } : undefined,
    );
  }
  return s[0];
}

/** The single input of an element-wise block, of any shape. */
export function singleInput(inputs: readonly Shape[], blockTitle: string): Shape {
  const s = inputs[0];
  if (!s || s.length === 0) {
    throw new BlockError(
      text(`${blockTitle} needs one input but gets nothing.`, `${blockTitle} 需要一个输入，但没有收到任何输入。`),
      text('Connect the output of another block to it.', '把另一个块的输出连接到它。'),
    );
  }
  return s;
}

/** "input 2 [28×28×8]": how errors name one of several inputs (1-based, as people count). */
export function describeInput(index: number, shape: Shape): { en: string; zh: string } {
  return { en: `input ${index + 1} [${shape.join('×')}]`, zh: `输入 ${index + 1} [${shape.join('×')}]` };
}
