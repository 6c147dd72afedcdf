/**
 * The contract every block kind fulfils. One catalog entry per kind (see ./index.ts) is the single
 * place that knows the kind: its parameters, shape inference, cost, receptive-field effect, tfjs layers
 * and documentation.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { Localized } from '../localized';
import type { BoolParamSpec, EnumParamSpec, FloatParamSpec, IntParamSpec, ParamSpec, ParamSpecs } from '../params';
import type { AxisMap } from '../axisMap';
import type { Params, Shape } from '../types';

export type BlockCategory = 'io' | 'convolution' | 'pooling' | 'dense' | 'regularisation' | 'activation' | 'merge' | 'resize';

export const BLOCK_CATEGORIES: readonly BlockCategory[] = [
  'io', 'convolution', 'pooling', 'dense', 'regularisation', 'activation', 'merge', 'resize',
];

/** The TypeScript value type of one parameter spec. */
export type ParamValueOf<S extends ParamSpec> = S extends IntParamSpec | FloatParamSpec
  ? number
  : S extends EnumParamSpec & { options: readonly (infer O)[] }
    ? O
    : S extends BoolParamSpec
      ? boolean
      : never;

/** The typed parameter object a block's functions receive, derived from its specs. */
export type ParamsOf<S extends ParamSpecs> = { readonly [K in keyof S]: ParamValueOf<S[K]> };

export interface ParamCount {
  readonly trainable: number;
  readonly nonTrainable: number;
}

/** Which input indices each output index reads, per axis (see ../axisMap.ts). */
export interface LocalMaps {
  readonly rows: AxisMap;
  readonly cols: AxisMap;
}

/**
 * How a block changes the receptive field of the pixels it outputs, exactly, per pixel phase.
 * - map: every input goes through the same per-axis map (windows, upsampling, transposed convolution,
 *   padding; built in ./receptiveMaps.ts).
 * - inputs: one map per input, null for an input seen as is (Add's shortcut projections).
 * - identity: element-wise (activation, batch norm, dropout, merges).
 * - global: every output sees the whole input (Flatten, Dense, global pooling).
 */
export type ReceptiveFieldEffect =
  /** `window`: the sliding window the maps come from, for explanations that speak of kernel, stride and dilation. */
  | ({ readonly type: 'map'; readonly window?: { readonly kernel: number; readonly stride: number; readonly dilation: number } } & LocalMaps)
  | { readonly type: 'inputs'; readonly maps: readonly (LocalMaps | null)[] }
  | { readonly type: 'identity' }
  | { readonly type: 'global' };

/** What `toTfjs` gets: the tfjs namespace (injected, so `src/graph` never loads tfjs) and naming. */
export interface TfjsBuildContext {
  readonly tf: typeof tfjs;
  /** The block's node id: the main layer's name; helper layers are named `${name}__suffix`. */
  readonly name: string;
  readonly inputShapes: readonly Shape[];
  readonly outputShape: Shape;
  /**
   * The seed of the block's random initial weights (`part` tells apart the block's several weighted layers),
   * derived from the run's seed and the block's id; undefined when the model is compiled without a seed.
   */
  readonly seed?: (part?: string) => number | undefined;
}

/** A block's own fix, relative to it: set some of its parameters, or put a block of another kind before it. */
export type BlockFix =
  | { readonly kind: 'setParams'; readonly params: Readonly<Record<string, string | number | boolean>> }
  | { readonly kind: 'insertBefore'; readonly block: string };

/** An error in a block's own configuration or inputs, with the fix. `param` names the offending parameter. */
export class BlockError extends Error {
  constructor(
    readonly text: Localized,
    readonly fix: Localized,
    readonly param?: string,
    /** The fix as an edit, when it is one (the editor offers "Apply"). */
    readonly action?: BlockFix,
  ) {
    super(text.en);
    this.name = 'BlockError';
  }
}

/**
 * One catalog entry. `K` is the kind as a string literal, so that the registry's `BlockKind` is the union of
 * the catalog's kinds and tables keyed by kind (`satisfies Record<BlockKind, …>`) are checked for completeness.
 */
export interface BlockDefinition<S extends ParamSpecs = ParamSpecs, K extends string = string> {
  readonly kind: K;
  readonly category: BlockCategory;
  readonly title: Localized;
  /** One paragraph explaining the block to a learner. */
  readonly doc: Localized;
  readonly params: S;
  /** How many incoming edges the block takes. */
  readonly inputs: { readonly min: number; readonly max: number };
  /** False for the Output block: nothing may follow it. */
  readonly hasOutput: boolean;
  /** Output shape (without batch); throws BlockError naming the parameter or input at fault. */
  inferShape(params: ParamsOf<S>, inputs: readonly Shape[]): Shape;
  paramCount(params: ParamsOf<S>, inputs: readonly Shape[], output: Shape): ParamCount;
  /**
   * Forward-pass floating-point operations per image: every multiply-add counts as 2 (so a convolution's
   * FLOPs are 2 × its MACs), plus the element-wise work of activations, pooling, normalisation and merges.
   */
  flops(params: ParamsOf<S>, inputs: readonly Shape[], output: Shape): number;
  /**
   * Multiply-accumulates with learned weights per image (convolutions, dense layers, shortcut projections):
   * the "MACs" or "mult-adds" papers and torchinfo quote. Omitted: none.
   */
  macs?(params: ParamsOf<S>, inputs: readonly Shape[], output: Shape): number;
  receptiveField(params: ParamsOf<S>, inputs: readonly Shape[], output: Shape): ReceptiveFieldEffect;
  /** Builds the block's tfjs layer(s) on the functional API and returns the output tensor. */
  toTfjs(params: ParamsOf<S>, inputs: readonly tfjs.SymbolicTensor[], ctx: TfjsBuildContext): tfjs.SymbolicTensor;
}

/** Identity helper that infers the params type from the specs and keeps the kind as a literal type. */
export function defineBlock<const S extends ParamSpecs, const K extends string>(def: BlockDefinition<S, K>): BlockDefinition<S, K> {
  return def;
}

/** A catalog entry with its parameter types erased, as the registry stores it. */
export type AnyBlockDefinition = BlockDefinition<ParamSpecs> & {
  inferShape(params: Params, inputs: readonly Shape[]): Shape;
};

export function product(values: readonly number[]): number {
  let p = 1;
  for (const v of values) p *= v;
  return p;
}
