/**
 * The block catalog: every block kind LayerLoom knows, one entry each. Everything else (the document
 * validator, the palette, the compiler, the exporters) derives from this registry.
 */
import type { AnyBlockDefinition } from './blockDefinition';
import { conv2d } from './conv2d';

const entries = [
  conv2d,
] as const;

export type BlockKind = (typeof entries)[number]['kind'];

export const BLOCKS: Readonly<Record<string, AnyBlockDefinition>> = Object.fromEntries(
  entries.map((e) => [e.kind, e as unknown as AnyBlockDefinition]),
);

export const BLOCK_KINDS: readonly string[] = entries.map((e) => e.kind);

export function getBlock(kind: string): AnyBlockDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(BLOCKS, kind) ? BLOCKS[kind] : undefined;
}
