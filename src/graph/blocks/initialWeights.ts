/**
 * Initial kernels drawn from the block's seed: Glorot-uniform, Keras' and tfjs's default, so a seeded
 * model starts as an unseeded one would, only repeatably. Biases, batch-norm scales and offsets start
 * at constants and need no seed.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { TfjsBuildContext } from './blockDefinition';

/** A tfjs-layers initializer (its class is not exported by name). */
export type KernelInitializer = ReturnType<typeof tfjs.initializers.glorotUniform>;

export function seededKernel(ctx: Pick<TfjsBuildContext, 'tf' | 'seed'>, part?: string): { kernelInitializer?: KernelInitializer } {
  const seed = ctx.seed?.(part);
  return seed === undefined ? {} : { kernelInitializer: ctx.tf.initializers.glorotUniform({ seed }) };
}
