/**
 * `BlockKind` is the literal union of the catalog's kinds. The type assertions below are checked by
 * `tsc` (the typecheck step of `npm test`): an unused `@ts-expect-error` is itself an error, so a
 * `BlockKind` widened back to `string` or an exporter table that stops checking its rows fails the build.
 * The runtime assertions check what the types promise.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { forKind, type ExporterTable } from '../../src/export/blockExporter';
import { KERAS_BLOCKS } from '../../src/export/kerasBlocks';
import { TORCH_BLOCKS } from '../../src/export/torchBlocks';
import { conv2d } from '../../src/graph/blocks/conv2d';
import { BLOCK_KINDS, type BlockKind } from '../../src/graph/blocks/index';
import { maxPool2d } from '../../src/graph/blocks/maxPool2d';
import { GraphBuilder } from '../../src/graph/templates/graphBuilder';

type Kinds =
  | 'Input' | 'Conv2D' | 'Conv2DTranspose' | 'MaxPool2D' | 'AvgPool2D' | 'GlobalAveragePool' | 'Flatten' | 'Dense'
  | 'Dropout' | 'BatchNorm' | 'Activation' | 'Add' | 'Concatenate' | 'UpSampling2D' | 'ZeroPadding2D' | 'Output';

describe('BlockKind', () => {
  it('is exactly the union of the 16 catalog kinds, not string', () => {
    expectTypeOf<BlockKind>().toEqualTypeOf<Kinds>();
    expectTypeOf<string>().not.toMatchTypeOf<BlockKind>();
    expect(new Set(BLOCK_KINDS).size).toBe(16);
  });

  it('makes misspelled kinds compile errors', () => {
    // @ts-expect-error 'Conv2d' is not a block kind
    const misspelled: BlockKind = 'Conv2d';
    const b = new GraphBuilder();
    // @ts-expect-error templates cannot add a misspelled kind
    expect(() => b.add('x', 'Maxpool2D')).not.toThrow(); // the builder itself does not check at run time
    expect(misspelled).toBe('Conv2d');
  });

  it('exporter tables must cover every kind, with each row built from its own kind\'s definition', () => {
    const row = forKind(conv2d, () => '');
    // @ts-expect-error a table missing 15 kinds
    const partial = { Conv2D: row } satisfies ExporterTable<string>;
    // @ts-expect-error a MaxPool2D exporter filed under Conv2D
    const wrong: ExporterTable<string>['Conv2D'] = forKind(maxPool2d, () => '');
    expect(partial.Conv2D.kind).toBe('Conv2D');
    expect(wrong.kind).toBe('MaxPool2D');
    for (const table of [TORCH_BLOCKS, KERAS_BLOCKS]) {
      for (const [kind, exporter] of Object.entries(table)) expect(exporter.kind).toBe(kind);
    }
  });
});
