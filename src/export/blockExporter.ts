/**
 * The shape of a per-kind exporter table: one entry per catalog block kind, typed by that kind's own
 * parameters. The tables (torchBlocks.ts, kerasBlocks.ts) are `satisfies ExporterTable<…>` (a `Record<BlockKind, …>`
 * whose rows also carry their kind), so a new block kind does not typecheck until both exporters know it,
 * and a misspelled kind or a row built from another kind's definition is a compile error.
 */
import type { BlockDefinition, ParamsOf } from '../graph/blocks/blockDefinition';
import type { BlockKind } from '../graph/blocks/index';
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

/** An exporter that remembers (in its type) which block kind it was written for. */
export type KindExporter<K extends string, C> = Exporter<C> & { readonly kind: K };

/** A table with one exporter per block kind, each written for that very kind. */
export type ExporterTable<C> = { readonly [K in BlockKind]: KindExporter<K, C> };

/**
 * Types an exporter by the block definition's parameters; the table stores it with the parameters erased
 * and the kind kept, so a row under the wrong kind (`Conv2D: forKind(maxPool2d, …)`) does not typecheck.
 */
export function forKind<S extends ParamSpecs, K extends string, C>(
  def: BlockDefinition<S, K>, exporter: (params: ParamsOf<S>, ctx: ExportContext) => C,
): KindExporter<K, C> {
  return Object.assign((params: Params, ctx: ExportContext) => exporter(params as ParamsOf<S>, ctx), { kind: def.kind });
}
