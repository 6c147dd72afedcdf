/**
 * torchvision's ResNet building blocks. Convolutions have no bias and are followed by BatchNorm; the
 * shortcut goes straight into the Add, whose automatic projection inserts torchvision's `downsample`
 * (1×1 convolution with the stride, then BatchNorm) exactly when the shapes differ.
 */
import type { Params } from '../types';
import type { GraphBuilder } from './graphBuilder';

/** Conv2D (no bias, linear) → BatchNorm, named `${prefix}conv${n}` and `${prefix}bn${n}`. */
export function convBn(b: GraphBuilder, prefix: string, n: number | string, filters: number, kernel: number, stride: number, from?: string): string {
  const padding: Params = kernel === 1 ? { padding: 'valid' } : { padding: 'explicit', pad: (kernel - 1) / 2 };
  b.add(`${prefix}conv${n}`, 'Conv2D', { filters, kernel, stride, ...padding, activation: 'linear', bias: false }, from);
  return b.add(`${prefix}bn${n}`, 'BatchNorm', { momentum: 0.9, epsilon: 1e-5 });
}

export const relu = (b: GraphBuilder, id: string) => b.add(id, 'Activation', { activation: 'relu' });

/** Adds the branch output and the block input, then ReLU: the end of every residual block. */
function merge(b: GraphBuilder, prefix: string, branch: string, shortcut: string): string {
  b.add(`${prefix}add`, 'Add', { projection: 'auto', projectionBatchNorm: true }, [branch, shortcut]);
  return relu(b, `${prefix}relu`);
}

/** BasicBlock: 3×3 (stride) → BN → ReLU → 3×3 → BN, plus the shortcut, then ReLU. */
export function basicBlock(b: GraphBuilder, prefix: string, planes: number, stride: number): string {
  const input = b.last;
  convBn(b, prefix, 1, planes, 3, stride, input);
  relu(b, `${prefix}relu1`);
  return merge(b, prefix, convBn(b, prefix, 2, planes, 3, 1), input);
}

/** Bottleneck (v1.5): 1×1 → BN → ReLU → 3×3 (stride) → BN → ReLU → 1×1 (4 × planes) → BN, plus the shortcut, then ReLU. */
export function bottleneck(b: GraphBuilder, prefix: string, planes: number, stride: number): string {
  const input = b.last;
  convBn(b, prefix, 1, planes, 1, 1, input);
  relu(b, `${prefix}relu1`);
  convBn(b, prefix, 2, planes, 3, stride);
  relu(b, `${prefix}relu2`);
  return merge(b, prefix, convBn(b, prefix, 3, planes * 4, 1, 1), input);
}

export type Block = typeof basicBlock;

/** A stage of `blocks` residual blocks, the first with `stride`; ids `${name}_${i}_…`. */
export function stage(b: GraphBuilder, block: Block, name: string, blocks: number, planes: number, stride: number): string {
  for (let i = 0; i < blocks; i++) block(b, `${name}_${i}_`, planes, i === 0 ? stride : 1);
  return b.last;
}
