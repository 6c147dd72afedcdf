/**
 * The block catalog: every block kind LayerLoom knows, one entry each. Everything else (the document
 * validator, the palette, the compiler, the exporters) derives from this registry.
 */
import type { AnyBlockDefinition } from './blockDefinition';
import { activation } from './activation';
import { add } from './add';
import { avgPool2d } from './avgPool2d';
import { batchNorm } from './batchNorm';
import { concatenate } from './concatenate';
import { conv2d } from './conv2d';
import { conv2dTranspose } from './conv2dTranspose';
import { dense } from './dense';
import { dropout } from './dropout';
import { flatten } from './flatten';
import { globalAveragePool } from './globalAveragePool';
import { input } from './input';
import { maxPool2d } from './maxPool2d';
import { output } from './output';
import { upSampling2d } from './upSampling2d';
import { zeroPadding2d } from './zeroPadding2d';

/** In palette order: the way data flows through a typical network. */
const entries = [
  input,
  conv2d,
  conv2dTranspose,
  maxPool2d,
  avgPool2d,
  globalAveragePool,
  flatten,
  dense,
  dropout,
  batchNorm,
  activation,
  add,
  concatenate,
  upSampling2d,
  zeroPadding2d,
  output,
] as const;

/** The union of the catalog's kinds ('Input' | 'Conv2D' | …): a misspelled kind is a compile error. */
export type BlockKind = (typeof entries)[number]['kind'];

export const BLOCKS: Readonly<Record<string, AnyBlockDefinition>> = Object.fromEntries(
  entries.map((e) => [e.kind, e as unknown as AnyBlockDefinition]),
);

export const BLOCK_KINDS: readonly BlockKind[] = entries.map((e) => e.kind);

export function getBlock(kind: string): AnyBlockDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(BLOCKS, kind) ? BLOCKS[kind] : undefined;
}
