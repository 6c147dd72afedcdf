/**
 * The shape of a per-kind exporter table: one entry per catalog block kind, typed by that kind's own
 * parameters. The tables (torchBlocks.ts, kerasBlocks.ts) are `satisfies Record<BlockKind, …>`, so a new
 * block kind does not typecheck until both exporters know it.
 */
import type { BlockDefinition, ParamsOf } from '../graph/blocks/blockDefinition';
import type { ParamSpecs } from '../graph/params';
import type { Params, Shape } from '../graph/types';

export interface ExportContext {
  /** The block id (the tfjs layer name; helper layers are `${id}__suffix`). */
  readonly id: string;
  /** The Python attribute / identifier for the block. */
  readonly attr: string;
  /** Python expressions of the block's inputs, in edge order. */
  readonly inputs: readonly string[];
  readonly inputShapes: readonly Shape[];
  readonly outputShape: Shape;
}

export type Exporter<C> = (params: Params, ctx: ExportContext) => C;

/** Types an exporter by the block definition's parameters; the table stores it with the parameters erased. */
export function forKind<S extends ParamSpecs, C>(_def: BlockDefinition<S>, exporter: (params: ParamsOf<S>, ctx: ExportContext) => C): Exporter<C> {
  return exporter as unknown as Exporter<C>;
}
